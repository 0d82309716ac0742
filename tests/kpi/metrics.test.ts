import { createBusinessCalendar } from 'socialcare/calendar';
import {
  computeBacklog,
  computeKpis,
  createKpiAccumulator,
  exactQuantile,
  formatKpiTable,
  type KpiReport,
  slaOutcomes,
} from 'socialcare/kpi';
import { createSlaPolicy } from 'socialcare/sla';
import { describe, expect, it } from 'vitest';
import { answered, conversation, MIN, T0 } from './helpers';

describe('measured and skipped conversations', () => {
  it('measures customer-started conversations and counts brand-initiated and orphan ones apart', () => {
    const report = computeKpis([
      answered('1', 5),
      conversation([
        { id: '10', from: 'brand', at: 0 },
        { id: '11', from: 'customer', at: 2, replyTo: '10' },
      ]),
      conversation([
        { id: '20', from: 'customer', at: 0, replyTo: 'outside' },
        { id: '21', from: 'brand', at: 3, replyTo: '20' },
      ]),
    ]);
    expect(report.overall.conversations).toBe(1);
    expect(report.skipped).toEqual({ brandInitiated: 1, orphan: 1 });
  });

  it('finds the tree root even when a reply carries an earlier timestamp', () => {
    const c = conversation(
      [
        { id: '1', from: 'customer', at: 10 },
        { id: '2', from: 'brand', at: 5, replyTo: '1' },
        { id: '3', from: 'brand', at: 20, replyTo: '1' },
      ],
      [],
      'x:1',
    );
    const report = computeKpis([c]);
    expect(report.overall.conversations).toBe(1);
    // the brand tweet stamped before the root does not count as the first response
    expect(report.overall.firstResponseMs.median).toBe(10 * MIN);
  });
});

describe('first response', () => {
  it('is the earliest brand message anywhere in the tree, not only a direct reply', () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'customer', at: 1, replyTo: '1' },
      { id: '3', from: 'brand', at: 7, replyTo: '2' },
      { id: '4', from: 'brand', at: 9, replyTo: '1' },
    ]);
    const report = computeKpis([c]);
    expect(report.overall.firstResponseMs).toMatchObject({ count: 1, median: 7 * MIN, mean: 7 * MIN });
  });

  it('breaks ties on the smaller message id and takes that message’s account', () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0, mentions: ['Alpha', 'Beta'] },
      { id: '30', from: 'brand', at: 4, replyTo: '1', account: 'Beta' },
      { id: '4', from: 'brand', at: 4, replyTo: '1', account: 'Alpha' },
    ]);
    const report = computeKpis([c]);
    expect(Object.keys(report.byAccount)).toEqual(['Alpha']);
  });

  it('ignores bot replies unless countBotReplies is set', () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'bot', at: 0, replyTo: '1' },
      { id: '3', from: 'agent', at: 30, replyTo: '1', agent: 'sandra' },
    ]);
    expect(computeKpis([c]).overall.firstResponseMs.median).toBe(30 * MIN);
    expect(computeKpis([c], { countBotReplies: true }).overall.firstResponseMs.median).toBe(0);
    expect(computeKpis([c], { countBotReplies: true }).definition.countBotReplies).toBe(true);
  });
});

describe('response rate and responded within', () => {
  const conversations = [
    answered('1', 15),
    answered('2', 16),
    answered('3', 60),
    answered('4', undefined),
    answered('5', 24 * 60 + 1),
  ];

  it('response rate = responded / measured', () => {
    const report = computeKpis(conversations);
    expect(report.overall.responded).toBe(4);
    expect(report.overall.responseRate).toBe(4 / 5);
  });

  it('responded within is inclusive and counts unanswered conversations as missed', () => {
    const report = computeKpis(conversations);
    expect(report.overall.respondedWithin).toEqual({ '900000': 1 / 5, '3600000': 3 / 5, '86400000': 3 / 5 });
  });

  it('thresholds are configurable and the definition states them', () => {
    const report = computeKpis(conversations, { withinThresholdsMs: [16 * MIN] });
    expect(report.overall.respondedWithin).toEqual({ [String(16 * MIN)]: 2 / 5 });
    expect(report.definition.withinThresholdsMs).toEqual([16 * MIN]);
  });

  it('null rates when nothing was measured', () => {
    const report = computeKpis([]);
    expect(report.overall.responseRate).toBeNull();
    expect(report.overall.firstResponseMs).toEqual({ count: 0, mean: null, median: null, p90: null });
  });
});

describe('statistics', () => {
  it('median, p90 and requested quantiles interpolate linearly (numpy default)', () => {
    const report = computeKpis(
      [1, 2, 3, 4, 10].map((m, i) => answered(String(i + 1), m)),
      { extraQuantiles: [0.25, 0.999] },
    );
    const stats = report.overall.firstResponseMs;
    expect(stats.median).toBe(3 * MIN);
    expect(stats.p90).toBeCloseTo(7.6 * MIN, 6); // rank 3.6 between 4 and 10
    expect(stats.p25).toBe(2 * MIN);
    expect(stats['p99.9']).toBeCloseTo(9.976 * MIN, 6);
    expect(stats.mean).toBe(4 * MIN);
  });

  it('exactQuantile matches numpy.percentile on known values', () => {
    // numpy.percentile([15, 20, 35, 40, 50], [40, 90]) == [29., 46.]
    expect(exactQuantile([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 12);
    expect(exactQuantile([15, 20, 35, 40, 50], 0.9)).toBeCloseTo(46, 12);
    expect(exactQuantile([7], 0.9)).toBe(7);
    expect(exactQuantile([], 0.5)).toBeUndefined();
  });
});

describe('reply time per customer turn', () => {
  it('times each run of customer messages to the next brand message', () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'customer', at: 3, replyTo: '1' },
      { id: '3', from: 'brand', at: 10, replyTo: '2' },
      { id: '4', from: 'customer', at: 20, replyTo: '3' },
      { id: '5', from: 'brand', at: 50, replyTo: '4' },
      { id: '6', from: 'brand', at: 55, replyTo: '4' },
      { id: '7', from: 'customer', at: 60, replyTo: '6' },
    ]);
    const report = computeKpis([c]);
    expect(report.overall.turns).toBe(3);
    expect(report.overall.turnsAnswered).toBe(2);
    expect(report.overall.replyMs).toMatchObject({ count: 2, mean: 20 * MIN, median: 20 * MIN });
    expect(report.overall.firstResponseMs.median).toBe(10 * MIN);
  });
});

describe('brand of a conversation', () => {
  it('an unanswered conversation goes to the known brand it mentioned, matched without case', () => {
    const report = computeKpis([
      answered('1', 5, 'AcmeCare'),
      conversation([{ id: '2', from: 'customer', at: 0, mentions: ['115712', 'acmecare'] }]),
      conversation([{ id: '3', from: 'customer', at: 0, mentions: ['SomeCelebrity'] }]),
    ]);
    expect(report.byAccount.AcmeCare).toMatchObject({ conversations: 2, responded: 1, responseRate: 0.5 });
    expect(report.byAccount.SomeCelebrity).toBeUndefined();
    expect(report.unattributed).toBe(1);
  });

  it('brandAccounts makes an account known without any reply of it', () => {
    const report = computeKpis(
      [conversation([{ id: '3', from: 'customer', at: 0, mentions: ['QuietCare'] }])],
      {
        brandAccounts: ['QuietCare'],
      },
    );
    expect(report.byAccount.QuietCare?.conversations).toBe(1);
  });
});

describe('volume', () => {
  it('counts by platform, visibility and hour of week', () => {
    const report = computeKpis(
      [
        answered('1', 5),
        conversation([
          { id: 'd1', from: 'customer', at: 60 * 24, visibility: 'private', platform: 'facebook' },
          { id: 'd2', from: 'brand', at: 60 * 24 + 2, visibility: 'private', platform: 'facebook' },
        ]),
      ],
      { breakdowns: ['account', 'platform', 'hour-of-week'] },
    );
    const volume = report.overall.volume;
    expect(volume).toMatchObject({
      messages: 4,
      inbound: 2,
      outbound: 2,
      publicMessages: 2,
      privateMessages: 2,
    });
    expect(volume.byPlatform).toEqual({ x: 1, facebook: 1 });
    expect(volume.byHourOfWeek[9]).toBe(1); // Monday 09:00 UTC
    expect(volume.byHourOfWeek[24 + 9]).toBe(1); // Tuesday 09:00
    expect(Object.keys(report.byPlatform ?? {}).sort()).toEqual(['facebook', 'x']);
    expect(Object.keys(report.byHourOfWeek ?? {}).sort()).toEqual(['Mon 09:00', 'Tue 09:00']);
  });

  it('hour of week follows the time zone option', () => {
    const report = computeKpis([answered('1', 5)], { timeZone: 'America/New_York' });
    expect(report.overall.volume.byHourOfWeek[5]).toBe(1); // 09:00 UTC = 05:00 EDT on Monday
  });
});

describe('resolution, reopen, switch, surveys', () => {
  const resolved = conversation(
    [
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'brand', at: 5, replyTo: '1' },
    ],
    [
      { type: 'status', at: 30, status: 'resolved' },
      { type: 'csat', at: 40, score: 5 },
      { type: 'nps', at: 41, score: 9 },
    ],
  );
  const reopened = conversation(
    [
      { id: '10', from: 'customer', at: 0 },
      { id: '11', from: 'brand', at: 5, replyTo: '10' },
      { id: '12', from: 'customer', at: 100, replyTo: '11' },
    ],
    [
      { type: 'status', at: 20, status: 'resolved' },
      { type: 'status', at: 100, status: 'open' },
      { type: 'csat', at: 120, score: 2 },
      { type: 'nps', at: 121, score: 3 },
      { type: 'link', at: 6 },
    ],
  );
  const openOne = conversation([{ id: '20', from: 'customer', at: 0 }], [{ type: 'nps', at: 10, score: 7 }]);
  const report = computeKpis([resolved, reopened, openOne]);

  it('resolution rate and time come from status events', () => {
    expect(report.overall.resolved).toBe(1);
    expect(report.overall.resolutionRate).toBe(1 / 3);
    expect(report.overall.resolutionMs.median).toBe(30 * MIN);
  });

  it('reopen rate is reopened / ever resolved', () => {
    expect(report.overall.reopened).toBe(1);
    expect(report.overall.reopenRate).toBe(1 / 2);
  });

  it('public-to-private switch rate counts links over public conversations', () => {
    expect(report.overall.switchedToPrivate).toBe(1);
    expect(report.overall.publicToPrivateRate).toBe(1 / 3);
  });

  it('CSAT share of 4-5 and mean; NPS = % promoters − % detractors', () => {
    expect(report.overall.csat).toEqual({ count: 2, satisfied: 1, satisfiedShare: 0.5, mean: 3.5 });
    expect(report.overall.nps).toMatchObject({
      count: 3,
      promoters: 1,
      passives: 1,
      detractors: 1,
      score: 0,
    });
  });
});

describe('per-agent figures', () => {
  it('attributes conversations to the first responder and reply times to the replying agent', () => {
    const c1 = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'agent', agent: 'sandra', at: 10, replyTo: '1' },
      { id: '3', from: 'customer', at: 20, replyTo: '2' },
      { id: '4', from: 'agent', agent: 'luis', at: 25, replyTo: '3' },
    ]);
    const c2 = conversation(
      [
        { id: '10', from: 'customer', at: 0 },
        { id: '11', from: 'brand', at: 4, replyTo: '10' },
      ],
      [{ type: 'assign', at: 1, agent: 'luis' }],
    );
    const report = computeKpis([c1, c2], { breakdowns: ['agent'] });
    expect(report.byAgent?.sandra).toMatchObject({ conversations: 1, turnsAnswered: 1 });
    expect(report.byAgent?.sandra?.firstResponseMs.median).toBe(10 * MIN);
    expect(report.byAgent?.luis).toMatchObject({ conversations: 1, turnsAnswered: 2 });
    expect(report.byAgent?.luis?.replyMs.count).toBe(2);
  });

  it('agentOf plugs in another attribution (e.g. signatures)', () => {
    const c = conversation([
      { id: '1', from: 'customer', at: 0 },
      { id: '2', from: 'brand', at: 10, replyTo: '1' },
    ]);
    const report = computeKpis([c], { breakdowns: ['agent'], agentOf: () => 'KC' });
    expect(Object.keys(report.byAgent ?? {})).toEqual(['KC']);
  });
});

describe('backlog', () => {
  it('counts conversations open at the instant, their age and those awaiting a response', () => {
    const conversations = [
      answered('1', 5), // answered, not resolved: open but not awaiting
      answered('2', undefined, 'AcmeCare', 30), // awaiting since minute 30
      conversation([{ id: '3', from: 'customer', at: 0 }], [{ type: 'status', at: 10, status: 'closed' }]),
      answered('4', undefined, 'AcmeCare', 200), // after the instant
    ];
    const backlog = computeBacklog(conversations, T0 + 60 * MIN);
    expect(backlog.open).toBe(2);
    expect(backlog.awaitingResponse).toBe(1);
    expect(backlog.ageMs).toMatchObject({ count: 2, median: 45 * MIN });
  });
});

describe('clock', () => {
  it('business clock measures open time of the calendar and says so', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      week: { mon: [['09:00', '10:00']], tue: [['09:00', '17:00']] },
    });
    // asked Monday 09:30, answered Tuesday 09:15: 30 min + 15 min of business time
    const c = answered('1', 24 * 60 - 15, 'AcmeCare', 30);
    const report = computeKpis([c], { clock: 'business', calendar });
    expect(report.overall.firstResponseMs.median).toBe(45 * MIN);
    expect(report.definition.clock).toBe('business');
    expect(computeKpis([c]).overall.firstResponseMs.median).toBe((24 * 60 - 15) * MIN);
  });

  it('business clock without a calendar is a validation error naming the field', () => {
    expect(() => createKpiAccumulator({ clock: 'business' })).toThrow(/calendar/);
  });
});

describe('SLA attainment through socialcare/sla', () => {
  it('reports met / missed per metric', () => {
    const policy = createSlaPolicy({ name: 'care', targets: { firstResponse: '15m' } });
    const report: KpiReport = computeKpis([answered('1', 10), answered('2', 20), answered('3', 5)], {
      sla: slaOutcomes(policy),
    });
    expect(report.overall.sla.firstResponse).toEqual({ met: 2, missed: 1, attainment: 2 / 3 });
    expect(report.definition.sla).toBe(true);
  });
});

describe('table', () => {
  it('prints overall and one row per account', () => {
    const table = formatKpiTable(computeKpis([answered('1', 5), answered('2', 10, 'Other')]));
    expect(table).toMatch(/^account/);
    expect(table).toMatch(/overall\s+2\s+100\.0%/);
    expect(table).toContain('AcmeCare');
    expect(table).toContain('Other');
  });
});
