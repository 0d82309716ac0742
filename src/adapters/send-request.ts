import { AuthenticationError, PlatformRequestError, RateLimitError } from '../shared/errors';
import type { FetchLike, OutboundRequest, SendResult } from './adapter';
import { asObject } from './payload-reader';

/**
 * Options of {@link sendOutboundRequest}.
 *
 * @example
 * ```ts
 * const options: SendOptions = { platformName: 'X', now: Date.now, messageIdOf: idFromAnswer };
 * ```
 */
export interface SendOptions {
  /** The platform's display name, for messages. */
  readonly platformName: string;
  /** Epoch ms now, to turn `x-rate-limit-reset` and HTTP-date `retry-after` into a delay. */
  readonly now: () => number;
  /** Reads the created message id out of the answer. */
  readonly messageIdOf: (body: unknown) => string | undefined;
}

/**
 * Sends a built request over `fetch` and maps failures: 429 to `RateLimitError` (with
 * `retryAfterMs` from `retry-after` or `x-rate-limit-reset`), 401/403 to `AuthenticationError`,
 * anything else that is not 2xx (or a network failure) to `PlatformRequestError`.
 *
 * @example
 * ```ts
 * const sent = await sendOutboundRequest(fetch, request, { platformName: 'X', now: Date.now, messageIdOf });
 * ```
 */
export async function sendOutboundRequest(
  fetchImpl: FetchLike,
  request: OutboundRequest,
  options: SendOptions,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
  } catch (error) {
    throw new PlatformRequestError(
      `The ${options.platformName} request to ${request.url} got no answer: ${(error as Error)?.message ?? String(error)}. Check the network and retry.`,
      0,
      undefined,
      { cause: error },
    );
  }
  const text = await response.text().catch(() => '');
  if (response.status === 429) {
    const retryAfterMs = retryAfterOf(response.headers, options.now());
    throw new RateLimitError(
      `${options.platformName} rate limit reached${retryAfterMs === undefined ? '' : `: retry in ${Math.ceil(retryAfterMs / 1000)} s`}.`,
      retryAfterMs,
      text,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new AuthenticationError(
      `${options.platformName} refused the credentials (${response.status}): check the access token and its permissions.`,
      response.status,
      text,
    );
  }
  if (!response.ok) {
    throw new PlatformRequestError(
      `${options.platformName} answered ${response.status} to ${request.method} ${request.url}: ${text.slice(0, 300)}`,
      response.status,
      text,
    );
  }
  let body: unknown = text;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    body = text;
  }
  return { status: response.status, body, messageId: options.messageIdOf(body) };
}

/**
 * How long to wait, in ms, from `retry-after` (seconds or an HTTP date) or `x-rate-limit-reset`
 * (epoch seconds, X). Undefined when the headers do not say.
 *
 * @example
 * ```ts
 * retryAfterOf(new Headers({ 'retry-after': '30' }), Date.now()); // 30000
 * ```
 */
export function retryAfterOf(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-rate-limit-reset');
  if (reset !== null && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

/**
 * Reads `body.id` or `body.data.id` or `body.message_id` as a string.
 *
 * @example
 * ```ts
 * idFromAnswer({ data: { id: '1' } }); // '1'
 * ```
 */
export function idFromAnswer(body: unknown): string | undefined {
  const object = asObject(body);
  const data = asObject(object?.data);
  for (const candidate of [data?.id, object?.id, object?.message_id, object?.uri]) {
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  const messages = object?.messages;
  if (Array.isArray(messages)) {
    const first = asObject(messages[0]);
    if (typeof first?.id === 'string') return first.id;
  }
  return undefined;
}
