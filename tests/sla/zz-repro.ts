import { createSlaMonitor, SLA_MONITOR_EVENT_TYPES, type SlaMonitorEvent } from 'socialcare/sla';
import { policies, type Step } from './random-streams';
const list: Step[] = JSON.parse(process.argv[2]!);
const policy = policies.versions!;
const final = { kind: 'advance', at: Date.parse('2024-04-30T00:00:00Z') } as const;
function run(m: any, steps: readonly Step[]) { for (const s of steps) s.kind === 'event' ? m.ingest(s.event) : m.advanceTo(s.at); }
function rec(m: any, into: SlaMonitorEvent[]) { for (const t of SLA_MONITOR_EVENT_TYPES) m.on(t, (e: SlaMonitorEvent) => into.push(e)); }
const a: SlaMonitorEvent[] = []; const m1 = createSlaMonitor({ policy, clock: { now: () => 0 } }); rec(m1, a); run(m1, [...list, final]);
const split = 676457414 % (list.length + 1);
const b: SlaMonitorEvent[] = []; const m2 = createSlaMonitor({ policy, clock: { now: () => 0 } }); rec(m2, b); run(m2, list.slice(0, split));
const snap = JSON.parse(JSON.stringify(m2.snapshot()));
const m3 = createSlaMonitor({ policy, clock: { now: () => 0 }, restore: snap }); rec(m3, b); run(m3, [...list.slice(split), final]);
const f = (e: SlaMonitorEvent) => `${new Date(e.at).toISOString()} ${e.type} ${e.conversationId} ${e.metric} ${e.turn} due=${e.dueAt && new Date(e.dueAt).toISOString()}`;
console.log('split', split); console.log('A'); a.forEach(e => console.log(f(e))); console.log('B'); b.forEach(e => console.log(f(e)));
