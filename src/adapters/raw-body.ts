import { PayloadError } from '../shared/errors';

const bodies = new WeakMap<Request, Promise<Uint8Array>>();
const empty = new Uint8Array(0);

/**
 * Default largest accepted body: 1 MiB (platform deliveries are a few KiB).
 *
 * @example
 * ```ts
 * createWebhookHandler({ adapters, onEvents, maxBodyBytes: 2 * DEFAULT_MAX_BODY_BYTES });
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a request's raw body bytes once and shares them: `verify` and `parse` can both be called
 * on the same `Request`. Throws `PayloadError` with code `PAYLOAD_TOO_LARGE` past `maxBytes`.
 *
 * @example
 * ```ts
 * const bytes = await readRawBody(request);
 * ```
 */
export function readRawBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<Uint8Array> {
  let pending = bodies.get(request);
  if (pending === undefined) {
    pending = readLimited(request, maxBytes);
    bodies.set(request, pending);
  }
  return pending;
}

/**
 * Records `bytes` as the raw body of `request`, so adapters reading it get these bytes (the
 * webhook handler reads the body once and forwards a fresh `Request`).
 *
 * @example
 * ```ts
 * primeRawBody(forwarded, bytes);
 * ```
 */
export function primeRawBody(request: Request, bytes: Uint8Array): void {
  bodies.set(request, Promise.resolve(bytes));
}

// The hot path of every delivery (profiled): one `headers.get`, one reader, two `read()` calls. The
// body arrives in one chunk in nearly every delivery, which is returned as is (no copy). The
// `bodyUsed` getter is not consulted (about 1 µs per delivery in undici's brand checks): a body
// consumed by `arrayBuffer()`, `text()`, `json()` or an active reader keeps its stream locked, so
// `getReader()` throwing is how an already-read body is detected.
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const stream = request.body;
  if (stream === null) return empty;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch (error) {
    throw new PayloadError('The request body was already read: pass the untouched Request to the adapter.', {
      cause: error,
    });
  }
  let first: Uint8Array | undefined;
  let rest: Uint8Array[] | undefined;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    if (first === undefined) first = value;
    else if (rest === undefined) rest = [value];
    else rest.push(value);
  }
  if (first === undefined) return empty;
  if (rest === undefined) return first;
  const out = new Uint8Array(size);
  out.set(first, 0);
  let offset = first.byteLength;
  for (const chunk of rest) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): PayloadError {
  return new PayloadError(
    `The request body is larger than ${maxBytes} bytes: raise maxBodyBytes if the platform really sends this much.`,
    { code: 'PAYLOAD_TOO_LARGE' },
  );
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes raw body bytes as UTF-8 text (invalid sequences become U+FFFD).
 *
 * @example
 * ```ts
 * decodeBody(new Uint8Array([104, 105])); // 'hi'
 * ```
 */
export function decodeBody(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Parses a raw body as JSON. Throws `PayloadError` naming the platform when it is not JSON.
 *
 * @example
 * ```ts
 * parseJsonBody(bytes, 'WhatsApp'); // { object: 'whatsapp_business_account', entry: [...] }
 * ```
 */
export function parseJsonBody(bytes: Uint8Array, platformName: string): unknown {
  const text = decodeBody(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // Checked only on failure: `trim()` copies the whole body, which the hot path does not need.
    if (text.trim() === '')
      throw new PayloadError(`The ${platformName} delivery has an empty body: expected JSON.`);
    throw new PayloadError(`The ${platformName} delivery is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
