import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureText } from 'socialcare/platforms';
import { describe, expect, it } from 'vitest';
import { readConformanceSections } from './mini-yaml';

const V3_SECTIONS = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];

function loadCases(path: string) {
  const sections = readConformanceSections(readFileSync(path, 'utf8'));
  return V3_SECTIONS.flatMap((name) =>
    (sections[name] ?? []).map((entry) => ({
      section: name,
      description: String(entry.description),
      text: String(entry.text),
      expected: entry.expected as { weightedLength: number; valid: boolean },
    })),
  );
}

const local = fileURLToPath(new URL('../fixtures/platforms-text/validate.yml', import.meta.url));
const cases = loadCases(local);

describe('X weighted length: twitter-text v3 conformance (tests/fixtures/platforms-text/validate.yml)', () => {
  it('reads all 24 cases of the two v3 sections', () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases.map((c) => [`${c.section}: ${c.description}`, c] as const))('%s', (_name, testCase) => {
    const measured = measureText('x', 'post', testCase.text);
    expect(measured.length).toBe(testCase.expected.weightedLength);
    expect(measured.limit).toBe(280);
    // `valid` also fails on empty text and invalid characters; `fits` is only about length.
    if (testCase.expected.valid) expect(measured.fits).toBe(true);
    if (testCase.expected.weightedLength > 280) expect(measured.fits).toBe(false);
  });
});

const shared = fileURLToPath(
  new URL('../../../shared/fixtures/platforms/x/twitter-text/validate.yml', import.meta.url),
);
const sharedExists = existsSync(shared);
if (!sharedExists)
  console.log('twitter-text conformance against ../shared: skipped because ../shared is absent');

describe.skipIf(!sharedExists)('X weighted length: conformance cases read from ../shared', () => {
  it('the local copy matches ../shared and every shared v3 case passes', () => {
    const sharedCases = loadCases(shared);
    expect(sharedCases).toEqual(cases);
    for (const testCase of sharedCases) {
      expect(measureText('x', 'post', testCase.text).length, testCase.description).toBe(
        testCase.expected.weightedLength,
      );
    }
  });
});
