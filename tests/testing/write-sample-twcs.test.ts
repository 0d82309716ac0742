import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadMessages } from 'socialcare/conversation';
import { readTwcs } from 'socialcare/io';
import { writeSampleTwcs } from 'socialcare/testing';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'socialcare-sample-twcs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSampleTwcs', () => {
  it('writes a TWCS file the reader reads back row for row', async () => {
    const path = join(dir, 'sample.csv');
    const result = await writeSampleTwcs(path, { seed: 5, conversations: 300 });
    expect(result.conversations).toBe(300);
    expect(result.bytes).toBe(statSync(path).size);
    const reader = readTwcs(path);
    const messages = [];
    for await (const message of reader) messages.push(message);
    expect(messages).toHaveLength(result.rows);
    expect(reader.report.malformed).toBe(0);
    expect(readFileSync(path, 'utf8').startsWith(',tweet_id,author_id,inbound,created_at,')).toBe(true);
    const brands = new Set(messages.filter((m) => m.direction === 'outbound').map((m) => m.author.id));
    expect(brands.has('AcmeCare')).toBe(true);
    expect([...brands].every((b) => /^[A-Za-z]/.test(b))).toBe(true); // handles, not agent ids
    const conversations = threadMessages(messages);
    expect(conversations.length).toBeGreaterThan(250);
    expect(conversations.length).toBeLessThanOrEqual(300);
  });

  it('stops at a size and is deterministic', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const first = await writeSampleTwcs(a, { seed: 9, bytes: 200_000 });
    const second = await writeSampleTwcs(b, { seed: 9, bytes: 200_000 });
    expect(first.bytes).toBeGreaterThanOrEqual(200_000);
    expect(first.bytes).toBeLessThan(210_000);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(second).toEqual(first);
  });

  it('needs a size or a count', async () => {
    await expect(writeSampleTwcs(join(dir, 'c.csv'), { seed: 1 })).rejects.toThrow(/bytes/);
  });
});
