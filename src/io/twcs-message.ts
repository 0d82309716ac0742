import type { Message } from '../conversation/message';
import type { Platform } from '../conversation/platform';
import { extractMentions } from './mentions';
import type { TwcsRow } from './twcs-row';

/** How TWCS rows become {@link Message}s. */
export interface TwcsMessageOptions {
  /**
   * Brand handles known in advance (e.g. `['AppleSupport', 'AmazonHelp']`). Together with the
   * authors of brand rows already read, they decide which mention of a customer tweet is the
   * brand account it addressed, and fix the handle's case (`@applesupport` becomes `AppleSupport`).
   */
  readonly brandAccounts?: Iterable<string>;
  /** Platform of the messages. Default `'x'`. */
  readonly platform?: Platform;
  /** Keep the {@link TwcsRow} as the message's `raw`. Default `false`. */
  readonly includeRaw?: boolean;
}

const NUMERIC = /^\d+$/;

/**
 * Maps TWCS rows to messages, learning brand handles as it goes.
 *
 * - `inbound == True`: direction `inbound`, author `{ kind: 'customer', id: author_id }`;
 *   `accountId` is the brand account the tweet addressed: the first mention that is a known brand
 *   handle (from `brandAccounts` or a brand row read earlier), else the only mention that is not an
 *   anonymised customer id (TWCS replaces customer handles by numbers), else none (several
 *   candidates: the conversation's brand is then decided by whoever answers).
 * - `inbound == False`: direction `outbound`, author `{ kind: 'brand', id: author_id, handle: author_id }`
 *   and `accountId = author_id` (TWCS does not say which agent wrote it).
 * - Always public on `x`; `inReplyTo` from `in_response_to_tweet_id`; `mentions` from the text.
 * @internal
 */
export class TwcsMessageMapper {
  /** Lower-cased handle to its canonical spelling. */
  private readonly brands = new Map<string, string>();
  /** Cache: a spelling seen in the data to its brand handle (or undefined when not a brand). */
  private readonly spellings = new Map<string, string | undefined>();
  private lastAuthor = '';
  private readonly platform: Platform;
  private readonly includeRaw: boolean;

  constructor(options: TwcsMessageOptions = {}) {
    for (const handle of options.brandAccounts ?? []) this.brands.set(handle.toLowerCase(), handle);
    this.platform = options.platform ?? 'x';
    this.includeRaw = options.includeRaw === true;
  }

  map(row: TwcsRow): Message {
    const mentions = extractMentions(row.text);
    let accountId: string | undefined;
    if (row.inbound) {
      accountId = this.addressedAccount(mentions);
    } else {
      accountId = row.authorId;
      if (row.authorId !== this.lastAuthor) {
        this.lastAuthor = row.authorId;
        const key = row.authorId.toLowerCase();
        if (!this.brands.has(key)) {
          this.brands.set(key, row.authorId);
          this.spellings.clear(); // cached misses may now be this brand
        }
      }
    }
    const message: {
      -readonly [K in keyof Message]: Message[K];
    } = {
      id: row.tweetId,
      platform: this.platform,
      direction: row.inbound ? 'inbound' : 'outbound',
      visibility: 'public',
      author: row.inbound
        ? { id: row.authorId, kind: 'customer' }
        : { id: row.authorId, kind: 'brand', handle: row.authorId },
      text: row.text,
      createdAt: row.createdAt,
      mentions,
      attachments: [],
    };
    if (accountId !== undefined) message.accountId = accountId;
    if (row.inResponseToTweetId !== undefined) message.inReplyTo = row.inResponseToTweetId;
    if (this.includeRaw) message.raw = row;
    return message;
  }

  private addressedAccount(mentions: readonly string[]): string | undefined {
    if (mentions.length === 0) return undefined;
    let candidate: string | undefined;
    let candidates = 0;
    for (const handle of mentions) {
      let known = this.spellings.get(handle);
      if (known === undefined && !this.spellings.has(handle)) {
        known = this.brands.get(handle.toLowerCase());
        if (this.spellings.size > 100_000) this.spellings.clear();
        this.spellings.set(handle, known);
      }
      if (known !== undefined) return known;
      if (!NUMERIC.test(handle)) {
        candidate = handle;
        candidates++;
      }
    }
    return candidates === 1 ? candidate : undefined;
  }
}

/**
 * Maps one {@link TwcsRow} to a {@link Message} (see {@link readTwcs} for the rules). For many
 * rows, {@link readTwcs} is faster and learns brand handles from the brand rows it reads.
 *
 * @example
 * ```ts
 * const message = twcsRowToMessage(row, { brandAccounts: ['sprintcare'] });
 * message.direction; // 'inbound'
 * ```
 */
export function twcsRowToMessage(row: TwcsRow, options: TwcsMessageOptions = {}): Message {
  return new TwcsMessageMapper(options).map(row);
}
