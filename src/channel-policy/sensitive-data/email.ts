import { codeAt, isAsciiLetterCode, isDigitCode } from './characters';
import type { SensitiveFinding } from './finding';

const LOCAL_SYMBOLS = new Set([
  '.',
  '_',
  '%',
  '+',
  '-',
  "'",
  '!',
  '#',
  '$',
  '&',
  '*',
  '/',
  '=',
  '?',
  '^',
  '`',
  '{',
  '|',
  '}',
  '~',
]);

function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isDigitCode(code) || isAsciiLetterCode(code)) return true;
  if (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) return true; // Latin/Greek/Cyrillic letters
  return LOCAL_SYMBOLS.has(text[index] ?? '');
}

function isDomainChar(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code) || code === 45 || code === 46;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/**
 * Finds e-mail addresses (`local@domain.tld`). Starts from each `@` and reads at most 64
 * characters to the left and 253 to the right, so the scan is linear. Social handles
 * (`@AppleSupport`) and addresses without a dotted domain are not reported.
 * @internal
 */
export function findEmails(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  const n = text.length;
  let from = 0;
  let lastEnd = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at === -1) break;
    from = at + 1;
    let start = at;
    while (start > lastEnd && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
    while (start < at && !isDigitCode(text.charCodeAt(start)) && !isAsciiLetterCode(text.charCodeAt(start)))
      start++;
    if (start === at || text.charCodeAt(at - 1) === 46) continue;
    let end = at + 1;
    while (end < n && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    const domain = text.slice(at + 1, end);
    const labels = domain.split('.');
    if (labels.length < 2) continue;
    const tld = labels[labels.length - 1] ?? '';
    if (tld.length < 2 || !/^[A-Za-z]+$/.test(tld)) continue;
    if (labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) continue;
    if (codeAt(text, end) === 64) continue; // a@b.c@d: not an address
    found.push({ kind: 'email', start, end, confidence: 0.98, label: 'email' });
    lastEnd = end;
    from = end;
  }
  return found;
}
