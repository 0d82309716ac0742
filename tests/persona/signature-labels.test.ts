import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSignature } from 'socialcare/persona';
import { describe, expect, it } from 'vitest';

/** One hand-labelled brand reply (see tests/fixtures/signatures/PROVENANCE.md). */
interface Label {
  readonly id: string;
  readonly source: 'twcs' | 'ibm';
  readonly brand: string;
  readonly text: string;
  readonly expected: {
    readonly signature: string;
    readonly initials?: string;
    readonly name?: string;
  } | null;
}

function load(file: string): Label[] {
  return readFileSync(fileURLToPath(new URL(`../fixtures/signatures/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Label);
}

const development = load('brand-replies.labels.jsonl');
const heldOut = load('brand-replies-heldout.labels.jsonl');

function token(
  value: { readonly initials?: string | undefined; readonly name?: string | undefined } | null | undefined,
) {
  return (value?.initials ?? value?.name)?.normalize('NFC').toUpperCase();
}

function evaluate(labels: readonly Label[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const mistakes: string[] = [];
  for (const label of labels) {
    const found = parseSignature(label.text);
    const expected = label.expected;
    if (found === null && expected === null) continue;
    if (found !== null && expected !== null && token(found) === token(expected)) {
      truePositives++;
      continue;
    }
    if (found !== null) falsePositives++;
    if (expected !== null) falseNegatives++;
    mistakes.push(
      `${label.id}: expected ${expected?.signature ?? 'none'}, found ${found?.signature ?? 'none'}`,
    );
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall, mistakes };
}

function report(name: string, labels: readonly Label[]) {
  const result = evaluate(labels);
  const signed = labels.filter((label) => label.expected !== null).length;
  console.log(
    `parseSignature on ${name}: ${labels.length} replies, ${signed} signed; ` +
      `precision ${(result.precision * 100).toFixed(1)}% (${result.truePositives}/${result.truePositives + result.falsePositives}), ` +
      `recall ${(result.recall * 100).toFixed(1)}% (${result.truePositives}/${result.truePositives + result.falseNegatives})` +
      (result.mistakes.length > 0 ? `\n  ${result.mistakes.join('\n  ')}` : ''),
  );
  return result;
}

describe('parseSignature on hand-labelled brand replies (TWCS + IBM)', () => {
  it('has at least 200 labelled replies from both sources, each expected signature present verbatim', () => {
    const all = [...development, ...heldOut];
    expect(development.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((label) => label.id)).size).toBe(all.length);
    expect(all.some((label) => label.source === 'twcs') && all.some((label) => label.source === 'ibm')).toBe(
      true,
    );
    for (const label of all) if (label.expected) expect(label.text).toContain(label.expected.signature);
  });

  it('development set (250 replies read while writing the parser): >= 95% precision, >= 90% recall', () => {
    const result = report('the development set', development);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out set (120 replies labelled after the parser was written): >= 95% precision, >= 90% recall', () => {
    const result = report('the held-out set', heldOut);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('all 370 replies together: >= 95% precision, >= 90% recall', () => {
    const result = report('all labels', [...development, ...heldOut]);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
