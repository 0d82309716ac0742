import fc from 'fast-check';
import type { OutboundRequest } from '../adapters/adapter';
import { primeRawBody } from '../adapters/raw-body';
import { parseConversationEvent } from '../conversation/index';
import { measureText } from '../platforms/index';
import { CareError } from '../shared/errors';
import type { AdapterContractDescriptor, AdapterContractFixture, TestApi } from './adapter-contract-types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function bytesOf(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? encoder.encode(body) : body;
}

function requestOf(
  fixture: AdapterContractFixture,
  body?: Uint8Array,
  headers?: Record<string, string>,
): Request {
  const bytes = body ?? bytesOf(fixture.body);
  const request = new Request(fixture.url ?? 'https://example.test/webhooks', {
    method: 'POST',
    headers: headers ?? { 'content-type': 'application/json', ...fixture.headers },
    body: bytes as BodyInit,
  });
  return request;
}

function withoutRaw(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRaw);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (key !== 'raw') out[key] = withoutRaw(item);
    return out;
  }
  return value;
}

/**
 * Reads the outgoing text out of a built request body: `text`, `message` (string), `message.text`,
 * `text.body`, `status` or `record.text`.
 *
 * @example
 * ```ts
 * outboundTextOf(adapter.buildReply(outbound));
 * ```
 */
export function outboundTextOf(request: OutboundRequest): string {
  const body = JSON.parse(request.body) as Record<string, unknown>;
  const candidates = [
    body.text,
    body.message,
    (body.message as Record<string, unknown> | undefined)?.text,
    (body.text as Record<string, unknown> | undefined)?.body,
    body.status,
    (body.record as Record<string, unknown> | undefined)?.text,
  ];
  for (const candidate of candidates) if (typeof candidate === 'string') return candidate;
  throw new Error(`No text found in the request body ${request.body.slice(0, 200)}`);
}

/** The subset of vitest's `expect` the suite uses. */
type ExpectLike = (
  actual: unknown,
  message?: string,
) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeDefined(): void;
  toBeGreaterThan(expected: number): void;
  not: { toThrow(): void };
  resolves: { toBeDefined(): Promise<void> };
};

/**
 * Finds the test runner's `describe` / `it` / `expect` without importing it (so that
 * `socialcare/testing` loads, and `require()`s, without vitest): vitest's worker exposes its API on
 * `globalThis.__vitest_index__`; runners with globals (vitest `globals: true`, jest) define them
 * globally.
 */
function resolveTestApi(): TestApi {
  const scope = globalThis as Record<string, unknown>;
  const candidates = [scope.__vitest_index__, scope];
  for (const candidate of candidates) {
    const api = candidate as Partial<TestApi> | undefined;
    if (
      typeof api?.describe === 'function' &&
      typeof api.it === 'function' &&
      typeof api.expect === 'function'
    ) {
      return { describe: api.describe, it: api.it, expect: api.expect };
    }
  }
  throw new CareError(
    'UNSUPPORTED',
    'adapterContract must run inside a test runner: call it from a vitest test file, or pass { describe, it, expect } as the second argument.',
  );
}

let expect: ExpectLike;

async function expectRejected(promise: Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, 'verify must throw SignatureVerificationError').toBeDefined();
  expect(CareError.isInstance(error) && error.code === 'SIGNATURE_INVALID', String(error)).toBe(true);
}

function flipSignature(value: string): string {
  const index = value.length - 3;
  const char = value[index] as string;
  const replacement = char === 'a' ? 'b' : 'a';
  return value.slice(0, index) + replacement + value.slice(index + 1);
}

function mutateAt(value: unknown, target: number, replacement: unknown, counter: { n: number }): unknown {
  if (counter.n++ === target) return replacement;
  if (Array.isArray(value)) return value.map((item) => mutateAt(item, target, replacement, counter));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mutateAt(item, target, replacement, counter);
    return out;
  }
  return value;
}

/**
 * Registers the adapter contract suite with vitest: every adapter (and `MockAdapter`) must pass it.
 *
 * - each fixture verifies and parses to its golden events (`raw` aside), every event valid against
 *   `ConversationEventSchema`, JSON-serialisable, with deterministic ids;
 * - echo fixtures parse to outbound messages only;
 * - message ids appear verbatim in the raw body (no rounding of 64-bit ids), and round-trip into
 *   replies built with `replyTo`;
 * - missing, malformed and wrong signatures, tampered bodies and re-serialised bodies are rejected;
 * - handshakes are answered (or refused) as described;
 * - `parse` never throws anything but a `CareError` on arbitrary bytes, arbitrary JSON and mutated
 *   fixtures (fast-check);
 * - `buildReply` output fits the surface limit for arbitrary texts, or throws `CareValidationError`.
 *
 * @example
 * ```ts
 * import { adapterContract, MockAdapter } from 'socialcare/testing';
 * adapterContract({ name: 'mock', create: () => new MockAdapter(), fixtures: [...], signatureHeader: 'x-mock-signature' });
 * ```
 */
export function adapterContract(
  descriptor: AdapterContractDescriptor,
  api: TestApi = resolveTestApi(),
): void {
  const { describe, it } = api;
  expect = api.expect as ExpectLike;
  const runs = descriptor.runs ?? 100;
  const given = descriptor.adapter;
  const create =
    descriptor.create ??
    (given === undefined
      ? () => {
          throw new CareError('UNSUPPORTED', 'adapterContract needs `create` (a factory) or `adapter`.');
        }
      : () => given);
  const fixtures = descriptor.fixtures ?? [];
  const suiteName = descriptor.name ?? given?.platform ?? descriptor.create?.().platform ?? 'adapter';
  describe(`adapter contract: ${suiteName}`, () => {
    it('implements specification v1', () => {
      const adapter = create();
      expect(adapter.specificationVersion).toBe('v1');
      expect(typeof adapter.platform).toBe('string');
      expect(typeof adapter.verify).toBe('function');
      expect(typeof adapter.parse).toBe('function');
      expect(typeof adapter.buildReply).toBe('function');
      expect(Object.keys(adapter.capabilities).length).toBeGreaterThan(0);
    });

    for (const fixture of fixtures) {
      it(`parses ${fixture.name}`, async () => {
        const adapter = create();
        const request = requestOf(fixture);
        if (
          descriptor.signatureHeader !== undefined &&
          fixture.headers?.[descriptor.signatureHeader] !== undefined
        ) {
          const verification = await adapter.verify(request);
          expect(verification.kind).toBe('delivery');
        }
        const result = await adapter.parse(request);
        const again = await adapter.parse(requestOf(fixture));
        expect(
          again.events.map((event) => event.id),
          'event ids are deterministic',
        ).toEqual(result.events.map((event) => event.id));
        expect(result.events.length + result.ignored.length, 'nothing is dropped silently').toBeGreaterThan(
          0,
        );
        for (const event of result.events) {
          expect(() => parseConversationEvent(event)).not.toThrow();
          const plain = withoutRaw(event);
          expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
        }
        for (const ignored of result.ignored) expect(ignored.reason.length).toBeGreaterThan(0);
        if (fixture.expected !== undefined) {
          expect(withoutRaw(result.events)).toEqual(fixture.expected.events);
          if (fixture.expected.ignored !== undefined) {
            expect(result.ignored.map((item) => item.kind)).toEqual(fixture.expected.ignored);
          }
        }
        if (fixture.echo === true) {
          const messages = result.events.filter(
            (event) => event.type === 'message-sent' || event.type === 'message-received',
          );
          expect(messages.length).toBeGreaterThan(0);
          for (const event of messages) {
            expect(event.type).toBe('message-sent');
            if ('message' in event) expect(event.message.direction).toBe('outbound');
          }
        }
        const text = decoder.decode(bytesOf(fixture.body));
        for (const event of result.events) {
          if (!('message' in event)) continue;
          expect(typeof event.message.id).toBe('string');
          if (descriptor.derivedIds !== true) {
            expect(
              text.includes(JSON.stringify(event.message.id).slice(1, -1)) || text.includes(event.message.id),
              `message id ${event.message.id} appears in the body`,
            ).toBe(true);
          }
          const outbound = descriptor.replyTo?.(event.message);
          if (outbound !== undefined) {
            const built = adapter.buildReply(outbound);
            expect(
              built.body.includes(event.message.id) || built.url.includes(event.message.id),
              'the id round-trips into the reply',
            ).toBe(true);
          }
        }
      });
    }

    const header = descriptor.signatureHeader;
    const signed =
      header === undefined ? [] : fixtures.filter((fixture) => fixture.headers?.[header] !== undefined);
    if (header !== undefined && signed.length > 0) {
      it('rejects missing, malformed and wrong signatures', async () => {
        for (const fixture of signed) {
          const headers = { ...fixture.headers };
          const value = headers[header] as string;
          delete headers[header];
          await expectRejected(create().verify(requestOf(fixture, undefined, headers)));
          for (const bad of [
            '',
            'sha256=',
            'sha1=abc',
            'sha256=zz',
            value.replace('sha256=', 'md5='),
            `${value}x`,
            flipSignature(value),
          ]) {
            await expectRejected(
              create().verify(requestOf(fixture, undefined, { ...headers, [header]: bad })),
            );
          }
        }
      });

      it('rejects tampered bodies', async () => {
        for (const fixture of signed) {
          const bytes = bytesOf(fixture.body).slice();
          const index = Math.floor(bytes.length / 2);
          bytes[index] = (bytes[index] as number) ^ 0x01;
          await expectRejected(create().verify(requestOf(fixture, bytes)));
          const appended = new Uint8Array([...bytesOf(fixture.body), 0x20]);
          await expectRejected(create().verify(requestOf(fixture, appended)));
        }
      });

      it('rejects re-serialised bodies (signatures cover the raw bytes)', async () => {
        for (const fixture of signed) {
          const raw = decoder.decode(bytesOf(fixture.body));
          const reserialised = JSON.stringify(JSON.parse(raw));
          if (reserialised === raw) continue;
          await expectRejected(create().verify(requestOf(fixture, encoder.encode(reserialised))));
        }
      });

      it('verifies the same Request it parses (the body is shared)', async () => {
        const fixture = signed[0] as AdapterContractFixture;
        const adapter = create();
        const request = requestOf(fixture);
        await adapter.verify(request);
        await expect(adapter.parse(request)).resolves.toBeDefined();
      });
    }

    for (const handshake of descriptor.handshakes ?? []) {
      it(`handshake: ${handshake.name}`, async () => {
        const adapter = create();
        const request = new Request(handshake.url, { method: 'GET', headers: { ...handshake.headers } });
        if (handshake.status !== 200) {
          await expectRejected(adapter.verify(request));
          return;
        }
        const verification = await adapter.verify(request);
        expect(verification.kind).toBe('handshake');
        if (verification.kind !== 'handshake') return;
        expect(verification.response.status).toBe(200);
        const text = await verification.response.text();
        if (typeof handshake.body === 'string') expect(text).toBe(handshake.body);
        else if (handshake.body !== undefined) expect(JSON.parse(text)).toEqual(handshake.body);
      });
    }

    it('parse only throws typed errors on arbitrary bytes and JSON', async () => {
      const adapter = create();
      const check = async (bytes: Uint8Array): Promise<void> => {
        const request = new Request('https://example.test/webhooks', {
          method: 'POST',
          body: bytes as BodyInit,
        });
        primeRawBody(request, bytes);
        try {
          await adapter.parse(request);
        } catch (error) {
          if (!CareError.isInstance(error)) throw error;
        }
      };
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), check), { numRuns: runs });
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), (value) =>
          check(encoder.encode(JSON.stringify(value))),
        ),
        { numRuns: runs },
      );
    });

    const parsedFixtures = fixtures.flatMap((fixture) => {
      try {
        return [JSON.parse(decoder.decode(bytesOf(fixture.body))) as unknown];
      } catch {
        return [];
      }
    });
    if (parsedFixtures.length > 0) {
      it('parse only throws typed errors on mutated fixtures', async () => {
        const adapter = create();
        await fc.assert(
          fc.asyncProperty(
            fc.nat(parsedFixtures.length - 1),
            fc.nat(400),
            fc.jsonValue({ maxDepth: 2 }),
            async (which, target, replacement) => {
              const mutated = mutateAt(parsedFixtures[which], target, replacement, { n: 0 });
              const bytes = encoder.encode(JSON.stringify(mutated));
              const request = new Request('https://example.test/webhooks', {
                method: 'POST',
                body: bytes as BodyInit,
              });
              let events: readonly unknown[] = [];
              try {
                events = (await adapter.parse(request)).events;
              } catch (error) {
                if (!CareError.isInstance(error)) throw error;
              }
              // Whatever survives parsing must still be a valid event.
              for (const event of events) parseConversationEvent(event);
            },
          ),
          { numRuns: runs * 3 },
        );
      });
    }

    for (const reply of descriptor.replies ?? []) {
      it(`buildReply fits the surface limit: ${reply.name}`, () => {
        const adapter = create();
        const textOf = reply.textOf ?? outboundTextOf;
        const texts = fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 600 }),
          fc.string({ unit: 'binary', maxLength: 3000 }),
          fc.constantFrom(
            '😀'.repeat(400),
            'a'.repeat(5000),
            'é'.repeat(1200),
            '👨‍👩‍👧'.repeat(301),
            'https://example.com/a '.repeat(20),
          ),
        );
        fc.assert(
          fc.property(texts, (text) => {
            let built: OutboundRequest;
            try {
              built = adapter.buildReply({ ...reply.outbound, text });
            } catch (error) {
              if (CareError.isInstance(error) && error.code === 'VALIDATION_FAILED') return;
              throw error;
            }
            const sent = textOf(built);
            const measured = measureText(
              adapter.platform,
              built.surface,
              sent,
              reply.limit === undefined ? {} : { limit: reply.limit },
            );
            expect(measured.fits, `${measured.length} ${measured.unit} > ${measured.limit}`).toBe(true);
          }),
          { numRuns: runs },
        );
      });
    }
  });
}
