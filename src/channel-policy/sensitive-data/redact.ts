import type { SensitiveFinding } from './finding';

/**
 * Options of {@link redact}.
 *
 * @example
 * ```ts
 * redact(text, findings, { mask: '•', keepLast: 4 });
 * ```
 */
export interface RedactOptions {
  /**
   * What replaces each finding: a fixed string, or a function of the finding and the matched
   * text. Default: `[kind]` (e.g. `[payment-card]`), or with `mask` the characters masked.
   */
  readonly replacement?: string | ((finding: SensitiveFinding, match: string) => string);
  /** Mask letters and digits with this character (e.g. `'•'`), keeping separators and length. */
  readonly mask?: string;
  /** With `mask`: keep this many trailing letters/digits visible (e.g. 4 for a card). Default 0. */
  readonly keepLast?: number;
}

/**
 * Masks findings in a text. Findings may be unsorted or overlap (they are merged); offsets
 * outside the text are clamped.
 *
 * @example
 * ```ts
 * const text = 'card 4111 1111 1111 1111 please';
 * redact(text, detectSensitiveData(text)); // 'card [payment-card] please'
 * redact(text, detectSensitiveData(text), { mask: '•', keepLast: 4 }); // 'card •••• •••• •••• 1111 please'
 * ```
 */
export function redact(
  text: string,
  findings: readonly SensitiveFinding[],
  options: RedactOptions = {},
): string {
  const sorted = findings
    .map((f) => ({ ...f, start: clamp(f.start, text.length), end: clamp(f.end, text.length) }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index] as SensitiveFinding;
    let end = first.end;
    index++;
    while (index < sorted.length && (sorted[index] as SensitiveFinding).start < end) {
      end = Math.max(end, (sorted[index] as SensitiveFinding).end);
      index++;
    }
    const start = Math.max(first.start, cursor);
    const merged: SensitiveFinding = { ...first, start, end };
    out += text.slice(cursor, start) + replace(text.slice(start, end), merged, options);
    cursor = end;
  }
  return out + text.slice(cursor);
}

function replace(match: string, finding: SensitiveFinding, options: RedactOptions): string {
  const { replacement } = options;
  if (typeof replacement === 'function') return replacement(finding, match);
  if (typeof replacement === 'string') return replacement;
  if (options.mask !== undefined) {
    let keep = options.keepLast ?? 0;
    const chars = [...match];
    for (let i = chars.length - 1; i >= 0; i--) {
      if (!/[\p{L}\p{N}]/u.test(chars[i] ?? '')) continue;
      if (keep > 0) keep--;
      else chars[i] = options.mask;
    }
    return chars.join('');
  }
  return `[${finding.kind}]`;
}

function clamp(value: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(value)), length);
}
