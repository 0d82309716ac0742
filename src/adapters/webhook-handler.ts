import { EventEmitter } from 'eventemitter3';
import type { ConversationEvent } from '../conversation/index';
import { CareError, PayloadError, SignatureVerificationError } from '../shared/errors';
import type { Adapter, IgnoredDelivery } from './adapter';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store';
import { readsBodyThroughRawBody } from './define-adapter';
import { DEFAULT_MAX_BODY_BYTES, decodeBody, primeRawBody, readRawBody } from './raw-body';

/**
 * A verified, parsed delivery, as handed to `onEvents`.
 *
 * @example
 * ```ts
 * onEvents: async (events, delivery: WebhookDelivery) => {
 *   console.log(delivery.adapter.platform, events.length, delivery.duplicates.length, delivery.ignored);
 * }
 * ```
 */
export interface WebhookDelivery {
  /** The adapter that verified and parsed it. */
  readonly adapter: Adapter;
  /** New events (already-seen ids removed). */
  readonly events: readonly ConversationEvent[];
  /** Events dropped because their id was seen before (platform retries). */
  readonly duplicates: readonly ConversationEvent[];
  /** What the adapter did not turn into events, with reasons. */
  readonly ignored: readonly IgnoredDelivery[];
  /** Soft problems reported by the adapter. */
  readonly warnings: readonly string[];
  /** The request. */
  readonly request: Request;
}

/**
 * The events the handler's emitter emits. Listener errors are caught and never break a delivery.
 *
 * @example
 * ```ts
 * handler.events.on('delivery-failed', ({ error }) => console.error('will be retried', error));
 * ```
 */
export interface WebhookHandlerEvents {
  /** A delivery was verified, parsed and deduplicated (before `onEvents`). */
  'delivery-received': [delivery: WebhookDelivery];
  /** Parts of a delivery were ignored (with reasons). */
  'delivery-ignored': [delivery: WebhookDelivery];
  /** A request was refused (signature, size, shape, routing): status and error. */
  'delivery-rejected': [
    rejection: { readonly status: number; readonly error: unknown; readonly request: Request },
  ];
  /** `onEvents` failed or timed out: the platform was answered 5xx and will retry. */
  'delivery-failed': [failure: { readonly error: unknown; readonly delivery: WebhookDelivery }];
}

/**
 * Options of {@link createWebhookHandler}.
 *
 * @example
 * ```ts
 * const options: WebhookHandlerOptions = { adapters: { x, whatsapp }, onEvents: (events) => queue.push(events), timeoutMs: 5000 };
 * ```
 */
export interface WebhookHandlerOptions {
  /**
   * The adapters served. With several, the handler routes each request with `adapter.matches`
   * (signature headers, handshake parameters, the payload's `object`), or by the last path segment
   * when `adapters` is a record keyed by it (`/webhooks/whatsapp`).
   */
  readonly adapters: readonly Adapter[] | Readonly<Record<string, Adapter>>;
  /** Receives each delivery's new events. Throw (or reject) to have the platform retry. */
  readonly onEvents: (
    events: readonly ConversationEvent[],
    delivery: WebhookDelivery,
  ) => void | Promise<void>;
  /** Remembers handled event ids (default: an in-memory LRU of 100 000 ids); `false` turns deduplication off. */
  readonly dedupe?: DedupeStore | false;
  /** Bodies above this size are answered 413 (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * How long `onEvents` may take before the platform is answered 503 (it will retry; the events
   * are not marked as seen). Default 8 000 ms: X expects an answer within 10 s, Meta within 20 s.
   */
  readonly timeoutMs?: number;
  /** Called with deliveries that had nothing new to hand over but ignored items (optional). */
  readonly onIgnored?: (ignored: readonly IgnoredDelivery[], delivery: WebhookDelivery) => void;
}

/**
 * The handler: a `fetch`-style function, plus the emitter.
 *
 * @example
 * ```ts
 * const handler: WebhookHandler = createWebhookHandler(options);
 * const response = await handler(request);
 * ```
 */
export type WebhookHandler = ((request: Request) => Promise<Response>) & {
  readonly events: EventEmitter<WebhookHandlerEvents>;
};

/**
 * Creates a webhook endpoint for one or more adapters, usable in any runtime with `Request` /
 * `Response` (Node 20 through an adapter such as `@hono/node-server`, Hono, Next.js route handlers,
 * Deno, Bun, Cloudflare Workers):
 *
 * 1. answers handshakes (X CRC, Meta `hub.challenge`);
 * 2. refuses bodies above `maxBodyBytes` (413) and bad signatures (401);
 * 3. parses the delivery (400 when it is not the platform's JSON);
 * 4. drops events whose id was seen before (`dedupe`), hands the rest to `onEvents`, then records
 *    their ids;
 * 5. answers 200, or 500/503 when `onEvents` fails or is too slow, so the platform retries and no
 *    event is lost.
 *
 * @example
 * ```ts
 * const handler = createWebhookHandler({
 *   adapters: [createXAdapter({ consumerSecret }), createWhatsAppAdapter({ appSecret, verifyToken, phoneNumberId })],
 *   onEvents: async (events) => { await queue.push(events); },
 * });
 * export const POST = handler; // Next.js route handler
 * export const GET = handler;
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const adapters: readonly Adapter[] = Array.isArray(options.adapters)
    ? (options.adapters as readonly Adapter[])
    : Object.values(options.adapters);
  const byRoute: ReadonlyMap<string, Adapter> = Array.isArray(options.adapters)
    ? new Map()
    : new Map(Object.entries(options.adapters as Readonly<Record<string, Adapter>>));
  if (adapters.length === 0) {
    throw new PayloadError('createWebhookHandler needs at least one adapter.');
  }
  const dedupe: DedupeStore =
    options.dedupe === false
      ? { has: () => false, add: () => undefined }
      : (options.dedupe ?? createMemoryDedupeStore());
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? 8000;
  const emitter = new EventEmitter<WebhookHandlerEvents>();
  const emit = <K extends keyof WebhookHandlerEvents>(name: K, ...args: WebhookHandlerEvents[K]): void => {
    try {
      (emitter.emit as (event: K, ...rest: WebhookHandlerEvents[K]) => boolean)(name, ...args);
    } catch {
      // listener errors never break a delivery
    }
  };
  const reject = (request: Request, status: number, error: unknown): Response => {
    emit('delivery-rejected', { status, error, request });
    const message = CareError.isInstance(error) ? error.message : 'Request refused.';
    return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  };

  // Third-party adapters may read the body themselves: they get an unread copy of each delivery.
  // This library's adapters read it through readRawBody, which already holds the bytes of the
  // incoming request, so building the copy (as costly as the verify + parse of a delivery) is left
  // until someone asks for `delivery.request`.
  const copyEagerly = !adapters.every(readsBodyThroughRawBody);

  const handler = async (incoming: Request): Promise<Response> => {
    let bytes: Uint8Array | undefined;
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
      try {
        bytes = await readRawBody(incoming, maxBodyBytes);
      } catch (error) {
        const tooLarge = CareError.isInstance(error) && error.code === 'PAYLOAD_TOO_LARGE';
        return reject(incoming, tooLarge ? 413 : 400, error);
      }
    }
    let copy: Request | undefined;
    // The request as handed to listeners and `onEvents`: an unread copy for deliveries.
    const forwarded = (): Request => {
      if (bytes === undefined) return incoming;
      if (copy === undefined) {
        copy = new Request(incoming.url, {
          method: incoming.method,
          headers: incoming.headers,
          body: bytes as BodyInit,
        });
        primeRawBody(copy, bytes);
      }
      return copy;
    };
    const request = copyEagerly ? forwarded() : incoming;
    let text: string | undefined;
    const adapter = route(request, () => {
      text ??= bytes === undefined ? '' : decodeBody(bytes);
      return text;
    });
    if (adapter === undefined) {
      return reject(
        forwarded(),
        404,
        new PayloadError('No adapter recognises this request (signature header, handshake or payload).'),
      );
    }
    let verification: Awaited<ReturnType<Adapter['verify']>>;
    try {
      verification = await adapter.verify(request);
    } catch (error) {
      if (
        error instanceof SignatureVerificationError ||
        (CareError.isInstance(error) && error.code === 'SIGNATURE_INVALID')
      ) {
        return reject(forwarded(), request.method === 'GET' ? 403 : 401, error);
      }
      return reject(forwarded(), 400, error);
    }
    if (verification.kind === 'handshake') return verification.response;
    let parsed: Awaited<ReturnType<Adapter['parse']>>;
    try {
      parsed = await adapter.parse(request);
    } catch (error) {
      return reject(forwarded(), 400, error);
    }
    const fresh: ConversationEvent[] = [];
    const duplicates: ConversationEvent[] = [];
    const inBatch = new Set<string>();
    for (const event of parsed.events) {
      if (inBatch.has(event.id) || (await dedupe.has(event.id))) duplicates.push(event);
      else {
        inBatch.add(event.id);
        fresh.push(event);
      }
    }
    const delivery: WebhookDelivery = {
      adapter,
      events: fresh,
      duplicates,
      ignored: parsed.ignored,
      warnings: parsed.warnings,
      get request() {
        return forwarded();
      },
    };
    emit('delivery-received', delivery);
    if (parsed.ignored.length > 0) {
      emit('delivery-ignored', delivery);
      try {
        options.onIgnored?.(parsed.ignored, delivery);
      } catch {
        // a failing observer does not fail the delivery
      }
    }
    if (fresh.length > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const pending = options.onEvents(fresh, delivery);
        // A synchronous onEvents has already finished: no timer to arm (and clear) per delivery.
        const outcome = isThenable(pending)
          ? await Promise.race([
              Promise.resolve(pending).then(() => 'done' as const),
              new Promise<'timeout'>((resolve) => {
                timer = setTimeout(() => resolve('timeout'), timeoutMs);
              }),
            ])
          : 'done';
        if (outcome === 'timeout') {
          emit('delivery-failed', {
            error: new Error(`onEvents took longer than ${timeoutMs} ms`),
            delivery,
          });
          return new Response('Processing took too long; retry.', { status: 503 });
        }
      } catch (error) {
        emit('delivery-failed', { error, delivery });
        return new Response('Processing failed; retry.', { status: 500 });
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
      for (const event of fresh) await dedupe.add(event.id);
    }
    return new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } });
  };

  function route(request: Request, body: () => string): Adapter | undefined {
    if (byRoute.size > 0) {
      const segment = new URL(request.url).pathname
        .split('/')
        .filter((part) => part !== '')
        .pop();
      if (segment !== undefined) {
        const named = byRoute.get(segment);
        if (named !== undefined) return named;
      }
    }
    if (adapters.length === 1) return adapters[0];
    for (const adapter of adapters) {
      try {
        if (adapter.matches?.(request, body()) === true) return adapter;
      } catch {
        // a broken matcher does not stop routing
      }
    }
    return undefined;
  }

  return Object.assign(handler, { events: emitter });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
