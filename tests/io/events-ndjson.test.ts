import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CareIoError } from 'socialcare';
import { type ConversationEvent, foldConversation } from 'socialcare/conversation';
import {
  type MalformedRecord,
  readEventsNdjson,
  stringifyEventsNdjson,
  writeEventsNdjson,
} from 'socialcare/io';
import { generateSampleData } from 'socialcare/testing';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'socialcare-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('NDJSON conversation events', () => {
  const sample = generateSampleData({ seed: 3, conversations: 200 });

  it('round-trips every event type of a sample through a file', async () => {
    const path = join(dir, 'events.ndjson');
    const written = await writeEventsNdjson(path, sample.events);
    expect(written.rows).toBe(sample.events.length);
    expect(written.bytes).toBe(readFileSync(path).byteLength);
    const reader = readEventsNdjson(path);
    const events = await collect(reader);
    expect(events).toEqual(sample.events);
    expect(reader.report).toMatchObject({ rows: sample.events.length, malformed: 0, done: true });
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'message-received',
      'message-sent',
      'conversation-status-changed',
      'conversation-assigned',
      'conversation-tagged',
      'conversation-linked',
      'survey-answered',
    ]) {
      expect(types.has(type as ConversationEvent['type']), type).toBe(true);
    }
  });

  it('folds the same state from the read log as from the original', async () => {
    const conversation = sample.conversations.find((c) => c.events.length > 8)!;
    const events = await collect(readEventsNdjson([stringifyEventsNdjson(conversation.events)]));
    expect(foldConversation(events)).toEqual(foldConversation(conversation.events));
  });

  it('reports bad lines with their numbers, skips blank lines, accepts CRLF and ISO instants', async () => {
    const good = {
      id: 'e1',
      type: 'conversation-status-changed',
      at: '2024-03-10T07:00:00Z',
      conversationId: 'c1',
      status: 'open',
    };
    const text = [
      JSON.stringify(good), // 1
      '', // 2
      '{"id": "e2", "type": "conversation-status-changed"', // 3: not JSON
      JSON.stringify({ ...good, id: 'e3', status: 'sleeping' }), // 4: invalid status
      JSON.stringify({ ...good, id: 'e4', type: 'survey-answered', survey: 'csat', score: 9 }), // 5: CSAT out of range
      `${JSON.stringify({ ...good, id: 'e5', status: 'resolved' })}\r`, // 6
    ].join('\n');
    const problems: MalformedRecord[] = [];
    const reader = readEventsNdjson([text.slice(0, 50), text.slice(50)], {
      onMalformed: (p) => problems.push(p),
    });
    const events = await collect(reader);
    expect(events.map((e) => e.id)).toEqual(['e1', 'e5']);
    expect(events[0]!.at).toBe(Date.UTC(2024, 2, 10, 7));
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(problems[0]!.reason).toContain('not JSON');
    expect(problems[1]!.reason).toContain('status');
    expect(problems[2]!.reason).toContain('score');
    expect(reader.report).toMatchObject({ rows: 2, malformed: 3, lines: 6 });
  });

  it('throws with the line number in strict mode', async () => {
    const error = await collect(readEventsNdjson(['{}\n'], { strict: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareIoError);
    expect((error as CareIoError).line).toBe(1);
  });

  it('skips an overlong line and resumes after it', async () => {
    const line = JSON.stringify({
      id: 'e1',
      type: 'conversation-tagged',
      at: 1,
      conversationId: 'c',
      added: ['a'],
    });
    const reader = readEventsNdjson(['x'.repeat(300), 'y'.repeat(300), `\n${line}\n`], {
      maxLineLength: 100,
    });
    const events = await collect(reader);
    expect(events.map((e) => e.id)).toEqual(['e1']);
    expect(reader.report.problems[0]!.line).toBe(1);
  });
});
