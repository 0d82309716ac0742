/** Character classes used by the sensitive-data scanners. All take a UTF-16 code unit. */

/**
 * `0`-`9`.
 * @internal
 */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `A`-`Z` or `a`-`z`.
 * @internal
 */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A letter, digit or underscore, including non-ASCII letters and digits: the characters that
 * glue a token to its neighbours (so `abc4111…` is not a card number).
 * @internal
 */
export function isWordCode(code: number): boolean {
  if (isDigitCode(code) || isAsciiLetterCode(code) || code === 95) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return WORD.test(String.fromCharCode(code));
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The code unit at `index`, or NaN outside the text.
 * @internal
 */
export function codeAt(text: string, index: number): number {
  return index < 0 || index >= text.length ? Number.NaN : text.charCodeAt(index);
}
