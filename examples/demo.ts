/**
 * `npm run demo`: the main job on built-in sample data. Generates 2,000 conversations (seed 42),
 * threads their messages and prints a per-account summary, then one section per module:
 * published hours, SLA attainment, the KPI table, formatted replies, channel decisions and
 * webhook fixtures replayed through the handler.
 */
import { foldConversation, threadMessages } from 'socialcare/conversation';
import { adaptersDemo } from './demo/adapters';
import { calendarDemo } from './demo/calendar';
import { channelPolicyDemo } from './demo/channel-policy';
import { conversationDemo } from './demo/conversation';
import { kpiDemo } from './demo/kpi';
import { personaDemo } from './demo/persona';
import { sampleDemo, sampleForDemo } from './demo/sample';
import { slaDemo } from './demo/sla';

function section(title: string, lines: readonly string[]): void {
  console.log(`\n## ${title}\n`);
  for (const line of lines) console.log(line);
}

const sample = sampleForDemo();
section('Sample data', sampleDemo(sample));

const threaded = threadMessages(sample.messages);
section(
  `Conversations per account (${threaded.length} threaded from ${sample.messages.length} messages)`,
  conversationDemo(threaded),
);

const conversations = sample.conversations.map((conversation) => foldConversation(conversation.events));
section('Published hours (socialcare/calendar)', calendarDemo());
section('SLA attainment per account (socialcare/sla)', slaDemo(conversations));
section('KPIs per account (socialcare/kpi)', kpiDemo(conversations));
section('A reply formatted for each platform (socialcare/persona)', personaDemo());
section('Channel decisions (socialcare/channel-policy)', channelPolicyDemo());
section('Webhook fixtures through the handler (socialcare/adapters)', await adaptersDemo());
