/**
 * Benchmark of socialcare/platforms measureText and socialcare/persona formatReply / parseSignature,
 * each against the simplest alternative a caller might write instead:
 *
 * - measureText('x', 'post') vs calling twitter-text parseTweet directly (wrapper overhead);
 * - measureText('bluesky', 'post') vs a naive Intl.Segmenter spread + TextEncoder count;
 * - formatReply (fits in one X post; and a 900-character draft split into a numbered thread) vs a
 *   naive splitter that cuts on spaces at 280 UTF-16 units (wrong for X weights, shown for scale);
 * - parseSignature vs one regular expression for caret/dash initials only.
 *
 *   npx tsx tests/bench/persona.bench.ts              (default, ~15 s)
 *   BENCH_TIME_MS=2000 npx tsx tests/bench/persona.bench.ts
 */
import { createRequire } from 'node:module';
import { createTeam, formatReply, parseSignature } from 'socialcare/persona';
import { measureText } from 'socialcare/platforms';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const twitterText = require('twitter-text') as {
  default?: { parseTweet: (text: string) => { weightedLength: number } };
};
const parseTweet = (
  twitterText.default ?? (twitterText as unknown as { parseTweet: (t: string) => { weightedLength: number } })
).parseTweet;

const TIME = Number(process.env.BENCH_TIME_MS ?? 300);
const team = createTeam([
  { id: 'a1', name: 'Sandra Paredes' },
  { id: 'a2', name: 'Sergio Pérez' },
]);
const short =
  'Sorry about the delay! Could you DM us your order number so we can check? https://acme.example/help 🙏';
const long = `${'Thanks for your patience while we check this with the warehouse team, Ana. '.repeat(12)}https://acme.example/orders/48213 👨‍👩‍👧‍👦`;
const replies = [
  '@115712 Please send us a DM with your order number. ^SP',
  "I'm sorry that happened. Do you have the address of that restaurant? -Becky",
  'We have responded to your DM with more information.',
  'Glad to check. Pls, DM your confirmation number for assistance.  *QB https://t.co/6iDGBJAc2m',
];
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();
const naiveSignature = /(?:^|\s)[\^-]([A-Z]{1,4})$/;

function naiveSplit(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length + 4 > limit && current !== '') {
      parts.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') parts.push(current);
  return parts.map((part, i) => `${part} ${i + 1}/${parts.length}`);
}

let sink = 0;
const bench = new Bench({ time: TIME, warmupTime: 100 });
bench
  .add('measureText x post', () => {
    sink += measureText('x', 'post', short).length;
  })
  .add('twitter-text parseTweet', () => {
    sink += parseTweet(short).weightedLength;
  })
  .add('measureText bluesky post', () => {
    sink += measureText('bluesky', 'post', long).length;
  })
  .add('naive Segmenter + TextEncoder', () => {
    sink += [...segmenter.segment(long)].length + encoder.encode(long).length;
  })
  .add('formatReply x post (fits)', () => {
    sink += formatReply({
      text: short,
      agent: 'a1',
      team,
      platform: 'x',
      surface: 'post',
      customer: { name: 'Ana' },
      greeting: true,
    }).parts.length;
  })
  .add('formatReply x post (thread)', () => {
    sink += formatReply({ text: long, agent: 'a1', team, platform: 'x', surface: 'post' }).parts.length;
  })
  .add('formatReply bluesky post (thread)', () => {
    sink += formatReply({ text: long, agent: 'a1', team, platform: 'bluesky', surface: 'post' }).parts.length;
  })
  .add('naive split at 280 UTF-16 units', () => {
    sink += naiveSplit(`${long} ^SP`, 280).length;
  })
  .add('parseSignature (4 replies)', () => {
    for (const reply of replies) sink += parseSignature(reply) === null ? 0 : 1;
  })
  .add('one regex, caret/dash initials (4 replies)', () => {
    for (const reply of replies) sink += naiveSignature.test(reply) ? 1 : 0;
  });

await bench.run();
const hz = new Map(
  bench.tasks.map((task) => {
    const result = task.result;
    return [task.name, result && 'throughput' in result ? result.throughput.mean : 0] as const;
  }),
);
const pairs: Record<string, string> = {
  'measureText x post': 'twitter-text parseTweet',
  'measureText bluesky post': 'naive Segmenter + TextEncoder',
  'formatReply x post (fits)': 'naive split at 280 UTF-16 units',
  'formatReply x post (thread)': 'naive split at 280 UTF-16 units',
  'formatReply bluesky post (thread)': 'naive split at 280 UTF-16 units',
  'parseSignature (4 replies)': 'one regex, caret/dash initials (4 replies)',
};
console.table(
  bench.tasks.map((task) => {
    const ops = hz.get(task.name) ?? 0;
    const against = pairs[task.name];
    const other = against === undefined ? undefined : hz.get(against);
    return {
      task: task.name,
      'ops/s': Math.round(ops).toLocaleString('en-US'),
      'mean µs': ops > 0 ? (1e6 / ops).toFixed(1) : '-',
      'vs alternative': other ? `${(ops / other).toPrecision(2)}x of ${against}` : '-',
    };
  }),
);
if (sink === 42) console.log('');
