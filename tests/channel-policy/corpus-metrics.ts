import type {
  DetectSensitiveDataOptions,
  SensitiveDataKind,
  SensitiveFinding,
} from 'socialcare/channel-policy';

/** One labelled positive text of the corpus. */
export interface PositiveEntry {
  readonly text: string;
  readonly labels: readonly { readonly kind: SensitiveDataKind; readonly value: string }[];
  readonly region?: string;
  readonly source: string;
}

/** One negative text of the corpus (nothing in it may fire). */
export interface NegativeEntry {
  readonly text: string;
  readonly source: string;
}

/** Per-kind counts. */
export interface KindScore {
  truePositives: number;
  falsePositives: number;
  labels: number;
  found: number;
}

/** Precision and recall per kind and overall, with the errors for reporting. */
export interface CorpusScore {
  readonly perKind: Record<string, KindScore>;
  readonly overall: {
    precision: number;
    recall: number;
    truePositives: number;
    falsePositives: number;
    labels: number;
  };
  readonly misses: string[];
  readonly falseAlarms: string[];
}

type Detect = (text: string, options?: DetectSensitiveDataOptions) => SensitiveFinding[];

/**
 * Scores a detector: a finding is a true positive when it overlaps a labelled span of the same
 * kind, otherwise a false positive (every finding in a negative text is a false positive). A label
 * is recalled when a finding of its kind overlaps it.
 */
export function scoreCorpus(
  detect: Detect,
  positives: readonly PositiveEntry[],
  negatives: readonly NegativeEntry[],
): CorpusScore {
  const perKind: Record<string, KindScore> = {};
  const bucket = (kind: string): KindScore => {
    perKind[kind] ??= { truePositives: 0, falsePositives: 0, labels: 0, found: 0 };
    return perKind[kind];
  };
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const entry of positives) {
    const findings = detect(entry.text, entry.region ? { defaultRegion: entry.region } : undefined);
    const spans = entry.labels.map((label) => {
      const start = entry.text.indexOf(label.value);
      return { kind: label.kind, start, end: start + label.value.length };
    });
    for (const span of spans) {
      const score = bucket(span.kind);
      score.labels++;
      if (findings.some((f) => f.kind === span.kind && f.start < span.end && span.start < f.end))
        score.found++;
      else
        misses.push(
          `${span.kind}: ${entry.text.slice(span.start, span.end)} in ${JSON.stringify(entry.text)}`,
        );
    }
    for (const f of findings) {
      const score = bucket(f.kind);
      if (spans.some((s) => s.kind === f.kind && f.start < s.end && s.start < f.end)) score.truePositives++;
      else {
        score.falsePositives++;
        falseAlarms.push(
          `${f.kind}(${f.label}): ${entry.text.slice(f.start, f.end)} in ${JSON.stringify(entry.text)}`,
        );
      }
    }
  }
  for (const entry of negatives) {
    for (const f of detect(entry.text)) {
      bucket(f.kind).falsePositives++;
      falseAlarms.push(
        `${f.kind}(${f.label}): ${entry.text.slice(f.start, f.end)} in ${JSON.stringify(entry.text.slice(0, 200))} [${entry.source}]`,
      );
    }
  }
  let tp = 0;
  let fp = 0;
  let labels = 0;
  let found = 0;
  for (const score of Object.values(perKind)) {
    tp += score.truePositives;
    fp += score.falsePositives;
    labels += score.labels;
    found += score.found;
  }
  return {
    perKind,
    overall: {
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: labels === 0 ? 1 : found / labels,
      truePositives: tp,
      falsePositives: fp,
      labels,
    },
    misses,
    falseAlarms,
  };
}

/** A printable table of the score. */
export function formatScore(score: CorpusScore): string[] {
  const lines = ['kind            labels  recall  findings  precision'];
  for (const [kind, s] of Object.entries(score.perKind).sort()) {
    const findings = s.truePositives + s.falsePositives;
    const precision = findings === 0 ? 1 : s.truePositives / findings;
    const recall = s.labels === 0 ? 1 : s.found / s.labels;
    lines.push(
      `${kind.padEnd(15)} ${String(s.labels).padStart(6)}  ${(recall * 100).toFixed(1).padStart(5)}%  ${String(findings).padStart(8)}  ${(precision * 100).toFixed(1).padStart(8)}%`,
    );
  }
  lines.push(
    `${'overall'.padEnd(15)} ${String(score.overall.labels).padStart(6)}  ${(score.overall.recall * 100).toFixed(1).padStart(5)}%  ${String(score.overall.truePositives + score.overall.falsePositives).padStart(8)}  ${(score.overall.precision * 100).toFixed(1).padStart(8)}%`,
  );
  return lines;
}
