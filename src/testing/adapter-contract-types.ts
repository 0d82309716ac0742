import type { Adapter, OutboundMessage, OutboundRequest } from '../adapters/adapter';
import type { Message } from '../conversation/index';

/**
 * One recorded delivery an adapter must parse to its golden result.
 *
 * @example
 * ```ts
 * const fixture: AdapterContractFixture = { name: 'text', body: rawBytes, headers: { 'x-hub-signature-256': signature }, expected: { events: golden } };
 * ```
 */
export interface AdapterContractFixture {
  /** Name shown in test titles. */
  readonly name: string;
  /** The exact raw body bytes (as delivered; signatures are computed over them). */
  readonly body: string | Uint8Array;
  /** Request headers, signature included (omit for unsigned payloads such as polled API pages). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Request URL (default `https://example.test/webhooks`). */
  readonly url?: string;
  /**
   * The golden result: events without their `raw` payloads (as JSON, instants in epoch ms), plus
   * the `kind`s of ignored items. Omit to only run the generic checks on this fixture.
   */
  readonly expected?: {
    readonly events: readonly unknown[];
    readonly ignored?: readonly string[];
  };
  /** True when the fixture is an echo of our own message: it must parse to outbound messages only. */
  readonly echo?: boolean;
}

/**
 * A handshake request and the answer the adapter must give (or refuse).
 *
 * @example
 * ```ts
 * const handshake: AdapterContractHandshake = { name: 'CRC', url: 'https://example.test/x?crc_token=abc', status: 200 };
 * ```
 */
export interface AdapterContractHandshake {
  readonly name: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Expected status; a refused handshake is a thrown `SignatureVerificationError` (`status` 403). */
  readonly status: number;
  /** Expected body text (exact) or JSON (deep-equal), when `status` is 200. */
  readonly body?: string | Readonly<Record<string, unknown>>;
}

/**
 * An outbound message whose text `buildReply` must fit, whatever the text (property-tested).
 *
 * @example
 * ```ts
 * const reply: AdapterContractReply = { name: 'DM', outbound: { type: 'message', recipientId: '1412611362105802', text: '' } };
 * ```
 */
export interface AdapterContractReply {
  readonly name: string;
  /** The message; its `text` is replaced by generated texts. */
  readonly outbound: OutboundMessage;
  /** Reads the text back out of the built request (default: looks for `text`, `message`, `text.body`, `status`, `record.text`). */
  readonly textOf?: (request: OutboundRequest) => string;
  /** A per-instance limit the adapter was configured with (e.g. Mastodon `maxCharacters`). */
  readonly limit?: number;
}

/**
 * What `adapterContract` needs to test an adapter.
 *
 * @example
 * ```ts
 * adapterContract({ name: 'mock', create: () => new MockAdapter(), fixtures, signatureHeader: 'x-mock-signature' });
 * ```
 */
export interface AdapterContractDescriptor {
  /** Name of the `describe` block (default: the adapter's platform). */
  readonly name?: string;
  /** A fresh adapter (preferred: each check gets its own). */
  readonly create?: () => Adapter;
  /** Or one adapter shared by every check. */
  readonly adapter?: Adapter;
  /** Recorded deliveries (default none: only the generic checks run). */
  readonly fixtures?: readonly AdapterContractFixture[];
  /** The signature header (omit for adapters whose payloads are not signed). */
  readonly signatureHeader?: string;
  /** Handshakes to answer or refuse. */
  readonly handshakes?: readonly AdapterContractHandshake[];
  /** Outbound messages whose texts must be fitted to the surface limit. */
  readonly replies?: readonly AdapterContractReply[];
  /** An answer to a parsed message (to check that its id round-trips into the reply request). */
  readonly replyTo?: (message: Message) => OutboundMessage | undefined;
  /** True when message ids are built from several payload fields rather than copied (skips the verbatim-id check). */
  readonly derivedIds?: boolean;
  /** Property-test runs (default 100). */
  readonly runs?: number;
}

/**
 * The test-runner functions the contract suite registers its checks with (vitest's, found
 * automatically inside vitest; pass them explicitly for other runners).
 *
 * @example
 * ```ts
 * import { describe, expect, it } from 'vitest';
 * adapterContract(descriptor, { describe, it, expect });
 * ```
 */
export interface TestApi {
  readonly describe: (name: string, body: () => void) => unknown;
  readonly it: (name: string, body: () => unknown) => unknown;
  readonly expect: (actual: unknown, message?: string) => unknown;
}
