import type { Platform } from '../conversation/index';
import { getSurfaceFacts, type Surface, surfacesOf } from '../platforms/index';
import { CareError, PayloadError, PlatformRequestError } from '../shared/errors';
import type {
  Adapter,
  AdapterCapabilities,
  FetchLike,
  OutboundMessage,
  OutboundRequest,
  ParseResult,
  SendResult,
  Verification,
} from './adapter';
import { ParseCollector } from './parse-collector';
import { DEFAULT_MAX_BODY_BYTES, decodeBody, parseJsonBody, readRawBody } from './raw-body';
import { idFromAnswer, sendOutboundRequest } from './send-request';

/**
 * A v1 adapter plus `parsePayload`, which normalizes an already-parsed payload (an API page you
 * polled, a queued delivery) without a `Request`.
 *
 * @example
 * ```ts
 * const { events } = createBlueskyAdapter({ did, unsigned: true }).parsePayload(notificationsPage);
 * ```
 */
export interface PlatformAdapter extends Adapter {
  /** Normalizes a payload that is already JSON-parsed. Throws `PayloadError` when it is not the platform's shape. */
  parsePayload(payload: unknown): ParseResult;
}

/** The platform-specific parts an adapter is made of. */
export interface AdapterParts {
  readonly platform: Platform;
  readonly platformName: string;
  readonly maxBodyBytes?: number | undefined;
  readonly verify: (request: Request, body: () => Promise<Uint8Array>) => Promise<Verification>;
  readonly walk: (payload: unknown, out: ParseCollector) => void;
  readonly buildReply: (outbound: OutboundMessage) => OutboundRequest;
  readonly matches?: (request: Request, body: string) => boolean;
  readonly fetch?: FetchLike | undefined;
  readonly now: () => number;
}

/**
 * The capabilities of every surface of `platform`, from `socialcare/platforms`.
 *
 * @example
 * ```ts
 * capabilitiesOf('facebook').messenger?.privateMessage; // true
 * ```
 */
export function capabilitiesOf(platform: Platform): AdapterCapabilities {
  const out: Partial<Record<Surface, ReturnType<typeof getSurfaceFacts>['capabilities']>> = {};
  for (const surface of surfacesOf(platform)) out[surface] = getSurfaceFacts(platform, surface).capabilities;
  return Object.freeze(out);
}

/** Adapters assembled by {@link definePlatformAdapter}: they read bodies only through `readRawBody`. */
const rawBodyReaders = new WeakSet<Adapter>();

/**
 * True when `adapter` reads request bodies only through `readRawBody` (every adapter of this
 * library), so a `Request` whose bytes `readRawBody` already holds can be handed to it as is: the
 * webhook handler then skips building an unread copy of each delivery.
 */
export function readsBodyThroughRawBody(adapter: Adapter): boolean {
  return rawBodyReaders.has(adapter);
}

/**
 * Assembles an adapter from its parts: shares the raw body between `verify` and `parse`, turns any
 * unexpected exception while walking a payload into a `PayloadError`, and adds `send` when a
 * `fetch` is available.
 */
export function definePlatformAdapter(parts: AdapterParts): PlatformAdapter {
  const maxBytes = parts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const parsePayload = (payload: unknown): ParseResult => {
    const out = new ParseCollector();
    try {
      parts.walk(payload, out);
    } catch (error) {
      if (CareError.isInstance(error)) throw error;
      throw new PayloadError(
        `The ${parts.platformName} payload could not be read: ${(error as Error)?.message ?? String(error)}`,
        { cause: error },
      );
    }
    return out.result();
  };
  const adapter: PlatformAdapter = {
    specificationVersion: 'v1',
    platform: parts.platform,
    capabilities: capabilitiesOf(parts.platform),
    verify: (request) => parts.verify(request, () => readRawBody(request, maxBytes)),
    async parse(request) {
      const bytes = await readRawBody(request, maxBytes);
      return parsePayload(parseJsonBody(bytes, parts.platformName));
    },
    parsePayload,
    buildReply: parts.buildReply,
    ...(parts.matches === undefined ? {} : { matches: parts.matches }),
  };
  // The global fetch is looked up at call time, so a fetch stubbed after creation is used.
  const fetchImpl: FetchLike = (url, init) => {
    const implementation = parts.fetch ?? (globalThis.fetch as FetchLike | undefined);
    if (typeof implementation !== 'function') {
      throw new PlatformRequestError(
        `No fetch available to send the ${parts.platformName} request: pass fetch in the adapter settings.`,
        0,
      );
    }
    return implementation(url, init);
  };
  adapter.send = (outbound: OutboundMessage): Promise<SendResult> =>
    sendOutboundRequest(fetchImpl, parts.buildReply(outbound), {
      platformName: parts.platformName,
      now: parts.now,
      messageIdOf: idFromAnswer,
    });
  rawBodyReaders.add(adapter);
  return adapter;
}

export { decodeBody };
