import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mastodonHtmlToText, mastodonHtmlToTextByRegex } from './html-to-text';

describe('mastodonHtmlToText', () => {
  it('keeps mentions, full link URLs and paragraph breaks; decodes entities', () => {
    expect(
      mastodonHtmlToText(
        '<p><span class="h-card"><a href="https://m.example/@acme" class="u-url mention">@<span>acme</span></a></span> hi &amp; bye</p><p>x<br>y &#x1F600; &#39;q&#39;</p>',
      ),
    ).toBe("@acme hi & bye\n\nx\ny 😀 'q'");
    expect(mastodonHtmlToText('&unknown; &#99999999;')).toBe('&unknown; &#99999999;');
    expect(mastodonHtmlToText('<p>a</p> <br/>\n<P class="x">b</p><pre>c</pre>')).toBe('a\n\nb\n\nc');
    expect(mastodonHtmlToText('<a title="<br>">x</a> &am<b>p; 1 < 2')).toBe('x & 1 < 2');
  });

  it('gives the same text as the regular-expression passes on any mix of tags, breaks and entities', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<P class="a">',
        '</P>',
        '<pre>',
        '<br>',
        '<BR/>',
        '<br />',
        '<br class="x">',
        '<span>',
        '</span>',
        '<a href="https://m.example/@acme">',
        '</a>',
        '<',
        '>',
        '</',
        '<p',
        '&amp;',
        '&lt;',
        '&#39;',
        '&#x1F600;',
        '&#99999999;',
        '&nbsp;',
        '&am',
        'p;',
        '&',
        ';',
        ' ',
        '\n',
        '\t',
        '\u00a0',
        '\u3000',
        'a',
        'Zoë',
        '😕',
        '注文',
      ),
      fc.string({ maxLength: 4 }),
    );
    // Without stray '<' most strings take the single-pass path; with them, many fall back.
    const wellFormed = token.filter((text) => !text.includes('<') || /^<[^<>]*>$/.test(text));
    for (const tokens of [fc.array(wellFormed, { maxLength: 30 }), fc.array(token, { maxLength: 30 })]) {
      fc.assert(
        fc.property(tokens, (list) => {
          const html = list.join('');
          expect(mastodonHtmlToText(html)).toBe(mastodonHtmlToTextByRegex(html));
        }),
        { numRuns: 3000 },
      );
    }
  });
});
