import type { Message } from '../conversation/message';
import { type TextTarget, type WriteResult, writeText } from './text-target';
import { formatTwcsDate } from './twcs-date';

/** Options of the TWCS writers. */
export interface TwcsWriteOptions {
  /** Write the leading unnamed index column, as pandas did for the original file. Default `true`. */
  readonly indexColumn?: boolean;
}

const COLUMNS = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';

/**
 * The TWCS header line (with its line break).
 *
 * @example
 * ```ts
 * formatTwcsHeader(); // ',tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n'
 * ```
 */
export function formatTwcsHeader(options: TwcsWriteOptions = {}): string {
  return options.indexColumn === false ? `${COLUMNS}\n` : `,${COLUMNS}\n`;
}

/**
 * Formats messages as TWCS rows (no header), one line each. `response_tweet_id` lists the messages
 * of the same batch that reply to each one, so pass whole conversations (or everything) per call.
 * `author_id` is the customer's id for inbound messages and the brand account (`accountId`, else the
 * author's id) for outbound ones, as in TWCS; `inbound` is `True` for inbound messages. Texts are quoted when
 * they hold a comma, a quote or a line break.
 *
 * @param startIndex - the value of the index column for the first row (default 0)
 * @example
 * ```ts
 * const csv = formatTwcsHeader() + formatTwcsRows(conversation.messages);
 * ```
 */
export function formatTwcsRows(
  messages: readonly Message[],
  startIndex = 0,
  options: TwcsWriteOptions = {},
): string {
  const replies = new Map<string, string>();
  for (const message of messages) {
    if (message.inReplyTo === undefined) continue;
    const list = replies.get(message.inReplyTo);
    replies.set(message.inReplyTo, list === undefined ? message.id : `${list},${message.id}`);
  }
  const index = options.indexColumn !== false;
  let out = '';
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const responses = replies.get(message.id);
    out +=
      (index ? `${startIndex + i},` : '') +
      `${message.id},${quote(twcsAuthor(message))},${message.direction === 'inbound' ? 'True' : 'False'},` +
      `${formatTwcsDate(message.createdAt)},${quote(message.text)},` +
      `${responses === undefined ? '' : responses.includes(',') ? `"${responses}"` : responses},` +
      `${message.inReplyTo === undefined ? '' : `${message.inReplyTo}.0`}\n`;
  }
  return out;
}

/**
 * A whole TWCS CSV (header and rows) for messages held in memory.
 *
 * @example
 * ```ts
 * const csv = stringifyTwcs(messages);
 * for await (const m of readTwcs([csv])) console.log(m.id);
 * ```
 */
export function stringifyTwcs(messages: readonly Message[], options: TwcsWriteOptions = {}): string {
  return formatTwcsHeader(options) + formatTwcsRows(messages, 0, options);
}

/**
 * Streams messages to a TWCS CSV file or stream, with backpressure. The source yields messages or
 * batches of messages; `response_tweet_id` is filled from replies inside each batch, so yield one
 * conversation per batch. Floats are written like pandas did (`in_response_to_tweet_id` as `119237.0`).
 *
 * @example
 * ```ts
 * await writeTwcs('out.csv', conversations.map((c) => c.messages));
 * ```
 */
export async function writeTwcs(
  target: TextTarget,
  source: Iterable<Message | readonly Message[]> | AsyncIterable<Message | readonly Message[]>,
  options: TwcsWriteOptions = {},
): Promise<WriteResult> {
  let rows = 0;
  async function* pieces(): AsyncGenerator<string> {
    yield formatTwcsHeader(options);
    for await (const item of source) {
      const batch: readonly Message[] = Array.isArray(item) ? item : [item as Message];
      yield formatTwcsRows(batch, rows, options);
      rows += batch.length;
    }
  }
  const bytes = await writeText(target, pieces());
  return { rows, bytes };
}

function quote(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 34 || code === 10 || code === 13) return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

function twcsAuthor(message: Message): string {
  return message.direction === 'outbound' ? (message.accountId ?? message.author.id) : message.author.id;
}
