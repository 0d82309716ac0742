import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { CareIoError } from '../shared/errors';

/** Where a writer puts its text: a file path (or `file:` URL, created or truncated) or a Node `Writable`. */
export type TextTarget = string | URL | Writable;

/** What a writer wrote. */
export interface WriteResult {
  /** Rows (CSV) or lines (NDJSON) written, without the header. */
  readonly rows: number;
  /** Bytes written. */
  readonly bytes: number;
}

/**
 * Writes string pieces to a target with backpressure (memory stays bounded), then ends a stream it
 * opened itself. A `Writable` passed in is left open.
 * @internal
 */
export async function writeText(
  target: TextTarget,
  pieces: AsyncIterable<string> | Iterable<string>,
): Promise<number> {
  const owned = typeof target === 'string' || target instanceof URL;
  const stream: Writable = owned ? createWriteStream(target) : target;
  let bytes = 0;
  let pending = '';
  const flush = async (): Promise<void> => {
    const chunk = pending;
    pending = '';
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain'); // rejects on 'error'
  };
  try {
    for await (const piece of pieces) {
      pending += piece;
      if (pending.length >= 64 * 1024) await flush();
    }
    if (pending.length > 0) await flush();
    if (owned) {
      stream.end();
      await once(stream, 'finish');
    }
  } catch (error) {
    if (owned) stream.destroy();
    if (error instanceof CareIoError) throw error;
    throw new CareIoError(
      `Could not write ${owned ? `"${String(target)}"` : 'to the stream'}: ${(error as Error).message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
  return bytes;
}
