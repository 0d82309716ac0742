import type {
  Adapter,
  AdapterCapabilities,
  OutboundMessage,
  OutboundRequest,
  ParseResult,
  SendResult,
  Verification,
} from '../adapters/adapter';
import { eventIdOf, privateConversationId, publicConversationId } from '../adapters/conversation-ids';
import { capabilitiesOf } from '../adapters/define-adapter';
import { fitText } from '../adapters/fit-text';
import { bytesToHex, createHmacKey, type HmacKey, readHexSignature, utf8 } from '../adapters/hmac';
import { makeMessage, makeParty, messageEvent } from '../adapters/make-event';
import { ParseCollector } from '../adapters/parse-collector';
import { arrayAt, asObject, booleanAt, numberAt, stringAt } from '../adapters/payload-reader';
import { parseJsonBody, readRawBody } from '../adapters/raw-body';
import { idFromAnswer, sendOutboundRequest } from '../adapters/send-request';
import type { Platform } from '../conversation/index';
import { PayloadError, SignatureVerificationError } from '../shared/errors';

/**
 * The signature header of {@link MockAdapter} deliveries: `sha256=` + hex HMAC-SHA256 of the raw body.
 *
 * @example
 * ```ts
 * request.headers.get(MOCK_SIGNATURE_HEADER); // 'sha256=<hex>'
 * ```
 */
export const MOCK_SIGNATURE_HEADER = 'x-mock-signature';

/**
 * One item of a mock delivery.
 *
 * @example
 * ```ts
 * const item: MockDeliveryItem = { id: 'm1', from: 'ana', text: 'Where is my order?', at: 0 };
 * ```
 */
export interface MockDeliveryItem {
  /** `message` (default), `delete` or `typing` (ignored, like a platform notice). */
  readonly kind?: 'message' | 'delete' | 'typing';
  readonly id: string;
  /** Author id; the adapter's `accountId` makes it an outbound echo. */
  readonly from?: string;
  readonly text?: string;
  /** Epoch ms. */
  readonly at: number;
  readonly inReplyTo?: string;
  /** Private message in the thread of `from` (or of `threadId`). */
  readonly private?: boolean;
  readonly threadId?: string;
}

/**
 * Options of {@link MockAdapter}.
 *
 * @example
 * ```ts
 * new MockAdapter({ platform: 'whatsapp', accountId: 'brand', secret: 'test' } satisfies MockAdapterOptions);
 * ```
 */
export interface MockAdapterOptions {
  /** The platform the mock pretends to be (default `'x'`): its limits apply to `buildReply`. */
  readonly platform?: Platform;
  /** Signing secret (default `'mock-secret'`). */
  readonly secret?: string;
  /** Our account id: items from it are outbound echoes (default `'brand'`). */
  readonly accountId?: string;
  /** `fetch` used by `send` (default: answers 200 with `{ id }` without any network). */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * A v1 adapter for tests: deliveries are `{ "mock": 1, "items": [...] }` signed with
 * `x-mock-signature: sha256=<hex HMAC-SHA256>`; `GET ?challenge=abc` is a handshake answered with
 * `abc`. It runs the same contract suite as the real adapters, and lets you test code that takes
 * any adapter (the webhook handler, your queue) without a platform.
 *
 * @example
 * ```ts
 * const mock = new MockAdapter();
 * const request = await mock.createRequest([{ id: 'm1', from: 'ana', text: 'Where is my order?', at: 0 }]);
 * const { events } = await mock.parse(request); // one message-received
 * ```
 */
export class MockAdapter implements Adapter {
  readonly specificationVersion = 'v1' as const;
  readonly platform: Platform;
  readonly capabilities: AdapterCapabilities;
  readonly accountId: string;
  private readonly key: HmacKey;
  private readonly fetchImpl: (url: string, init: RequestInit) => Promise<Response>;

  constructor(options: MockAdapterOptions = {}) {
    this.platform = options.platform ?? 'x';
    this.capabilities = capabilitiesOf(this.platform);
    this.accountId = options.accountId ?? 'brand';
    this.key = createHmacKey(options.secret ?? 'mock-secret');
    this.fetchImpl =
      options.fetch ??
      (async (_url, init) =>
        new Response(JSON.stringify({ id: `sent-${String(init.body ?? '').length}` }), { status: 200 }));
  }

  /** The signature headers for a raw body. */
  async sign(body: string | Uint8Array): Promise<Record<string, string>> {
    const bytes = typeof body === 'string' ? utf8(body) : body;
    return { [MOCK_SIGNATURE_HEADER]: `sha256=${bytesToHex(await this.key.sign(bytes))}` };
  }

  /** A signed delivery request carrying `items`. */
  async createRequest(
    items: readonly MockDeliveryItem[],
    url = 'https://example.test/webhooks/mock',
  ): Promise<Request> {
    const body = JSON.stringify({ mock: 1, items });
    return new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.sign(body)) },
      body,
    });
  }

  async verify(request: Request): Promise<Verification> {
    if (request.method === 'GET') {
      const challenge = new URL(request.url).searchParams.get('challenge');
      if (challenge === null || challenge === '') {
        throw new SignatureVerificationError('A mock GET request must carry ?challenge=.');
      }
      return { kind: 'handshake', response: new Response(challenge, { status: 200 }) };
    }
    const signature = readHexSignature(request.headers.get(MOCK_SIGNATURE_HEADER), MOCK_SIGNATURE_HEADER);
    const body = await readRawBody(request);
    if (!(await this.key.verify(signature, body))) {
      throw new SignatureVerificationError('The mock signature does not match the raw body.');
    }
    return { kind: 'delivery', body };
  }

  async parse(request: Request): Promise<ParseResult> {
    return this.parsePayload(parseJsonBody(await readRawBody(request), 'mock'));
  }

  /** Normalizes an already-parsed mock payload. */
  parsePayload(payload: unknown): ParseResult {
    const root = asObject(payload);
    if (root === undefined || root.mock !== 1)
      throw new PayloadError('A mock delivery is { "mock": 1, "items": [...] }.');
    const out = new ParseCollector();
    for (const raw of arrayAt(root, 'items')) {
      const item = asObject(raw);
      const id = stringAt(item, 'id');
      const at = numberAt(item, 'at');
      const kind = stringAt(item, 'kind') ?? 'message';
      if (id === undefined || at === undefined) {
        out.ignore('mock:item', 'item without id or at', raw);
        continue;
      }
      if (kind === 'typing') {
        out.ignore('mock:typing', 'typing indicators are not conversation events', raw);
        continue;
      }
      if (kind === 'delete') {
        out.event({
          id: eventIdOf(this.platform, 'delete', id),
          type: 'message-deleted',
          at,
          conversationId: publicConversationId(this.platform, id),
          messageId: id,
          raw,
        });
        continue;
      }
      const from = stringAt(item, 'from');
      if (kind !== 'message' || from === undefined) {
        out.ignore('mock:item', `item of kind ${kind} without from`, raw);
        continue;
      }
      const outbound = from === this.accountId;
      const isPrivate = booleanAt(item, 'private') === true;
      const threadId = stringAt(item, 'threadId') ?? (isPrivate ? (outbound ? 'unknown' : from) : undefined);
      const inReplyTo = stringAt(item, 'inReplyTo');
      const message = makeMessage({
        id,
        platform: this.platform,
        direction: outbound ? 'outbound' : 'inbound',
        visibility: isPrivate ? 'private' : 'public',
        author: makeParty(from, outbound ? 'brand' : 'customer'),
        text: stringAt(item, 'text') ?? '',
        createdAt: at,
        inReplyTo,
        accountId: this.accountId,
        threadId,
        raw,
      });
      const conversationId =
        threadId !== undefined
          ? privateConversationId(this.platform, threadId)
          : publicConversationId(this.platform, inReplyTo ?? id);
      out.event(messageEvent(eventIdOf(this.platform, 'message', id), conversationId, message, raw));
    }
    return out.result();
  }

  buildReply(outbound: OutboundMessage): OutboundRequest {
    const surface = outbound.type === 'reply' || outbound.type === 'post' ? 'post' : 'dm';
    const platformSurface =
      this.capabilities[surface] !== undefined
        ? surface
        : (Object.keys(this.capabilities)[0] as typeof surface);
    const fitted = fitText(this.platform, platformSurface, outbound.text);
    return {
      url: 'https://mock.socialcare.invalid/messages',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...outbound, text: fitted.text }),
      surface: platformSurface,
      warnings: fitted.warnings,
    };
  }

  send(outbound: OutboundMessage): Promise<SendResult> {
    return sendOutboundRequest(this.fetchImpl, this.buildReply(outbound), {
      platformName: 'Mock',
      now: () => 0,
      messageIdOf: idFromAnswer,
    });
  }

  matches(request: Request): boolean {
    return request.headers.has(MOCK_SIGNATURE_HEADER) || new URL(request.url).searchParams.has('challenge');
  }
}

/**
 * Creates a {@link MockAdapter}.
 *
 * @example
 * ```ts
 * const mock = createMockAdapter({ platform: 'whatsapp' });
 * ```
 */
export function createMockAdapter(options: MockAdapterOptions = {}): MockAdapter {
  return new MockAdapter(options);
}
