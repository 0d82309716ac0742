import { threadMessages } from 'socialcare/conversation';
import {
  accumulateKpisFromEvents,
  accumulateKpisFromMessages,
  computeKpis,
  StreamingThreader,
} from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { conversation, message } from './helpers';

const tree = [
  message({ id: '2', from: 'brand', at: 5, replyTo: '1' }), // child before its parent
  message({ id: '1', from: 'customer', at: 0 }),
  message({ id: '5', from: 'customer', at: 1, customer: 'c2' }),
  message({ id: '3', from: 'customer', at: 9, replyTo: '2' }),
  message({ id: '6', from: 'brand', at: 30, replyTo: '5' }),
  message({ id: '4', from: 'brand', at: 12, replyTo: '3' }),
];

describe('StreamingThreader', () => {
  it('builds the same conversations as threadMessages, children before parents included', () => {
    const out: string[] = [];
    const threader = new StreamingThreader((c) =>
      out.push(`${c.id}:${c.messages.map((m) => m.id).join(',')}`),
    );
    for (const m of tree) threader.push(m);
    threader.end();
    const expected = threadMessages(tree).map((c) => `${c.id}:${c.messages.map((m) => m.id).join(',')}`);
    expect(out.sort()).toEqual(expected.sort());
  });

  it('joins two partial trees when a message links them', () => {
    const out: string[][] = [];
    const threader = new StreamingThreader((c) => out.push(c.messages.map((m) => m.id)));
    threader.push(message({ id: '3', from: 'customer', at: 9, replyTo: '2' }));
    threader.push(message({ id: '1', from: 'customer', at: 0 }));
    threader.push(message({ id: '2', from: 'brand', at: 5, replyTo: '1' }));
    threader.end();
    expect(out).toEqual([['1', '2', '3']]);
  });

  it('hands over a tree once the horizon has passed and keeps memory to the open trees', () => {
    const finished: string[] = [];
    const threader = new StreamingThreader((c) => finished.push(c.id), { horizonMessages: 1 });
    for (let i = 0; i < 5000; i++) {
      threader.push(message({ id: `q${i}`, from: 'customer', at: i }));
      threader.push(message({ id: `a${i}`, from: 'brand', at: i + 1, replyTo: `q${i}` }));
    }
    expect(finished.length).toBeGreaterThan(4000);
    expect(threader.peakHeld).toBeLessThan(3000);
    threader.end();
    expect(finished.length).toBe(5000);
  });

  it('with reply lists (TWCS response_tweet_id) a complete tree is handed over at once', () => {
    const out: string[][] = [];
    const threader = new StreamingThreader((c) => out.push(c.messages.map((m) => m.id)));
    threader.push(message({ id: '2', from: 'brand', at: 5, replyTo: '1' }), ['3']);
    threader.push(message({ id: '1', from: 'customer', at: 0 }), ['2']);
    expect(out).toEqual([]); // '3' is still expected
    threader.push(message({ id: '3', from: 'customer', at: 9, replyTo: '2' }), []);
    expect(out).toEqual([['1', '2', '3']]);
    threader.push(message({ id: '9', from: 'customer', at: 0 }), ['outside-the-file']);
    expect(out).toHaveLength(1); // waits for the horizon or the end
    threader.end();
    expect(out).toHaveLength(2);
    expect(threader.held).toBe(0);
  });

  it('the trade-off: a reply beyond the horizon becomes an orphan', async () => {
    const late = [
      message({ id: '1', from: 'customer', at: 0 }),
      ...Array.from({ length: 3000 }, (_, i) =>
        message({ id: `z${i}`, from: 'customer', at: 1, customer: `k${i}` }),
      ),
      message({ id: '2', from: 'brand', at: 5, replyTo: '1' }),
    ];
    const bounded = (await accumulateKpisFromMessages(late, { horizon: 1024 })).report();
    const exact = (await accumulateKpisFromMessages(late, { horizon: Number.POSITIVE_INFINITY })).report();
    expect(bounded.skipped.orphan).toBe(1);
    expect(exact.skipped.orphan).toBe(0);
    expect(exact.overall.responded).toBe(1);
  });
});

describe('accumulate from streams', () => {
  it('messages: same report as threadMessages + computeKpis', async () => {
    const streamed = (await accumulateKpisFromMessages(tree)).report();
    expect(streamed).toEqual(computeKpis(threadMessages(tree)));
  });

  it('events: grouped by conversation and folded', async () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'brand', at: 7, replyTo: '1' },
    ]);
    const shuffled = [...c.events].reverse();
    const report = (await accumulateKpisFromEvents(shuffled)).report();
    expect(report).toEqual(computeKpis([c]));
  });
});
