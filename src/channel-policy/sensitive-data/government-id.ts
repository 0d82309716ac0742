import type { SensitiveFinding } from './finding';
import { passesLuhn } from './payment-card';

// Every pattern below uses bounded quantifiers only, so each start position costs a constant
// amount of work and a global scan is linear in the text length.

const SSN = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w]|-\d)/g;
const SSN_CONTEXT =
  /\b(?:ssn|ss#|social security(?: number| no\.?| #)?)[ \t]{0,2}(?:is|:|#|=)?[ \t]{0,2}(\d{3}[- ]?\d{2}[- ]?\d{4})(?!\w)/dgi;
const NINO = /(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?!\w)/g;
const DNI = /(?<![\w-])(\d{8})[ -]?([A-HJ-NP-TV-Z])(?!\w)/g;
const NIE = /(?<![\w-])([XYZ])[ -]?(\d{7})[ -]?([A-HJ-NP-TV-Z])(?!\w)/g;
const CPF = /(?<![\w.-])(\d{3})\.(\d{3})\.(\d{3})-(\d{2})(?![\w]|[.-]\d)/g;
const SIN_CONTEXT =
  /\b(?:sin|social insurance(?: number| no\.?| #)?)[ \t]{0,2}(?:is|:|#|=)?[ \t]{0,2}(\d{3}[ -]?\d{3}[ -]?\d{3})(?!\w)/dgi;

/** Words before an SSN-shaped number that make it a product or item code (Target DPCI is ddd-dd-dddd). */
const PRODUCT_CODE =
  /\b(?:dpci|sku|item|model|part|upc|style|product|isbn|ref|order|ticket|case)[ \t:#.]{0,3}$/i;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NINO_BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * True for a US Social Security number outside the ranges the SSA never issues.
 * @internal
 */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return (
    area !== '000' &&
    area !== '666' &&
    area[0] !== '9' &&
    digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000'
  );
}

function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/**
 * Finds government identity numbers: US SSN (`123-45-6789`, or nine digits after "SSN"),
 * UK National Insurance numbers, Spanish DNI and NIE (check letter verified), Brazilian CPF
 * (check digits verified) and Canadian SIN after "SIN" (Luhn verified).
 * @internal
 */
export function findGovernmentIds(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  for (const m of text.matchAll(SSN)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!isValidSsn(digits) || PRODUCT_CODE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({
      kind: 'government-id',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
      label: 'us-ssn',
    });
  }
  for (const m of text.matchAll(SSN_CONTEXT)) {
    const span = m.indices?.[1];
    if (!span || !isValidSsn((m[1] ?? '').replace(/\D/g, ''))) continue;
    found.push({ kind: 'government-id', start: span[0], end: span[1], confidence: 0.97, label: 'us-ssn' });
  }
  for (const m of text.matchAll(NINO)) {
    if (NINO_BANNED.has(m[1] ?? '')) continue;
    found.push({
      kind: 'government-id',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.8,
      label: 'uk-nino',
    });
  }
  for (const m of text.matchAll(DNI)) {
    if (DNI_LETTERS[Number(m[1]) % 23] !== m[2]) continue;
    found.push({
      kind: 'government-id',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
      label: 'es-dni',
    });
  }
  for (const m of text.matchAll(NIE)) {
    const prefix = String('XYZ'.indexOf(m[1] ?? 'X'));
    if (DNI_LETTERS[Number(prefix + (m[2] ?? '')) % 23] !== m[3]) continue;
    found.push({
      kind: 'government-id',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
      label: 'es-nie',
    });
  }
  for (const m of text.matchAll(CPF)) {
    if (!isValidCpf(`${m[1]}${m[2]}${m[3]}${m[4]}`)) continue;
    found.push({
      kind: 'government-id',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.9,
      label: 'br-cpf',
    });
  }
  for (const m of text.matchAll(SIN_CONTEXT)) {
    const span = m.indices?.[1];
    if (!span || !passesLuhn((m[1] ?? '').replace(/\D/g, ''))) continue;
    found.push({ kind: 'government-id', start: span[0], end: span[1], confidence: 0.95, label: 'ca-sin' });
  }
  return found;
}
