import { type Conversation, foldConversation } from 'socialcare/conversation';
import { computeKpis, formatKpiTable } from 'socialcare/kpi';
import { generateSampleData } from 'socialcare/testing';

/**
 * The KPI table per account for `npm run demo`: response rate, first-response median / p90 / mean,
 * responded-within shares and median reply time. Without conversations it uses 2,000 generated ones.
 */
export function kpiDemo(conversations?: readonly Conversation[]): string[] {
  const data =
    conversations ??
    generateSampleData({ seed: 42, conversations: 2_000 }).conversations.map((c) =>
      foldConversation(c.events),
    );
  const report = computeKpis(data, { extraQuantiles: [0.75] });
  return formatKpiTable(report).split('\n');
}
