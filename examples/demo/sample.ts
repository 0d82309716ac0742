import { generateSampleData, type SampleData } from 'socialcare/testing';

let cached: SampleData | undefined;

/**
 * The sample data `npm run demo` runs on: 2,000 generated conversations from seed 42, the same on
 * every machine. Generated once, then reused by every section of the demo.
 */
export function sampleForDemo(): SampleData {
  cached ??= generateSampleData({ seed: 42, conversations: 2_000 });
  return cached;
}

/** Lines describing the sample: the first lines `npm run demo` prints. */
export function sampleDemo(sample: SampleData = sampleForDemo()): string[] {
  const platforms = new Set(sample.accounts.map((a) => a.platform));
  const privateCases = sample.conversations.filter((c) => c.messages[0]?.visibility === 'private').length;
  const moved = sample.conversations.filter((c) => c.movedToPrivate).length;
  const unanswered = sample.conversations.filter((c) => !c.answered).length;
  return [
    `Sample data (seed 42): ${sample.conversations.length.toLocaleString('en')} conversations, ` +
      `${sample.messages.length.toLocaleString('en')} messages, ${sample.events.length.toLocaleString('en')} events`,
    `${sample.accounts.length} brand accounts on ${[...platforms].join(', ')}; ${sample.agents.length} named agents`,
    `${privateCases} started in private messages, ${moved} moved from public to private, ${unanswered} unanswered`,
  ];
}
