import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { CareIoError } from 'socialcare';
import type { Message } from 'socialcare/conversation';
import {
  type MalformedRecord,
  type ReadProgress,
  readTwcs,
  readTwcsFile,
  readTwcsRows,
  type TwcsRow,
} from 'socialcare/io';
import { describe, expect, it } from 'vitest';

const FIXTURE = new URL('../fixtures/twcs/twcs-traps.csv', import.meta.url);
const HEADER = ',tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';
const HEADER_NO_INDEX =
  'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

function rowsOf(text: string, options = {}) {
  return collect(readTwcsRows([text], options));
}

describe('readTwcsRows: the TWCS traps', () => {
  it('reads the fixture copied from the real file: 15 rows, float ids and comma lists normalized', async () => {
    const rows = await collect(readTwcsRows(FIXTURE));
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.tweetId)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '11',
      '12',
      '15',
      '16',
      '17',
      '3398',
      '3399',
      '3400',
    ]);
    expect(rows[0]).toMatchObject({
      tweetId: '1',
      authorId: 'sprintcare',
      inbound: false,
      createdAt: Date.UTC(2017, 9, 31, 22, 10, 47),
      responseTweetIds: ['2'],
      inResponseToTweetId: '3',
      line: 2,
    });
    expect(rows[5]!.responseTweetIds).toEqual(['5', '7']);
    expect(rows[6]!.responseTweetIds).toEqual(['9', '6', '10']);
    expect(rows[6]!.inResponseToTweetId).toBeUndefined();
    expect(rows[7]!.responseTweetIds).toEqual([]);
    expect(rows.filter((r) => r.inbound)).toHaveLength(7);
  });

  it('keeps a bare CR inside an unquoted text: it does not end the row', async () => {
    const rows = await collect(readTwcsRows(FIXTURE));
    const cr = rows.find((r) => r.tweetId === '3399')!;
    expect(cr.text.startsWith('@AskPayPal \r\rI just love the start of email')).toBe(true);
    expect(cr.inbound).toBe(true);
    expect(cr.responseTweetIds).toEqual(['3398']);
    expect(rows.find((r) => r.tweetId === '3400')!.authorId).toBe('AskPlayStation');
  });

  it('finds the columns by name, with or without the leading pandas index column', async () => {
    const line = '1,AcmeCare,False,Tue Oct 31 22:10:47 +0000 2017,hello,"2,3",0.0';
    const withIndex = await rowsOf(`${HEADER}\n0,${line}\n`);
    const withoutIndex = await rowsOf(`${HEADER_NO_INDEX}\n${line}\n`);
    const reordered = await rowsOf(
      'text,inbound,tweet_id,author_id,created_at\nhello,False,1,AcmeCare,Tue Oct 31 22:10:47 +0000 2017\n',
    );
    expect(withoutIndex).toEqual(withIndex);
    expect(withIndex[0]).toMatchObject({
      tweetId: '1',
      responseTweetIds: ['2', '3'],
      inResponseToTweetId: '0',
    });
    expect(reordered[0]).toMatchObject({ tweetId: '1', text: 'hello', inbound: false, responseTweetIds: [] });
  });

  it('parses True/False, legacy dates with offsets, floats and empty reply ids', async () => {
    const rows = await rowsOf(
      `${HEADER_NO_INDEX}\n` +
        '10,42,True,Sat Feb 29 23:59:59 +0200 2020,a,,\n' +
        '11,Brand,False,Mon Jan 01 00:00:00 -0130 2018,b,,119237.0\n' +
        '12,43,True,2024-03-10T07:00:00Z,c,,119237\n',
    );
    expect(rows.map((r) => r.inbound)).toEqual([true, false, true]);
    expect(rows[0]!.createdAt).toBe(Date.UTC(2020, 1, 29, 21, 59, 59));
    expect(rows[1]!.createdAt).toBe(Date.UTC(2018, 0, 1, 1, 30, 0));
    expect(rows[2]!.createdAt).toBe(Date.UTC(2024, 2, 10, 7));
    expect(rows.map((r) => r.inResponseToTweetId)).toEqual([undefined, '119237', '119237']);
  });

  it('handles CRLF line ends, quoted line breaks, escaped quotes and a missing final line break', async () => {
    const text =
      `${HEADER_NO_INDEX}\r\n` +
      '1,42,True,Tue Oct 31 22:10:47 +0000 2017,"line one\r\nline ""two"", three",,\r\n' +
      '2,AcmeCare,False,Tue Oct 31 22:11:47 +0000 2017,plain,,1.0';
    const rows = await rowsOf(text);
    expect(rows.map((r) => r.text)).toEqual(['line one\r\nline "two", three', 'plain']);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[1]!.inResponseToTweetId).toBe('1');
  });

  it('keeps quotes inside an unquoted field as text', async () => {
    const rows = await rowsOf(
      `${HEADER_NO_INDEX}\n1,42,True,Tue Oct 31 22:10:47 +0000 2017,he said "hi" twice,,\n`,
    );
    expect(rows[0]!.text).toBe('he said "hi" twice');
  });

  it('gives the same rows however the input is split into chunks (strings or bytes)', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const bytes = new TextEncoder().encode(text);
    const expected = await rowsOf(text);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }),
        fc.boolean(),
        async (cuts, asBytes) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const source: (string | Uint8Array)[] = [];
          const limit = asBytes ? bytes.length : text.length;
          const points = [0, ...sorted.filter((c) => c < limit), limit];
          for (let i = 1; i < points.length; i++) {
            source.push(
              asBytes ? bytes.subarray(points[i - 1]!, points[i]!) : text.slice(points[i - 1]!, points[i]!),
            );
          }
          const rows = await collect(readTwcsRows(source));
          expect(rows).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes a string holding a line break as the text itself, any other string as a path', async () => {
    const rows = await collect(
      readTwcsRows(`${HEADER_NO_INDEX}\n1,42,True,Tue Oct 31 22:10:47 +0000 2017,hi,,\n`),
    );
    expect(rows.map((r) => r.tweetId)).toEqual(['1']);
    const error = await collect(readTwcsRows('tweet_id,author_id.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareIoError);
  });

  it('reads a Node Readable and reports progress in bytes and rows', async () => {
    const progress: ReadProgress[] = [];
    const text = readFileSync(FIXTURE);
    const reader = readTwcsRows(Readable.from([text.subarray(0, 1000), text.subarray(1000)]), {
      onProgress: (p) => progress.push(p),
    });
    const rows = await collect(reader);
    expect(rows).toHaveLength(15);
    const last = progress[progress.length - 1]!;
    expect(last).toEqual({ bytes: text.byteLength, lines: 16, rows: 15, malformed: 0 });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(reader.report).toMatchObject({ rows: 15, malformed: 0, done: true, bytes: text.byteLength });
  });
});

describe('readTwcsRows: malformed rows', () => {
  const text =
    `${HEADER}\n` +
    '0,1,42,True,Tue Oct 31 22:10:47 +0000 2017,"good, quoted",,\n' + // line 2
    '1,2,42,Maybe,Tue Oct 31 22:10:47 +0000 2017,bad boolean,,\n' + // line 3
    '2,3,42,True,yesterday,bad date,,\n' + // line 4
    '3,4,42,True,Tue Oct 31 22:10:47 +0000 2017,an, unquoted comma,,\n' + // line 5
    '4,5,42,True,Tue Oct 31 22:10:47 +0000 2017,"closed"oops,,\n' + // line 6
    '5,6,42,True,Tue Oct 31 22:10:47 +0000 2017,fine,,x1\n' + // line 7
    '6,7,AcmeCare,False,Tue Oct 31 22:10:47 +0000 2017,good again,,1.0\n' + // line 8
    '7,8,42,True,Tue Oct 31 22:10:47 +0000 2017,"never closed,,\n' + // line 9
    '8,9,42,True,Tue Oct 31 22:10:47 +0000 2017,after the unclosed quote,,\n'; // line 10

  it('skips and reports each malformed row with its line number', async () => {
    const seen: MalformedRecord[] = [];
    const reader = readTwcsRows([text], { onMalformed: (record) => seen.push(record) });
    const rows = await collect(reader);
    expect(rows.map((r) => r.tweetId)).toEqual(['1', '7', '9']);
    expect(seen.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 9]);
    expect(seen[0]!.reason).toContain('inbound');
    expect(seen[1]!.reason).toContain('created_at');
    expect(seen[2]!.reason).toContain('expected 8 fields, found 9');
    expect(seen[3]!.reason).toContain('closing quote');
    expect(seen[4]!.reason).toContain('in_response_to_tweet_id');
    expect(seen[5]!.reason).toContain('unclosed quote');
    expect(seen[0]!.excerpt).toContain('Maybe');
    expect(reader.report.malformed).toBe(6);
    expect(reader.report.rows).toBe(3);
    expect(reader.report.problems).toEqual(seen);
  });

  it('throws a CareIoError carrying the line in strict mode', async () => {
    const error = await collect(readTwcsRows([text], { strict: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareIoError);
    expect((error as CareIoError).line).toBe(3);
    expect((error as CareIoError).code).toBe('PARSE_FAILED');
    expect((error as CareIoError).message).toContain('line 3');
  });

  it('bounds memory on an unclosed quote with maxRecordLength, then resumes', async () => {
    const filler = 'x'.repeat(500);
    const chunks = [
      `${HEADER_NO_INDEX}\n1,42,True,Tue Oct 31 22:10:47 +0000 2017,"unclosed ${filler}\n`,
      ...Array.from({ length: 10 }, () => `${filler}\n`),
      '2,42,True,Tue Oct 31 22:10:47 +0000 2017,ok,,\n',
    ];
    const reader = readTwcsRows(chunks, { maxRecordLength: 2000 });
    const rows = await collect(reader);
    expect(reader.report.problems[0]!.line).toBe(2);
    expect(reader.report.problems[0]!.reason).toContain('longer than 2000');
    expect(rows.map((r) => r.tweetId)).toContain('2');
  });

  it('keeps only the first problems but counts them all', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => `${i},x,42,True,nope,t,,`).join('\n');
    const reader = readTwcsRows([`${HEADER}\n${bad}\n`], { maxReportedProblems: 5 });
    await collect(reader);
    expect(reader.report.malformed).toBe(30);
    expect(reader.report.problems).toHaveLength(5);
  });

  it('refuses a file that is not TWCS, naming the missing columns', async () => {
    const error = await collect(readTwcsRows(['id,name\n1,a\n'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareIoError);
    expect((error as Error).message).toContain('tweet_id');
    expect((error as Error).message).toContain('author_id');
  });

  it('fails with a CareIoError naming a missing file', async () => {
    const error = await collect(readTwcsFile('/nonexistent/twcs.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareIoError);
    expect((error as Error).message).toContain('/nonexistent/twcs.csv');
  });

  it('can be iterated only once', async () => {
    const reader = readTwcsRows([`${HEADER}\n`]);
    await collect(reader);
    expect(() => reader[Symbol.asyncIterator]()).toThrow(CareIoError);
  });
});

describe('readTwcs: rows to messages', () => {
  async function messagesOf(lines: string[], options = {}): Promise<Message[]> {
    return collect(readTwcs([`${HEADER_NO_INDEX}\n${lines.join('\n')}\n`], options));
  }

  it('maps customer and brand rows to public X messages', async () => {
    const messages = await collect(readTwcs(FIXTURE));
    const [brand, customer] = messages as [Message, Message];
    expect(brand).toEqual({
      id: '1',
      platform: 'x',
      direction: 'outbound',
      visibility: 'public',
      author: { id: 'sprintcare', kind: 'brand', handle: 'sprintcare' },
      text: brand.text,
      createdAt: Date.UTC(2017, 9, 31, 22, 10, 47),
      mentions: ['115712'],
      attachments: [],
      accountId: 'sprintcare',
      inReplyTo: '3',
    });
    expect(customer).toMatchObject({
      id: '2',
      direction: 'inbound',
      author: { id: '115712', kind: 'customer' },
      mentions: ['sprintcare'],
      accountId: 'sprintcare',
      inReplyTo: '1',
    });
    expect(messages.every((m) => m.platform === 'x' && m.visibility === 'public')).toBe(true);
  });

  it('sets the addressed account of a customer tweet from its mentions', async () => {
    const at = 'Tue Oct 31 22:10:47 +0000 2017';
    const messages = await messagesOf([
      `1,AppleSupport,False,${at},@115 hi,,`,
      `2,115,True,${at},@applesupport @Apple my phone,,`, // known brand wins, canonical case
      `3,116,True,${at},@116 @UberSupport help,,`, // the only non-numeric mention
      `4,117,True,${at},@Foo @Bar two candidates,,`, // ambiguous: none
      `5,118,True,${at},no mention at all,,`,
      `6,119,True,${at},@Uber_Support mail me at me@example.com,,`,
    ]);
    expect(messages.map((m) => m.accountId)).toEqual([
      'AppleSupport',
      'AppleSupport',
      'UberSupport',
      undefined,
      undefined,
      'Uber_Support',
    ]);
    expect(messages[5]!.mentions).toEqual(['Uber_Support']);
    const withKnown = await messagesOf([`4,117,True,${at},@Foo @bar two candidates,,`], {
      brandAccounts: ['Bar'],
    });
    expect(withKnown[0]!.accountId).toBe('Bar');
  });

  it('keeps the row as raw on request', async () => {
    const [message] = await collect(readTwcs(FIXTURE, { includeRaw: true }));
    expect((message!.raw as TwcsRow).responseTweetIds).toEqual(['2']);
  });
});
