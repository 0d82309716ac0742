/**
 * Benchmarks of socialcare/channel-policy. Run: npx tsx tests/bench/channel-policy.bench.ts
 * Env: BENCH_TIME (ms per task, default 500), BENCH_ADVERSARIAL (length of the adversarial string,
 * default 2000; the naive e-mail regex is quadratic on a long run without `@`, so keep it small).
 *
 * Alternatives:
 * - `libphonenumber findPhoneNumbersInText` on the whole text: what calling the phone library alone costs;
 * - a naive set of unbounded regular expressions (the kind found in many snippets), on ordinary and
 *   on adversarial input.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { createChannelPolicy, decideChannel, detectSensitiveData } from 'socialcare/channel-policy';
import { foldConversation, parseConversationEvent } from 'socialcare/conversation';
import { Bench } from 'tinybench';

const TIME = Number(process.env.BENCH_TIME ?? 500);
const ADVERSARIAL = Number(process.env.BENCH_ADVERSARIAL ?? 2000);

const tweet =
  '@AcmeCare you charged my card 4111 1111 1111 1111 twice on 10/31!! order #112-3456789-1234567, call me +1 415 555 0132';
const clean =
  '@AcmeCare the app keeps crashing since the 11.0.3 update, flight UA 1234 at 10:45 tomorrow, $49.99 wasted';
const adversarial = `${'1 '.repeat(ADVERSARIAL / 2)}x`;
const noAt = `${'x'.repeat(ADVERSARIAL)} `;

const naive = [
  /\S+@\S+\.\S+/g,
  /(?:\d[ -]*?){13,19}/g,
  /\+?\(?\d+\)?[\s.-]*\d+[\s.-]*\d+[\s.-]*\d*/g,
  /password\s*(?:is|:)\s*\S+/gi,
];
const runNaive = (text: string): number => {
  let count = 0;
  for (const pattern of naive) count += [...text.matchAll(pattern)].length;
  return count;
};

const events = [
  { from: 'customer', visibility: 'public', text: '@AcmeCare is the app down?' },
  { from: 'agent', visibility: 'public', text: 'Sorry! Which version are you on?' },
  { from: 'customer', visibility: 'public', text: '11.0.3, and my card 4111 1111 1111 1111 got charged' },
  { from: 'agent', visibility: 'public', text: 'Thanks, checking now' },
  { from: 'customer', visibility: 'public', text: 'still nothing' },
].map((m, index) =>
  parseConversationEvent({
    id: `e${index}`,
    type: m.from === 'customer' ? 'message-received' : 'message-sent',
    at: Date.UTC(2026, 2, 1, 10, index),
    conversationId: 'c1',
    message: {
      id: `m${index}`,
      platform: 'x',
      direction: m.from === 'customer' ? 'inbound' : 'outbound',
      visibility: m.visibility,
      author: m.from === 'customer' ? { id: 'u1', kind: 'customer' } : { id: 'a1', kind: 'agent' },
      text: m.text,
      createdAt: Date.UTC(2026, 2, 1, 10, index),
    },
  }),
);
const conversation = foldConversation(events);
const policy = createChannelPolicy();
const at = Date.UTC(2026, 2, 1, 11);

let sink = 0;
const bench = new Bench({ time: TIME, warmupTime: 100 });
bench
  .add('detectSensitiveData (tweet with card, ref, phone)', () => {
    sink += detectSensitiveData(tweet).length;
  })
  .add('libphonenumber findPhoneNumbersInText (tweet)', () => {
    sink += findPhoneNumbersInText(tweet, { defaultCountry: 'US' }).length;
  })
  .add('detectSensitiveData (clean tweet)', () => {
    sink += detectSensitiveData(clean).length;
  })
  .add('naive unbounded regexes (clean tweet)', () => {
    sink += runNaive(clean);
  })
  .add(`detectSensitiveData (adversarial ${ADVERSARIAL} chars)`, () => {
    sink += detectSensitiveData(adversarial).length;
  })
  .add(`naive unbounded regexes (adversarial ${ADVERSARIAL} chars)`, () => {
    sink += runNaive(adversarial);
  })
  .add(`detectSensitiveData (${ADVERSARIAL} letters, no @)`, () => {
    sink += detectSensitiveData(noAt).length;
  })
  .add(`naive unbounded regexes (${ADVERSARIAL} letters, no @)`, () => {
    sink += runNaive(noAt);
  })
  .add('decideChannel (5 public messages, default rules)', () => {
    sink += decideChannel(conversation, policy, { at }).reasons.length;
  })
  .add('foldConversation (same 5 events)', () => {
    sink += foldConversation(events).messages.length;
  });

await bench.run();
const opsOf = (name: string): number => {
  const result = bench.tasks.find((task) => task.name === name)?.result;
  return result && 'throughput' in result ? result.throughput.mean : 0;
};
const pairs: Record<string, string> = {
  'detectSensitiveData (tweet with card, ref, phone)': 'libphonenumber findPhoneNumbersInText (tweet)',
  'detectSensitiveData (clean tweet)': 'naive unbounded regexes (clean tweet)',
  [`detectSensitiveData (adversarial ${ADVERSARIAL} chars)`]: `naive unbounded regexes (adversarial ${ADVERSARIAL} chars)`,
  [`detectSensitiveData (${ADVERSARIAL} letters, no @)`]: `naive unbounded regexes (${ADVERSARIAL} letters, no @)`,
  'decideChannel (5 public messages, default rules)': 'foldConversation (same 5 events)',
};
console.table(
  bench.tasks.map((task) => {
    const ops = opsOf(task.name);
    const against = pairs[task.name];
    const other = against === undefined ? 0 : opsOf(against);
    return {
      task: task.name,
      'ops/s': Math.round(ops).toLocaleString('en-US'),
      'mean µs': ops > 0 ? (1e6 / ops).toFixed(1) : '-',
      'vs alternative': other > 0 ? `${(ops / other).toFixed(2)}x of ${against}` : '-',
    };
  }),
);
if (sink === 42) console.log('');
