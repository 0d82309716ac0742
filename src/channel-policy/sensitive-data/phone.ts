import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/max';
import { codeAt, isAsciiLetterCode, isDigitCode, isWordCode } from './characters';
import type { SensitiveFinding } from './finding';

/** Characters a written phone number may contain besides digits. */
function isPhoneSeparator(code: number): boolean {
  return (
    code === 32 || // space
    code === 0xa0 || // no-break space
    code === 45 || // -
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013 || // dashes
    code === 46 || // .
    code === 40 || // (
    code === 41 || // )
    code === 47 || // /
    code === 43 // +
  );
}

const WINDOW = 48;
const STEP = 20;
const MAX_BLOCK = 17;
/**
 * libphonenumber-js needs 0.1-3 ms per candidate, so the number of candidates it verifies per
 * text is capped (256 plus one per 128 characters): ordinary messages never reach the cap, and
 * a megabyte of machine-made digits stays within seconds. Past the cap, short candidates with
 * 10-15 digits are reported unverified (confidence 0.55).
 */
const BASE_BUDGET = 256;
const BUDGET_DIVISOR = 128;
const LONG_WINDOW_COST = 32;
/**
 * Runs of digits and separators longer than 48 characters (lists of numbers, machine output) are
 * read in overlapping windows, which cost libphonenumber-js up to 3 ms each: at most 4 windows,
 * plus one per 4 KB of text.
 */
const LONG_WINDOWS_BASE = 4;
const LONG_WINDOWS_DIVISOR = 4096;

const BUSINESS_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);
const CONTEXT =
  /\b(?:call|phone|number|tel|telephone|mobile|cell|cellphone|whatsapp|text me|reach me|fax|landline|contact)\b/i;

/**
 * Finds phone numbers. A linear scan cuts the text into candidate runs (digits and the
 * separators people write numbers with); each run, or each bounded window of a long run, is
 * handed to libphonenumber-js (`findPhoneNumbersInText`, full metadata), which decides whether
 * it is a valid number for one of `regions` (national form) or for its country code
 * (international form). Toll-free and premium business lines get a lower confidence.
 * @internal
 */
export function findPhoneNumbers(
  text: string,
  regions: readonly CountryCode[],
  covered: readonly { readonly start: number; readonly end: number }[] = [],
): SensitiveFinding[] {
  // `covered`: spans already claimed by a kind that wins over phone numbers, sorted by start.
  let cover = 0;
  const found: SensitiveFinding[] = [];
  const seen = new Set<string>();
  const n = text.length;
  const budget = { left: BASE_BUDGET + Math.ceil(n / BUDGET_DIVISOR) };
  let longWindows = LONG_WINDOWS_BASE + Math.floor(n / LONG_WINDOWS_DIVISOR);
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const opens = isDigitCode(code) || ((code === 43 || code === 40) && isDigitCode(codeAt(text, i + 1)));
    if (!opens) {
      i++;
      continue;
    }
    // Read the whole run once.
    const start = i;
    let j = i;
    let digits = 0;
    let block = 0;
    let longestBlock = 0;
    const groupStarts: number[] = [];
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isDigitCode(c)) {
        if (block === 0) groupStarts.push(j);
        digits++;
        block++;
        if (block > longestBlock) longestBlock = block;
      } else if (isPhoneSeparator(c)) {
        // two spaces in a row end the run
        if ((c === 32 || c === 0xa0) && (codeAt(text, j + 1) === 32 || codeAt(text, j + 1) === 0xa0)) break;
        block = 0;
      } else break;
      j++;
    }
    let end = j;
    while (end > start && !isDigitCode(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 41) end--;
    i = j === start ? start + 1 : j;
    if (digits < 7) continue;
    while (cover < covered.length && (covered[cover]?.end ?? 0) <= start) cover++;
    const claim = covered[cover];
    if (claim && claim.start <= start && end <= claim.end) continue;
    const before = codeAt(text, start - 1);
    if (
      isWordCode(before) ||
      before === 36 ||
      before === 35 ||
      before === 0x20ac ||
      before === 0xa3 ||
      before === 64
    )
      continue;
    if ((before === 46 || before === 44 || before === 58) && isDigitCode(codeAt(text, start - 2))) continue;
    const after = codeAt(text, j);
    if (end === j && (isAsciiLetterCode(after) || after === 37) /* % */) continue;
    if ((after === 44 || after === 58) && isDigitCode(codeAt(text, j + 1))) continue;
    if (end - start <= WINDOW) {
      if (budget.left > 0) {
        budget.left--;
        scan(text, start, end, regions, found, seen);
      } else if (digits >= 10 && digits <= 15 && longestBlock <= 12) {
        // Out of verification budget (machine-generated input): report unverified.
        found.push({ kind: 'phone', start, end, confidence: 0.55, label: 'unverified' });
      }
    } else if (longestBlock <= MAX_BLOCK && budget.left > 0 && longWindows > 0) {
      // A long run: bounded windows that start and end on group boundaries.
      let g = 0;
      while (g < groupStarts.length) {
        let windowStart = groupStarts[g] ?? end;
        // keep a leading + or ( with its number
        while (
          windowStart > start &&
          (text.charCodeAt(windowStart - 1) === 43 || text.charCodeAt(windowStart - 1) === 40)
        ) {
          windowStart--;
        }
        let windowEnd = Math.min(end, windowStart + WINDOW);
        while (windowEnd > windowStart && windowEnd < end && isDigitCode(text.charCodeAt(windowEnd)))
          windowEnd--;
        budget.left -= LONG_WINDOW_COST;
        longWindows--;
        scan(text, windowStart, windowEnd, regions, found, seen);
        if (windowEnd >= end || budget.left <= 0 || longWindows <= 0) break;
        const next = windowStart + STEP;
        let h = g + 1;
        while (h < groupStarts.length && (groupStarts[h] ?? end) < next) h++;
        g = h;
      }
    }
  }
  return found;
}

function scan(
  text: string,
  start: number,
  end: number,
  regions: readonly CountryCode[],
  found: SensitiveFinding[],
  seen: Set<string>,
): void {
  const candidate = text.slice(start, end);
  const tries: readonly (CountryCode | undefined)[] = regions.length === 0 ? [undefined] : regions;
  for (const region of tries) {
    const matches =
      region === undefined
        ? findPhoneNumbersInText(candidate)
        : findPhoneNumbersInText(candidate, { defaultCountry: region });
    for (const match of matches) {
      const s = start + match.startsAt;
      const e = start + match.endsAt;
      const key = `${s}:${e}`;
      if (seen.has(key)) continue;
      if (overlapsRecent(found, s, e)) continue;
      seen.add(key);
      const type = match.number.getType();
      const international = text.charCodeAt(s) === 43;
      let confidence = international ? 0.95 : 0.9;
      if (type !== undefined && BUSINESS_TYPES.has(type)) confidence = 0.6;
      else if (CONTEXT.test(text.slice(Math.max(0, s - 32), s))) confidence = Math.max(confidence, 0.97);
      found.push({
        kind: 'phone',
        start: s,
        end: e,
        confidence,
        label: type === undefined ? (match.number.country ?? 'phone') : type.toLowerCase().replace(/_/g, '-'),
      });
    }
  }
}

/** Findings come out left to right, so only the last few can overlap a new one. */
function overlapsRecent(found: readonly SensitiveFinding[], start: number, end: number): boolean {
  for (let k = found.length - 1; k >= 0 && k >= found.length - 8; k--) {
    const f = found[k];
    if (f && f.start < end && start < f.end) return true;
  }
  return false;
}
