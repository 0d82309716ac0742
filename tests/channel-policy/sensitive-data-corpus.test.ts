import { readFileSync } from 'node:fs';
import { detectSensitiveData } from 'socialcare/channel-policy';
import { describe, expect, it } from 'vitest';
import { formatScore, type NegativeEntry, type PositiveEntry, scoreCorpus } from './corpus-metrics';

const fixtures = new URL('../fixtures/sensitive-data/', import.meta.url);
const positives = JSON.parse(readFileSync(new URL('positives.json', fixtures), 'utf8')) as PositiveEntry[];
const negatives = JSON.parse(readFileSync(new URL('negatives.json', fixtures), 'utf8')) as NegativeEntry[];

describe('sensitive-data detection on the labelled corpus', () => {
  const score = scoreCorpus(detectSensitiveData, positives, negatives);

  it('has at least 300 positives across every kind and 300 negatives from ../shared/data', () => {
    expect(score.overall.labels).toBeGreaterThanOrEqual(300);
    for (const kind of [
      'payment-card',
      'iban',
      'email',
      'phone',
      'reference',
      'government-id',
      'credential',
    ]) {
      expect(score.perKind[kind]?.labels ?? 0, kind).toBeGreaterThanOrEqual(30);
    }
    const fromData = negatives.filter((n) => /^(?:twcs tweet_id|ibm tweet_ID) /.test(n.source));
    expect(fromData.length).toBeGreaterThanOrEqual(300);
  });

  it('reaches at least 95% precision overall (and reports precision and recall per kind)', () => {
    console.log(['sensitive-data corpus:', ...formatScore(score)].join('\n'));
    if (score.falseAlarms.length > 0) console.log(`false alarms:\n${score.falseAlarms.join('\n')}`);
    if (score.misses.length > 0) console.log(`misses:\n${score.misses.join('\n')}`);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps recall of every kind at 90% or more', () => {
    for (const [kind, s] of Object.entries(score.perKind)) {
      if (s.labels > 0) expect(s.found / s.labels, kind).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('never fires on tweet ids, prices, flight numbers, dates and times from the data', () => {
    const texts = [
      'tweet 928337620128014336 and 1245425308704149506',
      'Tue Oct 31 22:10:47 +0000 2017',
      '2020-04-01T17:31:32.000Z',
      'It was $1,299.99 and now it is $1,099.00',
      'Flight BA 2490 departs 10:45 on 12/03/2024',
      'UA1234 and DL 5678 both delayed by 2h 45m',
    ];
    for (const text of texts) expect(detectSensitiveData(text), text).toEqual([]);
  });
});
