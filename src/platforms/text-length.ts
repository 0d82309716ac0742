import { parseTweet } from './twitter-text';

/**
 * Counts Unicode code points (what most platforms call "characters"): 😀 is 1, 🇪🇸 is 2.
 *
 * @example
 * ```ts
 * countCodePoints('olé 😀'); // 5
 * ```
 */
export function countCodePoints(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

/**
 * Counts the UTF-8 bytes of a string (a lone surrogate counts 3, as `TextEncoder` writes U+FFFD).
 *
 * @example
 * ```ts
 * countUtf8Bytes('olé'); // 4
 * countUtf8Bytes('😀'); // 4
 * ```
 */
export function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The X weighted length of a post, computed by the official `twitter-text` package (`parseTweet`,
 * config v3): most characters count 2, Latin-1 and general punctuation count 1, every URL counts 23
 * and an emoji sequence counts 2. The limit is 280.
 * Source: twitter/twitter-text `config/v3.json`; docs.x.com `fundamentals/counting-characters`.
 *
 * @example
 * ```ts
 * countWeightedLength('Hi http://test.co'); // 26
 * countWeightedLength('こんにちは'); // 10
 * ```
 */
export function countWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

const MASTODON_URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/giu;
const MASTODON_REMOTE_MENTION =
  /(^|[^\p{L}\p{N}_/])(@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * The length of a Mastodon status as the server counts it: code points, with every URL counted as
 * `urlLength` (default 23, the instance's `characters_reserved_per_url`) and a remote mention
 * `@user@domain` counted as `@user`.
 * Source: mastodon/documentation `entities/Instance.md` (configuration.statuses).
 *
 * @example
 * ```ts
 * countMastodonLength('see https://example.com/a/very/long/path @ana@social.example'); // 4 + 23 + 1 + 4
 * ```
 */
export function countMastodonLength(text: string, urlLength = 23): number {
  const countable = text
    .replace(MASTODON_URL, 'x'.repeat(urlLength))
    .replace(MASTODON_REMOTE_MENTION, (_match, before: string, user: string) => `${before}${user}`);
  return countCodePoints(countable);
}
