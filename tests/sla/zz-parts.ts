import { createBusinessCalendar } from 'socialcare/calendar';
import { foldConversation } from 'socialcare/conversation';
import { createSlaPolicy, evaluateSla } from 'socialcare/sla';
import { generateSampleData } from 'socialcare/testing';
import { clockSpans } from '../../src/sla/clock-spans';
import { subjectFromConversation } from '../../src/sla/subject';
import { evaluateSubject } from '../../src/sla/clock-engine';
import { policyVersions } from '../../src/sla/policy-versions';
const weekday = [['08:30', '17:30']] as [string, string][];
const calendar = createBusinessCalendar({ timeZone: 'Europe/Amsterdam', week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['10:00', '14:00']] }, holidays: ['2024-04-01','2024-12-25'] });
const policy = createSlaPolicy({ calendar, targets: { firstResponse: '2h', nextResponse: '4h', periodicUpdate: '1d', resolution: '3d' }, warning: { share: 0.8 },
  rules: [{ name: 'urgent', when: { priority: ['urgent', 'high'] }, targets: { firstResponse: '30m', resolution: '1d' } }, { name: 'private', when: { visibility: 'private' }, targets: { firstResponse: '1h' } }] });
const convs = generateSampleData({ seed: 7, conversations: 20000 }).conversations.map((c) => foldConversation(c.events));
const at = Date.parse('2024-05-01T00:00:00Z');
const versions = policyVersions(policy);
const subjects = convs.map((c) => subjectFromConversation(c, versions));
let n = 0;
function cpu(label: string, fn: () => void, reps = 5) {
  fn();
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) fn();
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / (reps * convs.length);
  console.log(label.padEnd(28), us.toFixed(3), 'µs/conv', Math.round(1e6 / us), '/s');
}
for (let k = 0; k < 2; k++) {
cpu('noop loop', () => { for (const c of convs) n += c.messages.length; });
cpu('subjectFromConversation', () => { for (const c of convs) n += subjectFromConversation(c, versions).messages.length; });
cpu('clockSpans', () => { for (const s of subjects) n += clockSpans(s, at, false, undefined).length; });
cpu('evaluateSubject', () => { for (const s of subjects) n += evaluateSubject(s, versions, at).clocks.length; });
cpu('evaluateSla', () => { for (const c of convs) n += evaluateSla(c, policy, { at }).clocks.length; });
}
console.log(n > 0, 'messages/conv', convs.reduce((a, c) => a + c.messages.length, 0) / convs.length, 'status periods', convs.reduce((a, c) => a + c.statusHistory.length, 0) / convs.length);
