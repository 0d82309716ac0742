import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayloadError } from '../shared/errors';
import { parseJsonBody, readRawBody } from './raw-body';

function streamed(chunks: readonly Uint8Array[]): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request('https://example.test/', {
    method: 'POST',
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

describe('readRawBody', () => {
  it('returns the bytes of any chunking, once per request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 6 }), async (chunks) => {
        const request = streamed(chunks);
        const expected = Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
        const bytes = await readRawBody(request);
        expect([...bytes]).toEqual([...expected]);
        expect(await readRawBody(request)).toBe(bytes);
      }),
      { numRuns: 100 },
    );
    const single = new Request('https://example.test/', { method: 'POST', body: 'hello' });
    expect(new TextDecoder().decode(await readRawBody(single))).toBe('hello');
    expect(await readRawBody(new Request('https://example.test/'))).toHaveLength(0);
  });

  it('refuses a body something else already read, and bodies above the limit', async () => {
    const read = new Request('https://example.test/', { method: 'POST', body: '{}' });
    await read.text();
    await expect(readRawBody(read)).rejects.toThrow(/already read/);
    await expect(readRawBody(streamed([new Uint8Array(60), new Uint8Array(60)]), 100)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});

describe('parseJsonBody', () => {
  it('names empty and invalid bodies', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(parseJsonBody(utf8(' {"a":1}\n'), 'X')).toEqual({ a: 1 });
    expect(() => parseJsonBody(utf8(''), 'X')).toThrow(/empty body/);
    expect(() => parseJsonBody(utf8(' \n\t'), 'X')).toThrow(/empty body/);
    expect(() => parseJsonBody(utf8('{"a":'), 'X')).toThrow(/not valid JSON/);
    expect(() => parseJsonBody(utf8('nope'), 'X')).toThrow(PayloadError);
  });
});
