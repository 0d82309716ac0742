import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Message } from 'socialcare/conversation';
import {
  formatTwcsHeader,
  formatTwcsRows,
  readTwcs,
  readTwcsRows,
  stringifyTwcs,
  writeTwcs,
} from 'socialcare/io';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'socialcare-twcs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const base = Date.UTC(2024, 2, 11, 9, 0, 0);
const messages: Message[] = [
  {
    id: '100',
    platform: 'x',
    direction: 'inbound',
    visibility: 'public',
    author: { id: '5001', kind: 'customer' },
    text: '@AcmeCare my order, "the blue one", is late\nsecond line\r\rafter bare CRs',
    createdAt: base,
    mentions: ['AcmeCare'],
    attachments: [],
    accountId: 'AcmeCare',
  },
  {
    id: '101',
    platform: 'x',
    direction: 'outbound',
    visibility: 'public',
    author: { id: 'sandra-paredes', kind: 'agent', displayName: 'Sandra Paredes' },
    text: '@5001 Sorry! Can you DM us? ^SP',
    createdAt: base + 60_000,
    mentions: ['5001'],
    attachments: [],
    accountId: 'AcmeCare',
    inReplyTo: '100',
  },
  {
    id: '102',
    platform: 'x',
    direction: 'inbound',
    visibility: 'public',
    author: { id: '5001', kind: 'customer' },
    text: '@AcmeCare done',
    createdAt: base + 120_000,
    mentions: ['AcmeCare'],
    attachments: [],
    accountId: 'AcmeCare',
    inReplyTo: '101',
  },
  {
    id: '103',
    platform: 'x',
    direction: 'outbound',
    visibility: 'public',
    author: { id: 'AcmeCare', kind: 'brand' },
    text: '@5001 thanks',
    createdAt: base + 180_000,
    mentions: ['5001'],
    attachments: [],
    accountId: 'AcmeCare',
    inReplyTo: '100',
  },
];

describe('TWCS writer', () => {
  it('writes the TWCS header, with or without the index column', () => {
    expect(formatTwcsHeader()).toBe(
      ',tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n',
    );
    expect(formatTwcsHeader({ indexColumn: false }).startsWith('tweet_id,')).toBe(true);
  });

  it('writes rows like the original: True/False, legacy dates, float reply ids, comma lists, brand as author', () => {
    const lines = formatTwcsRows(messages).split('\n');
    expect(lines[3]).toBe('2,102,5001,True,Mon Mar 11 09:02:00 +0000 2024,@AcmeCare done,,101.0');
    expect(lines.find((l) => l.startsWith('1,101,'))).toBe(
      '1,101,AcmeCare,False,Mon Mar 11 09:01:00 +0000 2024,@5001 Sorry! Can you DM us? ^SP,102,100.0',
    );
    expect(formatTwcsRows(messages)).toContain('is late\nsecond line\r\rafter bare CRs","101,103",\n');
  });

  it('round-trips through the reader', async () => {
    const rows = await collect(readTwcsRows([stringifyTwcs(messages)]));
    expect(rows.map((r) => r.tweetId)).toEqual(['100', '101', '102', '103']);
    expect(rows[0]!.text).toBe(messages[0]!.text);
    expect(rows[0]!.responseTweetIds).toEqual(['101', '103']);
    const back = await collect(readTwcs([stringifyTwcs(messages, { indexColumn: false })]));
    expect(back.map((m) => [m.id, m.direction, m.createdAt, m.inReplyTo, m.accountId, m.text])).toEqual(
      messages.map((m) => [m.id, m.direction, m.createdAt, m.inReplyTo, m.accountId, m.text]),
    );
  });

  it('streams batches to a file and to a Writable', async () => {
    const path = join(dir, 'out.csv');
    const result = await writeTwcs(path, [messages.slice(0, 2), messages.slice(2)]);
    const text = readFileSync(path, 'utf8');
    expect(result).toEqual({ rows: 4, bytes: Buffer.byteLength(text) });
    expect(text.split('\n')[4]!.startsWith('2,102,')).toBe(true); // row 0 holds a quoted line break

    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeTwcs(
      sink,
      (async function* () {
        for (const m of messages) yield m;
      })(),
    );
    expect(Buffer.concat(chunks).toString('utf8').split('\n')).toHaveLength(7);
  });
});
