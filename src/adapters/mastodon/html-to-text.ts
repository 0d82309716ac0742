const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
};

/**
 * Turns Mastodon status HTML into plain text: paragraphs and `<br>` become line breaks, tags are
 * dropped (a link keeps its full URL, hidden `invisible` spans included), entities are decoded.
 *
 * @example
 * ```ts
 * mastodonHtmlToText('<p>Hi <span class="h-card"><a href="…">@<span>acme</span></a></span></p>'); // 'Hi @acme'
 * ```
 */
export function mastodonHtmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}
