import { parseTwcsDate } from './twcs-date';

/**
 * One row of a TWCS CSV (Kaggle "Customer Support on Twitter"), typed and cleaned:
 * booleans parsed, the legacy date turned into epoch milliseconds, float ids (`119237.0`) and the
 * comma list of `response_tweet_id` normalized.
 */
export interface TwcsRow {
  readonly tweetId: string;
  /** A brand handle (`AppleSupport`) or an anonymised customer id (`115712`). */
  readonly authorId: string;
  /** `True` for a customer tweet, `False` for a brand tweet. */
  readonly inbound: boolean;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly text: string;
  /** Ids of the tweets that answer this one (may name tweets outside the file). */
  readonly responseTweetIds: readonly string[];
  /** Id of the tweet this one answers, if any. */
  readonly inResponseToTweetId: string | undefined;
  /** Line of the input the row starts on. */
  readonly line: number;
}

/** Column positions found in a TWCS header. @internal */
export interface TwcsColumns {
  readonly count: number;
  readonly tweetId: number;
  readonly authorId: number;
  readonly inbound: number;
  readonly createdAt: number;
  readonly text: number;
  readonly responseTweetId: number;
  readonly inResponseToTweetId: number;
}

const REQUIRED = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'] as const;

/**
 * Finds the TWCS columns by name in a header record. A leading unnamed column (the pandas index of
 * `twcs_head5000.csv`) or any other extra column is ignored; column order does not matter.
 * Returns the names of missing required columns instead when there are some.
 * @internal
 */
export function resolveTwcsColumns(header: readonly string[]): TwcsColumns | { readonly missing: string[] } {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = REQUIRED.filter((name) => !index.has(name));
  if (missing.length > 0) return { missing };
  return {
    count: header.length,
    tweetId: index.get('tweet_id')!,
    authorId: index.get('author_id')!,
    inbound: index.get('inbound')!,
    createdAt: index.get('created_at')!,
    text: index.get('text')!,
    responseTweetId: index.get('response_tweet_id') ?? -1,
    inResponseToTweetId: index.get('in_response_to_tweet_id') ?? -1,
  };
}

/**
 * Normalizes a tweet id as pandas may write it: `123`, `123.0` (a float column because of empty
 * cells) or `1.23e+05`. Returns `''` for an empty cell and `undefined` when it is not an id.
 * @internal
 */
export function normalizeTweetId(text: string): string | undefined {
  const length = text.length;
  if (length === 0) return '';
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    i++;
  }
  if (i === length) return text;
  if (i > 0 && text.charCodeAt(i) === 46) {
    // "119237.0": integer part, then only zeros
    let j = i + 1;
    while (j < length && text.charCodeAt(j) === 48) j++;
    if (j === length) return text.slice(0, i);
  }
  const trimmed = text.trim();
  if (trimmed !== text) return normalizeTweetId(trimmed);
  const value = Number(text);
  if (Number.isSafeInteger(value) && value >= 0 && /^[\d.]+e\+?\d+$/i.test(text)) return String(value);
  return undefined;
}

/**
 * Types one CSV record as a {@link TwcsRow}, or returns why it is malformed.
 * @internal
 */
export function parseTwcsRecord(
  fields: readonly string[],
  line: number,
  columns: TwcsColumns,
): TwcsRow | string {
  if (fields.length !== columns.count) {
    return `expected ${columns.count} fields, found ${fields.length}${fields.length > columns.count ? ' (an unquoted comma?)' : ''}`;
  }
  const tweetId = normalizeTweetId(fields[columns.tweetId]!);
  if (!tweetId) return `tweet_id ${JSON.stringify(fields[columns.tweetId])} is not a tweet id`;
  const authorId = fields[columns.authorId]!.trim();
  if (authorId.length === 0) return 'author_id is empty';
  const inboundText = fields[columns.inbound]!;
  const inbound = parseBoolean(inboundText);
  if (inbound === undefined) return `inbound ${JSON.stringify(inboundText)} is not True or False`;
  const dateText = fields[columns.createdAt]!;
  const createdAt = parseTwcsDate(dateText) ?? parseIsoDate(dateText);
  if (createdAt === undefined) {
    return `created_at ${JSON.stringify(dateText)} is not a date like "Tue Oct 31 22:10:47 +0000 2017"`;
  }
  let inResponseToTweetId: string | undefined;
  if (columns.inResponseToTweetId >= 0) {
    const text = fields[columns.inResponseToTweetId]!;
    const id = normalizeTweetId(text);
    if (id === undefined) return `in_response_to_tweet_id ${JSON.stringify(text)} is not a tweet id`;
    if (id.length > 0) inResponseToTweetId = id;
  }
  let responseTweetIds: readonly string[] = NO_IDS;
  if (columns.responseTweetId >= 0) {
    const text = fields[columns.responseTweetId]!;
    if (text.length > 0) {
      const parts = text.indexOf(',') === -1 ? [text] : text.split(',');
      for (let i = 0; i < parts.length; i++) {
        const id = normalizeTweetId(parts[i]!);
        if (!id)
          return `response_tweet_id ${JSON.stringify(text)} is not a comma-separated list of tweet ids`;
        parts[i] = id;
      }
      responseTweetIds = parts;
    }
  }
  return {
    tweetId,
    authorId,
    inbound,
    createdAt,
    text: fields[columns.text]!,
    responseTweetIds,
    inResponseToTweetId,
    line,
  };
}

const NO_IDS: readonly string[] = Object.freeze([]);

function parseBoolean(text: string): boolean | undefined {
  switch (text) {
    case 'True':
    case 'true':
    case 'TRUE':
    case '1':
      return true;
    case 'False':
    case 'false':
    case 'FALSE':
    case '0':
      return false;
    default:
      return undefined;
  }
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Other writers put ISO 8601 instants in `created_at`; accept them when they carry a zone. */
function parseIsoDate(text: string): number | undefined {
  if (!ISO_WITH_ZONE.test(text)) return undefined;
  const ms = Date.parse(text.replace(' ', 'T'));
  return Number.isFinite(ms) ? ms : undefined;
}
