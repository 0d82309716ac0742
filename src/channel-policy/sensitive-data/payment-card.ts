import { codeAt, isDigitCode, isWordCode } from './characters';
import type { SensitiveFinding } from './finding';

/**
 * True when the digits pass the Luhn (mod 10) check used by payment cards and Canadian SINs.
 *
 * @example
 * ```ts
 * passesLuhn('4111111111111111'); // true
 * ```
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

interface Brand {
  readonly name: string;
  readonly lengths: readonly number[];
  readonly matches: (digits: string) => boolean;
}

function prefixIn(digits: string, size: number, low: number, high: number): boolean {
  const value = Number(digits.slice(0, size));
  return value >= low && value <= high;
}

/** Issuer identification ranges of the major networks (ISO/IEC 7812 prefixes as published by each network). */
const BRANDS: readonly Brand[] = [
  { name: 'amex', lengths: [15], matches: (d) => d.startsWith('34') || d.startsWith('37') },
  { name: 'visa', lengths: [13, 16, 19], matches: (d) => d.startsWith('4') },
  {
    name: 'mastercard',
    lengths: [16],
    matches: (d) => prefixIn(d, 2, 51, 55) || prefixIn(d, 4, 2221, 2720),
  },
  { name: 'mir', lengths: [16, 19], matches: (d) => prefixIn(d, 4, 2200, 2204) },
  {
    name: 'discover',
    lengths: [16, 19],
    matches: (d) => d.startsWith('6011') || d.startsWith('65') || prefixIn(d, 3, 644, 649),
  },
  { name: 'jcb', lengths: [16, 19], matches: (d) => prefixIn(d, 4, 3528, 3589) },
  {
    name: 'diners',
    lengths: [14, 16, 19],
    matches: (d) =>
      prefixIn(d, 3, 300, 305) || d.startsWith('36') || d.startsWith('38') || d.startsWith('39'),
  },
  { name: 'unionpay', lengths: [16, 19], matches: (d) => d.startsWith('62') || d.startsWith('81') },
  {
    name: 'maestro',
    lengths: [13, 15, 16, 19],
    matches: (d) => d.startsWith('50') || prefixIn(d, 2, 56, 69),
  },
];

/**
 * The card network for a digit string, when its prefix and length match one.
 *
 * @example
 * ```ts
 * cardBrand('378282246310005'); // 'amex'
 * ```
 */
export function cardBrand(digits: string): string | undefined {
  for (const brand of BRANDS)
    if (brand.lengths.includes(digits.length) && brand.matches(digits)) return brand.name;
  return undefined;
}

const CONTEXT = /\b(?:card|visa|master ?card|amex|credit|debit|cc|cvv|expir\w{0,5}|exp)\b/i;

/** Whether a group layout is one people write card numbers in (4-4-4-4, 4-6-5, 4-4-4-4-3, one block). */
function plausibleGrouping(groups: readonly number[]): boolean {
  if (groups.length === 1) return true;
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4))
    return true;
  if (groups.length < 3) return false;
  for (let i = 0; i < groups.length - 1; i++) if (groups[i] !== 4) return false;
  const last = groups[groups.length - 1] ?? 0;
  return last >= 1 && last <= 4;
}

/**
 * Finds payment card numbers: 13 to 19 digits, written as one block or in groups separated by
 * single spaces or dashes, with a known issuer prefix, a length that issuer uses and a valid Luhn
 * digit. One left-to-right pass; each digit run is read once.
 * @internal
 */
export function findPaymentCards(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const groups: number[] = [];
    let digits = '';
    let separator = -1;
    let consistent = true;
    let tooLong = false;
    let j = i;
    for (;;) {
      const groupStart = j;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      groups.push(j - groupStart);
      if (!tooLong) {
        digits += text.slice(groupStart, j);
        if (digits.length > 19) tooLong = true;
      }
      const sep = codeAt(text, j);
      if ((sep === 32 || sep === 45) && isDigitCode(codeAt(text, j + 1))) {
        if (separator === -1) separator = sep;
        else if (separator !== sep) consistent = false;
        j++;
        continue;
      }
      break;
    }
    i = j;
    if (tooLong || !consistent || digits.length < 13) continue;
    const before = codeAt(text, start - 1);
    const after = codeAt(text, j);
    if (isWordCode(before) || before === 43 /* + */ || before === 35 /* # */ || before === 36 /* $ */)
      continue;
    if ((before === 46 || before === 44 || before === 45) && isDigitCode(codeAt(text, start - 2))) continue;
    if (isWordCode(after)) continue;
    if ((after === 46 || after === 44 || after === 45) && isDigitCode(codeAt(text, j + 1))) continue;
    if (!plausibleGrouping(groups)) continue;
    const brand = cardBrand(digits);
    if (brand === undefined || !passesLuhn(digits)) continue;
    const context = CONTEXT.test(text.slice(Math.max(0, start - 40), start));
    found.push({ kind: 'payment-card', start, end: j, confidence: context ? 0.97 : 0.9, label: brand });
  }
  return found;
}
