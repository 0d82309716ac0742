import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Conversation,
  conversationOrigin,
  firstResponse,
  type Message,
  threadMessages,
} from 'socialcare/conversation';
import { readTwcsFile } from 'socialcare/io';
import { beforeAll, describe, expect, it } from 'vitest';

const path = fileURLToPath(new URL('../../../shared/data/twcs_head5000.csv', import.meta.url));
const exists = existsSync(path);
if (!exists) {
  console.log(`Skipping the TWCS threading test: ../shared is absent (${path} not found).`);
}

// ---------------------------------------------------------------------------------------------
// The second, independent count: its own CSV parsing and a union-find over in_response_to_tweet_id.
// It shares nothing with socialcare's reader or threading.

interface PlainRow {
  id: string;
  author: string;
  inbound: boolean;
  at: number;
  parent: string | undefined;
}

/** A deliberately simple RFC 4180 parser that only ends records at '\n'. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

function plainRows(text: string): PlainRow[] {
  const [header, ...records] = parseCsv(text);
  const col = (name: string) => header!.indexOf(name);
  const [id, author, inbound, created, parent] = [
    col('tweet_id'),
    col('author_id'),
    col('inbound'),
    col('created_at'),
    col('in_response_to_tweet_id'),
  ];
  return records.map((r) => {
    const [, mon, day, time, , year] = r[created]!.split(' ');
    const [h, m, s] = time!.split(':').map(Number);
    const p = r[parent]!;
    return {
      id: r[id]!,
      author: r[author]!,
      inbound: r[inbound] === 'True',
      at: Date.UTC(Number(year), MONTHS[mon!]!, Number(day), h!, m!, s!),
      parent: p === '' ? undefined : String(Math.round(Number(p))),
    };
  });
}

interface IndependentCount {
  conversations: number;
  measured: number;
  brand: number;
  orphan: number;
  respondedByAccount: Record<string, number>;
}

function countIndependently(rows: PlainRow[]): IndependentCount {
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const up = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (up[i] !== i) {
      up[i] = up[up[i]!]!;
      i = up[i]!;
    }
    return i;
  };
  rows.forEach((row, i) => {
    const p = row.parent === undefined ? undefined : index.get(row.parent);
    if (p !== undefined) up[find(i)] = find(p);
  });
  const groups = new Map<number, PlainRow[]>();
  rows.forEach((row, i) => {
    const key = find(i);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  });
  const result: IndependentCount = {
    conversations: groups.size,
    measured: 0,
    brand: 0,
    orphan: 0,
    respondedByAccount: {},
  };
  for (const members of groups.values()) {
    const roots = members.filter((r) => r.parent === undefined || !index.has(r.parent));
    expect(roots).toHaveLength(1); // a reply tree has one root
    const root = roots[0]!;
    if (root.parent !== undefined) {
      result.orphan++;
      continue;
    }
    if (!root.inbound) {
      result.brand++;
      continue;
    }
    result.measured++;
    // First response: the earliest brand tweet at or after the first customer tweet; ties on the smaller id.
    const start = Math.min(...members.filter((r) => r.inbound).map((r) => r.at));
    const replies = members
      .filter((r) => !r.inbound && r.at >= start)
      .sort((a, b) => a.at - b.at || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const first = replies[0];
    if (first) result.respondedByAccount[first.author] = (result.respondedByAccount[first.author] ?? 0) + 1;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

describe.skipIf(!exists)('threading ../shared/data/twcs_head5000.csv', () => {
  let messages: Message[];
  let conversations: Conversation[];
  let expected: IndependentCount;

  beforeAll(async () => {
    messages = [];
    const reader = readTwcsFile(path);
    for await (const message of reader) messages.push(message);
    expect(reader.report.malformed).toBe(0);
    conversations = threadMessages(messages);
    expected = countIndependently(plainRows(readFileSync(path, 'utf8')));
  });

  it('reads 5,000 rows: 2,778 customer and 2,222 brand tweets from 76 brand handles', () => {
    expect(messages).toHaveLength(5_000);
    expect(messages.filter((m) => m.direction === 'inbound')).toHaveLength(2_778);
    expect(messages.filter((m) => m.direction === 'outbound')).toHaveLength(2_222);
    expect(new Set(messages.filter((m) => m.direction === 'outbound').map((m) => m.author.id)).size).toBe(76);
  });

  it('finds as many conversations as the union-find, each message in exactly one', () => {
    expect(conversations).toHaveLength(expected.conversations);
    const total = conversations.reduce((n, c) => n + c.messages.length, 0);
    expect(total).toBe(5_000);
  });

  it('splits them into measured, brand-started and orphan conversations like the independent count', () => {
    const origins = { customer: 0, brand: 0, orphan: 0, empty: 0 };
    for (const c of conversations) origins[conversationOrigin(c)]++;
    expect(origins).toEqual({
      customer: expected.measured,
      brand: expected.brand,
      orphan: expected.orphan,
      empty: 0,
    });
    expect(expected.measured + expected.brand + expected.orphan).toBe(expected.conversations);
  });

  it('counts responded measured conversations per account like the independent count', () => {
    const responded: Record<string, number> = {};
    for (const c of conversations) {
      if (conversationOrigin(c) !== 'customer') continue;
      const reply = firstResponse(c);
      if (reply) responded[reply.accountId!] = (responded[reply.accountId!] ?? 0) + 1;
    }
    expect(responded).toEqual(expected.respondedByAccount);
    expect(Object.keys(responded).length).toBeGreaterThan(40);
  });
});
