import { codeAt, isAsciiLetterCode, isDigitCode, isWordCode } from './characters';
import type { SensitiveFinding } from './finding';

/**
 * IBAN length per country, from the SWIFT IBAN Registry (release 99, 2025).
 * https://www.swift.com/standards/data-standards/iban-international-bank-account-number
 *
 * @example
 * ```ts
 * IBAN_LENGTHS.DE; // 22
 * ```
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/**
 * True when an IBAN (upper case, no spaces) has its country's length and passes the ISO 13616
 * mod-97 check.
 *
 * @example
 * ```ts
 * isValidIban('GB82WEST12345698765432'); // true
 * ```
 */
export function isValidIban(compact: string): boolean {
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined || compact.length !== length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (isDigitCode(code)) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

function isAlnumCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}

/**
 * Finds IBANs written compactly (`DE89370400440532013000`) or in groups separated by single
 * spaces (`DE89 3704 0044 0532 0130 00`), in upper or lower case. Each candidate start reads at
 * most the country's IBAN length, so the scan is linear.
 * @internal
 */
export function findIbans(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  const n = text.length;
  for (let i = 0; i + 4 <= n; i++) {
    const c0 = text.charCodeAt(i);
    if (!isAsciiLetterCode(c0) || isWordCode(codeAt(text, i - 1))) continue;
    if (!isAsciiLetterCode(text.charCodeAt(i + 1))) continue;
    if (!isDigitCode(text.charCodeAt(i + 2)) || !isDigitCode(text.charCodeAt(i + 3))) continue;
    const country = text.slice(i, i + 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    let compact = '';
    let j = i;
    while (j < n && compact.length < length) {
      const code = text.charCodeAt(j);
      if (isAlnumCode(code)) {
        compact += text[j];
        j++;
      } else if (code === 32 && compact.length >= 4 && isAlnumCode(codeAt(text, j + 1))) {
        j++;
      } else break;
    }
    if (compact.length !== length || isAlnumCode(codeAt(text, j))) continue;
    const upper = compact.toUpperCase();
    if (!isValidIban(upper)) continue;
    found.push({ kind: 'iban', start: i, end: j, confidence: 0.97, label: country });
    i = j - 1;
  }
  return found;
}
