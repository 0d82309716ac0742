import { createBusinessCalendar } from 'socialcare/calendar';
import { foldConversation } from 'socialcare/conversation';
import { createSlaPolicy, evaluateSla } from 'socialcare/sla';
import { generateSampleData } from 'socialcare/testing';
const weekday = [['08:30', '17:30']] as [string, string][];
const calendar = createBusinessCalendar({ timeZone: 'Europe/Amsterdam', week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['10:00', '14:00']] }, holidays: ['2024-04-01','2024-12-25'] });
const policy = createSlaPolicy({ calendar, targets: { firstResponse: '2h', nextResponse: '4h', periodicUpdate: '1d', resolution: '3d' }, warning: { share: 0.8 },
  rules: [{ name: 'urgent', when: { priority: ['urgent', 'high'] }, targets: { firstResponse: '30m', resolution: '1d' } }, { name: 'private', when: { visibility: 'private' }, targets: { firstResponse: '1h' } }] });
const sample = generateSampleData({ seed: 7, conversations: 10000 });
const convs = sample.conversations.map((c) => foldConversation(c.events));
const at = Date.parse('2024-05-01T00:00:00Z');
let n = 0;
for (let r = 0; r < 5; r++) { const t = performance.now(); for (const c of convs) n += evaluateSla(c, policy, { at }).clocks.length; console.log(Math.round(convs.length / ((performance.now() - t) / 1000))); }
const t = performance.now(); for (let r = 0; r < 10; r++) for (const c of convs) n += evaluateSla(c, policy, { at }).clocks.length; console.log('steady', Math.round(10*convs.length / ((performance.now() - t) / 1000)), n);
{
  const c0 = process.cpuUsage(); const w0 = performance.now();
  for (let r = 0; r < 5; r++) for (const c of convs) n += evaluateSla(c, policy, { at }).clocks.length;
  const cpu = process.cpuUsage(c0); const wall = performance.now() - w0;
  console.log('per cpu-second', Math.round(5 * convs.length / ((cpu.user + cpu.system) / 1e6)), 'per wall-second', Math.round(5 * convs.length / (wall / 1000)));
}
