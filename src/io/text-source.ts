import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CareIoError } from '../shared/errors';

/**
 * Where a reader gets its text from: a file path (or `file:` URL), a Node `Readable`, or any
 * iterable / async iterable of `string` or `Uint8Array` chunks (a web `ReadableStream` is one).
 * To parse text you already hold, pass it in an array (`readTwcs([csvText])`); a string that holds
 * a line break is also taken as the text itself, never as a path.
 */
export type TextSource =
  | string
  | URL
  | Readable
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>;

/** Size of the chunks read from a file: big enough to amortise the per-chunk work. */
const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * Yields the text of a source as decoded UTF-8 chunks, calling `onBytes` with the size in bytes of
 * each raw chunk (for progress). Multi-byte characters split across chunks are decoded correctly.
 * @internal
 */
export async function* readTextChunks(
  source: TextSource,
  onBytes: (bytes: number) => void,
): AsyncGenerator<string, void, undefined> {
  const chunks = openSource(source);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        onBytes(byteLength(chunk));
        if (chunk.length > 0) yield chunk;
      } else if (chunk instanceof Uint8Array) {
        onBytes(chunk.byteLength);
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) yield text;
      } else {
        throw new CareIoError(
          `Expected text chunks (string or Uint8Array), got ${typeof chunk}: pass a file path, a Readable, or an iterable of strings/bytes.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof CareIoError) throw error;
    throw new CareIoError(
      `Could not read ${describeSource(source)}: ${(error as Error).message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

function openSource(source: TextSource): AsyncIterable<unknown> | Iterable<unknown> {
  // A string with a line break is the text itself (no file path holds one); otherwise a path.
  if (typeof source === 'string' && (source.includes('\n') || source.includes('\r'))) return [source];
  if (typeof source === 'string' || source instanceof URL) {
    return createReadStream(source, { highWaterMark: FILE_CHUNK_BYTES });
  }
  if (source !== null && typeof source === 'object') {
    if (Symbol.asyncIterator in source || Symbol.iterator in source) return source;
  }
  throw new CareIoError(
    'Unsupported source: pass a file path, a file URL, a Node Readable, or an (async) iterable of string or Uint8Array chunks.',
  );
}

/** UTF-8 length of a string without allocating when it is pure ASCII. */
function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** A short description of a source for error messages. */
export function describeSource(source: TextSource): string {
  if (typeof source === 'string') return /[\r\n]/.test(source) ? 'the text' : `"${source}"`;
  if (source instanceof URL) return `"${source.href}"`;
  return 'the stream';
}
