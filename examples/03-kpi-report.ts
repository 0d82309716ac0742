/**
 * KPI report: the seed question of social care ("how fast and how often do we answer?") on
 * real TWCS data when ../shared is there, else on generated data; then the same figures from
 * shards merged as JSON (the distributed recipe), sketch versus exact quantiles, and Meta's
 * "very responsive" badge check.
 *
 * Run: npx tsx examples/03-kpi-report.ts
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Conversation, foldConversation } from 'socialcare/conversation';
import { readTwcsFile } from 'socialcare/io';
import {
  accumulateKpisFromMessages,
  computeKpis,
  createKpiAccumulator,
  facebookResponsiveness,
  formatDuration,
  formatKpiTable,
  KpiAccumulator,
} from 'socialcare/kpi';
import { generateSampleData } from 'socialcare/testing';

// 1. Real data: the first 5,000 rows of "Customer Support on Twitter" (Thought Vector, CC BY-NC-SA 4.0).
const twcs = fileURLToPath(new URL('../../shared/data/twcs_head5000.csv', import.meta.url));
if (existsSync(twcs)) {
  const report = (await accumulateKpisFromMessages(readTwcsFile(twcs))).report();
  console.log('TWCS excerpt, calendar clock, exact quantiles (top 8 accounts):');
  console.log(formatKpiTable(report, { limit: 8 }));
  const apple = report.byAccount.AppleSupport;
  if (apple) {
    console.log(
      `\nAppleSupport answered ${apple.responded} of ${apple.conversations} conversations; median first response ${formatDuration(apple.firstResponseMs.median)}, ${(100 * (apple.respondedWithin['3600000'] ?? 0)).toFixed(0)}% within an hour.\n`,
    );
  }
} else {
  console.log('(../shared/data/twcs_head5000.csv is absent: skipping the real-data part)\n');
}

// 2. Generated data with statuses, surveys and private messages.
const sample = generateSampleData({ seed: 3, conversations: 3_000 });
const conversations: Conversation[] = sample.conversations.map((c) => foldConversation(c.events));
const report = computeKpis(conversations, { breakdowns: ['account', 'platform'] });
const o = report.overall;
console.log(
  `Generated: ${o.conversations} measured conversations (${report.skipped.brandInitiated} brand-initiated not measured)`,
);
console.log(
  `  response rate ${(100 * (o.responseRate ?? 0)).toFixed(1)}%, first response median ${formatDuration(o.firstResponseMs.median)} / p90 ${formatDuration(o.firstResponseMs.p90)}`,
);
console.log(
  `  reply time (every turn) median ${formatDuration(o.replyMs.median)} over ${o.turnsAnswered} answered turns`,
);
console.log(
  `  resolution rate ${(100 * (o.resolutionRate ?? 0)).toFixed(1)}%, reopen rate ${(100 * (o.reopenRate ?? 0)).toFixed(1)}%, public→private ${(100 * (o.publicToPrivateRate ?? 0)).toFixed(1)}%`,
);
console.log(
  `  CSAT ${(100 * (o.csat.satisfiedShare ?? 0)).toFixed(0)}% satisfied (mean ${o.csat.mean?.toFixed(2)}), NPS ${o.nps.score?.toFixed(0)}`,
);

// 3. The distributed recipe: partials as JSON from 4 shards, merged by a driver in any order.
const partials = [0, 1, 2, 3].map((shard) =>
  JSON.stringify(
    createKpiAccumulator({ quantiles: 'sketch' })
      .addAll(conversations.filter((_, i) => i % 4 === shard))
      .toJSON(),
  ),
);
const merged = partials.map((p) => KpiAccumulator.fromJSON(JSON.parse(p))).reduce((a, b) => a.merge(b));
const sketchMedian = merged.report().overall.firstResponseMs.median ?? 0;
const exactMedian = o.firstResponseMs.median ?? 0;
console.log(
  `\nMerged sketch partials: median first response ${formatDuration(sketchMedian)} vs exact ${formatDuration(exactMedian)} (relative error ${((100 * Math.abs(sketchMedian - exactMedian)) / exactMedian).toFixed(2)}%, bound 1%)`,
);

// 4. Meta's "Very responsive to messages" rule for one Facebook page over the last 7 days.
// the window: the 7 days up to one day after the last conversation started
const last = Math.max(...conversations.map((c) => c.createdAt)) + 24 * 3_600_000;
const page = sample.accounts.find((a) => a.platform === 'facebook')?.id;
const badge = facebookResponsiveness(conversations, { at: last, ...(page ? { pageId: page } : {}) });
console.log(
  `Facebook page ${page}: ${badge.veryResponsive ? 'very responsive' : 'not very responsive'} — response rate ${badge.responseRate === null ? '-' : `${(100 * badge.responseRate).toFixed(0)}%`} over ${badge.conversations} new conversations (needs 90%: ${badge.responsesNeeded} more replies), response time ${formatDuration(badge.responseTimeMs)} (needs ≤ 15m: ${formatDuration(badge.responseTimeExcessMs)} over)`,
);
