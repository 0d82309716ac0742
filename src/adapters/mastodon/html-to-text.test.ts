import { describe, expect, it } from 'vitest';
import { mastodonHtmlToText } from './html-to-text';

describe('mastodonHtmlToText', () => {
  it('keeps mentions, full link URLs and paragraph breaks; decodes entities', () => {
    expect(
      mastodonHtmlToText(
        '<p><span class="h-card"><a href="https://m.example/@acme" class="u-url mention">@<span>acme</span></a></span> hi &amp; bye</p><p>x<br>y &#x1F600; &#39;q&#39;</p>',
      ),
    ).toBe("@acme hi & bye\n\nx\ny 😀 'q'");
    expect(mastodonHtmlToText('&unknown; &#99999999;')).toBe('&unknown; &#99999999;');
  });
});
