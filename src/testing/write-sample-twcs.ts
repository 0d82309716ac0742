import type { Message } from '../conversation/message';
import { type TextTarget, writeText } from '../io/text-target';
import { formatTwcsHeader, formatTwcsRows } from '../io/write-twcs';
import { CareValidationError } from '../shared/errors';
import { generateSampleConversations, type SampleDataOptions } from './generate-sample-data';

/** Options of {@link writeSampleTwcs}: the sample options plus the size. */
export type SampleTwcsOptions = SampleDataOptions & {
  /** Stop once the file reaches this many bytes (the last conversation is completed). */
  readonly bytes?: number;
  /** Write the leading unnamed pandas index column, like the original file. Default `true`. */
  readonly indexColumn?: boolean;
};

/** What {@link writeSampleTwcs} wrote. */
export interface SampleTwcsResult {
  /** Data rows (tweets). */
  readonly rows: number;
  readonly bytes: number;
  readonly conversations: number;
}

/** Average bytes per generated conversation in TWCS form, to spread a size-bound file over about four weeks. */
const BYTES_PER_CONVERSATION = 430;

/**
 * Writes a TWCS-format CSV of any size from the sample generator, streaming with bounded memory:
 * the public X part of each case (customer tweets with `inbound=True`, brand replies with the care
 * handle as `author_id`, legacy dates, float `in_response_to_tweet_id`, a leading index column).
 * Give `conversations`, `bytes`, or both (whichever is reached first). Same seed, same file.
 *
 * @throws CareValidationError when neither `bytes` nor `conversations` is given
 * @example
 * ```ts
 * import { writeSampleTwcs } from 'socialcare/testing';
 * await writeSampleTwcs('/tmp/twcs-200mb.csv', { seed: 1, bytes: 200 * 1024 * 1024 });
 * ```
 */
export async function writeSampleTwcs(
  target: TextTarget,
  options: SampleTwcsOptions,
): Promise<SampleTwcsResult> {
  const { bytes: maxBytes, indexColumn, ...sample } = options;
  if (maxBytes === undefined && sample.conversations === undefined) {
    throw new CareValidationError(
      'Invalid sample TWCS options: give `bytes` or `conversations` so the file has an end.',
      [{ path: ['bytes'], message: 'expected bytes or conversations' }],
    );
  }
  const limitBytes = maxBytes ?? Number.POSITIVE_INFINITY;
  const writeOptions = { indexColumn: indexColumn !== false };
  const generatorOptions: SampleDataOptions = {
    platforms: ['x'],
    ...sample,
    events: false,
    conversationsPerDay:
      sample.conversationsPerDay ??
      Math.max(50, (sample.conversations ?? limitBytes / BYTES_PER_CONVERSATION) / 28),
  };
  let rows = 0;
  let conversations = 0;
  let written = 0;
  function* pieces(): Generator<string> {
    const header = formatTwcsHeader(writeOptions);
    written += Buffer.byteLength(header);
    yield header;
    for (const conversation of generateSampleConversations(generatorOptions)) {
      if (written >= limitBytes) return;
      const publicMessages: Message[] = [];
      for (const message of conversation.messages) {
        if (message.visibility === 'public' && message.platform === 'x') publicMessages.push(message);
      }
      conversations++;
      if (publicMessages.length === 0) continue;
      const text = formatTwcsRows(publicMessages, rows, writeOptions);
      rows += publicMessages.length;
      written += Buffer.byteLength(text);
      yield text;
    }
  }
  const bytes = await writeText(target, pieces());
  return { rows, bytes, conversations };
}
