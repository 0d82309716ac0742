import * as twitterTextModule from 'twitter-text';

/** The part of twitter-text's parse result socialcare uses. @internal */
export interface ParsedTweetLength {
  readonly weightedLength: number;
  readonly valid: boolean;
  readonly validRangeEnd: number;
}

type ParseTweet = (text: string) => ParsedTweetLength;

/**
 * twitter-text ships CommonJS with `exports.default`; depending on the loader (Node ESM, a bundler,
 * tsx) the namespace holds `parseTweet` directly, under `default`, or under `default.default`.
 */
function resolveParseTweet(): ParseTweet {
  const candidates: unknown[] = [twitterTextModule];
  const first = (twitterTextModule as { default?: unknown }).default;
  candidates.push(first);
  if (typeof first === 'object' && first !== null) candidates.push((first as { default?: unknown }).default);
  for (const candidate of candidates) {
    if (typeof candidate === 'object' && candidate !== null) {
      const parse = (candidate as { parseTweet?: unknown }).parseTweet;
      if (typeof parse === 'function') return parse as ParseTweet;
    }
  }
  throw new Error('twitter-text does not export parseTweet: reinstall the twitter-text dependency (^3.1.0).');
}

/** twitter-text `parseTweet` with the default (v3) configuration. @internal */
export const parseTweet: ParseTweet = resolveParseTweet();
