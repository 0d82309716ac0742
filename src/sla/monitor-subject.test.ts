import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../conversation/events';
import { parseConversationEvent } from '../conversation/events';
import { foldConversation } from '../conversation/fold';
import type { PartyKind } from '../conversation/party';
import { PLATFORMS, type Platform } from '../conversation/platform';
import { type ConversationStatus, ConversationStatusSchema } from '../conversation/status';
import { AccountTable } from './account-table';
import {
  codeAccount,
  codeAuthor,
  codeDirection,
  codePlatform,
  codeVisibility,
  messageCode,
} from './fact-codes';
import { MonitorSubject } from './monitor-subject';
import type { SlaSubject } from './subject';
import { subjectFromConversation } from './subject';
import { TrackedConversation } from './tracked-conversation';
import { restoreConversation, snapshotConversation } from './tracked-snapshot';

const START = Date.parse('2024-03-11T08:00:00Z');
const STATUSES = ConversationStatusSchema.options;
const AUTHORS: readonly PartyKind[] = ['customer', 'agent', 'bot', 'brand'];

type Step =
  | {
      kind: 'message';
      id: number;
      delta: number;
      inbound: boolean;
      author: PartyKind;
      private: boolean;
      platform: Platform;
      account: string | undefined;
    }
  | { kind: 'status'; id: number; delta: number; status: ConversationStatus }
  | { kind: 'repeat'; index: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('message' as const),
    id: fc.nat(30),
    // Small deltas and repeats of the same instant: ties are ordered by id.
    delta: fc.integer({ min: -3, max: 5 }),
    inbound: fc.boolean(),
    author: fc.constantFrom(...AUTHORS),
    private: fc.boolean(),
    platform: fc.constantFrom(...PLATFORMS),
    account: fc.constantFrom(undefined, 'AcmeCare', 'AcmeHelp', 'acme.page'),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    id: fc.nat(30),
    delta: fc.integer({ min: -3, max: 5 }),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({ kind: fc.constant('repeat' as const), index: fc.nat(40) }),
);

/**
 * Valid events from steps: customers write inbound, everyone else outbound; repeats are duplicates.
 * A message id seen before is the same message delivered again under a new event id (the monitor,
 * like the fold, keeps one message per id).
 */
function eventsOf(steps: readonly Step[]): ConversationEvent[] {
  const events: ConversationEvent[] = [];
  const messages = new Map<number, Extract<Step, { kind: 'message' }>>();
  let n = 0;
  for (const step of steps) {
    const entry = step.kind === 'message' ? (messages.get(step.id) ?? step) : step;
    if (entry.kind === 'message') messages.set(entry.id, entry);
    if (entry.kind === 'repeat') {
      const again = events[entry.index % Math.max(1, events.length)];
      if (again) events.push(again);
      continue;
    }
    const at = START + entry.delta * 60_000;
    n++;
    if (entry.kind === 'status') {
      events.push(
        parseConversationEvent({
          id: `e${entry.id}-${n}`,
          type: 'conversation-status-changed',
          at,
          conversationId: 'c1',
          status: entry.status,
        }),
      );
      continue;
    }
    const author = entry.inbound ? 'customer' : entry.author === 'customer' ? 'agent' : entry.author;
    events.push(
      parseConversationEvent({
        id: `e${n}`,
        type: entry.inbound ? 'message-received' : 'message-sent',
        at,
        conversationId: 'c1',
        message: {
          id: `m${entry.id}`,
          platform: entry.platform,
          direction: entry.inbound ? 'inbound' : 'outbound',
          visibility: entry.private ? 'private' : 'public',
          author: { id: author === 'customer' ? 'u1' : 'a1', kind: author },
          text: 'hi',
          createdAt: at,
          ...(entry.account === undefined ? {} : { accountId: entry.account }),
        },
      }),
    );
  }
  return events;
}

/** What the engine reads of a subject, as plain data. */
function facts(subject: SlaSubject) {
  return {
    messages: subject.messages.map((message) => ({
      createdAt: message.createdAt,
      direction: message.direction,
      visibility: message.visibility,
      platform: message.platform,
      author: message.author.kind,
      accountId: message.accountId,
    })),
    statusHistory: subject.statusHistory.map((period) => ({
      status: period.status,
      from: period.from,
      to: period.to ?? Number.POSITIVE_INFINITY,
    })),
  };
}

function track(events: readonly ConversationEvent[], accounts: AccountTable): TrackedConversation {
  const tracked = new TrackedConversation('c1', 0);
  for (const event of events) tracked.apply(event, accounts);
  return tracked;
}

function view(tracked: TrackedConversation, accounts: AccountTable) {
  const subject = MonitorSubject.acquire(tracked, accounts);
  try {
    return facts(subject);
  } finally {
    subject.release();
  }
}

describe('fact codes', () => {
  it('keep every combination of direction, visibility, author, platform and account', () => {
    for (const direction of ['inbound', 'outbound'] as const)
      for (const visibility of ['public', 'private'] as const)
        for (const author of AUTHORS)
          for (const platform of PLATFORMS)
            for (const account of [0, 1, 77, 2 ** 22 - 1]) {
              const code = messageCode(direction, visibility, author, platform, account);
              expect([
                codeDirection(code),
                codeVisibility(code),
                codeAuthor(code),
                codePlatform(code),
                codeAccount(code),
              ]).toEqual([direction, visibility, author, platform, account]);
            }
  });
});

describe('MonitorSubject', () => {
  it('reads the same messages and status periods as the fold, whatever the arrival order', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat(), (steps, seed) => {
        const events = eventsOf(steps);
        if (events.length === 0) return;
        const expected = facts(subjectFromConversation(foldConversation(events)));
        // Shuffled arrival (late events are placed where they belong).
        const shuffled = [...events];
        let state = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          const j = state % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const accounts = new AccountTable();
        const tracked = track(shuffled, accounts);
        expect(view(tracked, accounts)).toEqual(expected);
        // A snapshot taken and restored into another monitor's table reads the same.
        const otherAccounts = new AccountTable();
        otherAccounts.indexOf('unrelated');
        const restored = restoreConversation(snapshotConversation(tracked, accounts), 0, otherAccounts);
        expect(view(restored, otherAccounts)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('hands out a fresh subject while the shared one is in use', () => {
    const accounts = new AccountTable();
    const a = track(eventsOf([{ kind: 'status', id: 1, delta: 0, status: 'open' }]), accounts);
    const outer = MonitorSubject.acquire(a, accounts);
    const inner = MonitorSubject.acquire(a, accounts);
    expect(inner).not.toBe(outer);
    inner.release();
    outer.release();
    expect(MonitorSubject.acquire(a, accounts)).toBe(outer);
  });
});
