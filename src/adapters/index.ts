/**
 * Platform adapters behind one versioned interface (`specificationVersion: 'v1'`): verify a
 * webhook over its raw bytes, parse it into conversation events, build replies that fit, and
 * `createWebhookHandler` to serve them all from one route.
 *
 * ```ts
 * import { createWebhookHandler } from 'socialcare/adapters';
 * import { createXAdapter } from 'socialcare/adapters/x';
 * ```
 *
 * @module socialcare/adapters
 */
export type {
  Adapter,
  AdapterCapabilities,
  FetchLike,
  IgnoredDelivery,
  OutboundMessage,
  OutboundRequest,
  ParseResult,
  SendResult,
  StrongRef,
  Verification,
} from './adapter';
export { eventIdOf, privateConversationId, publicConversationId } from './conversation-ids';
export { createMemoryDedupeStore, type DedupeStore, type MemoryDedupeStoreOptions } from './dedupe-store';
export { capabilitiesOf, type PlatformAdapter } from './define-adapter';
export { type FittedText, fitText, type OverflowPolicy } from './fit-text';
export {
  base64ToBytes,
  bytesToBase64,
  bytesToHex,
  createHmacKey,
  type HmacKey,
  type HmacKeyOptions,
  readBase64Signature,
  readHexSignature,
  timingSafeEqualStrings,
} from './hmac';
export { DEFAULT_MAX_BODY_BYTES, decodeBody, parseJsonBody, primeRawBody, readRawBody } from './raw-body';
export { retryAfterOf, type SendOptions, sendOutboundRequest } from './send-request';
export {
  createWebhookHandler,
  type WebhookDelivery,
  type WebhookHandler,
  type WebhookHandlerEvents,
  type WebhookHandlerOptions,
} from './webhook-handler';
