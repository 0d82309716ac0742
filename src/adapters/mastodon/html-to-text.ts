const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
};

const BR = /^<br\s*\/?>$/i;
const PARAGRAPH_BREAK_GAP = /\s/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * Turns Mastodon status HTML into plain text: paragraphs and `<br>` become line breaks, tags are
 * dropped (a link keeps its full URL, hidden `invisible` spans included), entities are decoded.
 *
 * The result is defined by `mastodonHtmlToTextByRegex` (four regular-expression passes); this
 * single pass over the tags gives the same text (property-tested) and made the Mastodon walk about
 * three times faster on the fixtures; it falls back to the passes when a tag contains a `<` (where
 * their order matters).
 *
 * @example
 * ```ts
 * mastodonHtmlToText('<p>Hi <span class="h-card"><a href="…">@<span>acme</span></a></span></p>'); // 'Hi @acme'
 * ```
 */
export function mastodonHtmlToText(html: string): string {
  const text = stripTags(html);
  if (text === undefined) return mastodonHtmlToTextByRegex(html);
  return (text.includes('&') ? decodeEntities(text) : text).trim();
}

/**
 * The reference definition of `mastodonHtmlToText`: `<br>` to a line break, `</p>` + `<p>`
 * to a blank line, other tags dropped, entities decoded, trimmed.
 *
 * @example
 * ```ts
 * mastodonHtmlToTextByRegex('<p>a</p><p>b<br>c</p>'); // 'a\n\nb\nc'
 * ```
 */
export function mastodonHtmlToTextByRegex(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  ).trim();
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) {
      const code = Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * The three tag passes of the reference in one scan, when every `<` that has a `>` after it has
 * no other `<` before that `>` (each tag is then exactly a `<…>` run, as the passes see it).
 * Undefined otherwise.
 */
function stripTags(html: string): string | undefined {
  let out = '';
  let index = 0;
  for (;;) {
    const open = html.indexOf('<', index);
    const close = open === -1 ? -1 : html.indexOf('>', open + 1);
    if (close === -1) return out + html.slice(index); // no more tags: the rest is text
    const nextOpen = html.indexOf('<', open + 1);
    if (nextOpen !== -1 && nextOpen < close) return undefined;
    out += html.slice(index, open);
    const tag = html.slice(open, close + 1);
    index = close + 1;
    if (BR.test(tag)) out += '\n';
    else if (tag.length === 4 && tag.toLowerCase() === '</p>') {
      const after = paragraphStartAfter(html, index);
      if (after === undefined) return undefined;
      if (after !== -1) {
        out += '\n\n';
        index = after;
      }
    }
  }
}

/**
 * After a `</p>` ending at `from`: the index past the `<p…>` that follows it, with only white
 * space and `<br>` tags between (the reference turns `<br>` into `\n` first), or -1 when none
 * follows; undefined when a tag there contains a `<`.
 */
function paragraphStartAfter(html: string, from: number): number | undefined {
  let index = from;
  for (;;) {
    const char = html[index];
    if (char === undefined) return -1;
    if (char !== '<') {
      if (!PARAGRAPH_BREAK_GAP.test(char)) return -1;
      index++;
      continue;
    }
    const close = html.indexOf('>', index + 1);
    if (close === -1) return -1;
    const nextOpen = html.indexOf('<', index + 1);
    if (nextOpen !== -1 && nextOpen < close) return undefined;
    const tag = html.slice(index, close + 1);
    if (BR.test(tag)) index = close + 1;
    else return tag[1] === 'p' || tag[1] === 'P' ? close + 1 : -1;
  }
}
