/**
 * The `@handles` mentioned in a text, in order of first appearance, each once (compared without
 * case, spelled as first written). A handle is 1 to 15 letters, digits or underscores, after an `@`
 * that does not follow a letter, digit, underscore or another `@` (so e-mail addresses are not
 * mentions). TWCS anonymises customers' handles as numbers (`@115712`): those are kept.
 *
 * @example
 * ```ts
 * extractMentions('@AppleSupport @115712 thanks! mail me at a@b.com'); // ['AppleSupport', '115712']
 * ```
 */
export function extractMentions(text: string): string[] {
  let at = text.indexOf('@');
  if (at === -1) return [];
  const found: string[] = [];
  let seen: Set<string> | undefined;
  while (at !== -1) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    let end = at + 1;
    while (end < text.length && isHandleChar(text.charCodeAt(end))) end++;
    const length = end - at - 1;
    if (length >= 1 && length <= 15 && !isHandleChar(before) && before !== 64) {
      const handle = text.slice(at + 1, end);
      if (found.length === 0) found.push(handle);
      else {
        seen ??= new Set(found.map((h) => h.toLowerCase()));
        const key = handle.toLowerCase();
        if (!seen.has(key)) {
          seen.add(key);
          found.push(handle);
        }
      }
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return found;
}

function isHandleChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}
