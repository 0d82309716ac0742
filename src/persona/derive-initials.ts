import { splitGraphemes } from '../platforms';
import { CareValidationError } from '../shared/errors';

/**
 * Lower-case name particles skipped when taking initials ("Ludwig van Beethoven" gives LB,
 * "María de la Cruz" gives MC). The first word of a name is never skipped ("Van Morrison" gives VM).
 *
 * @example
 * ```ts
 * defaultNameParticles.includes('van'); // true
 * ```
 */
export const defaultNameParticles: readonly string[] = Object.freeze([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'dela',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'les',
  'lo',
  'y',
  'e',
  'i',
  'zu',
  'zum',
  'ter',
  'ten',
  'het',
  "'t",
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'st',
  'st.',
  'af',
  'av',
]);

/** Elided particles written with an apostrophe: d'Artagnan, l'Olive, dell'Acqua. */
const ELIDED = new Set(['d', 'l', 'dell', 'dall', 'all', 'nell', 'sull']);

/**
 * Options of {@link deriveInitials}.
 *
 * @example
 * ```ts
 * deriveInitials('山田太郎', { cjk: 'first-character' }); // '山'
 * ```
 */
export interface DeriveInitialsOptions {
  /** The most graphemes the initials may have; longer results fall back to first + last initial. Default 3. */
  readonly maxLength?: number;
  /** Particles to skip (lower case). Default {@link defaultNameParticles}. */
  readonly particles?: readonly string[];
  /** Locale for upper-casing (e.g. `'tr'` gives İ for i). Default: locale-independent. */
  readonly locale?: string;
  /**
   * Names written without spaces in a script without letter case (Chinese, Japanese, Korean):
   * `'auto'` (default) keeps the whole name when it has at most 3 characters (王小明, 김민준) and
   * the first 2 otherwise (山田太郎 gives 山田); `'first-character'` keeps the first character;
   * `'full-name'` keeps the whole name (capped at `maxLength`).
   */
  readonly cjk?: 'auto' | 'first-character' | 'full-name';
}

const HAS_LETTER = /\p{L}/u;
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const APOSTROPHES = /['’ʼ]/u;

/**
 * Derives an agent's initials from their name, Unicode-aware:
 *
 * - accents and non-Latin letters are kept ("Łukasz Żak" gives ŁŻ, "Ана Петрова" gives АП);
 * - the first and the last word count, particles are skipped ("Jan van der Berg" gives JB);
 * - each part of a hyphenated word counts ("Jean-Luc Picard" gives JLP), an apostrophe name gives
 *   its first letter ("Seán O'Brien" gives SO) and elided particles are skipped ("Charles d'Artagnan" gives CA);
 * - a single name gives one initial ("Madonna" gives M);
 * - caseless scripts: see {@link DeriveInitialsOptions.cjk} (王小明 gives 王小明, "محمد علي" gives مع);
 * - emoji, digits and stray punctuation are ignored ("🌸 sandra paredes!!" gives SP).
 *
 * @throws CareValidationError when the name has no letters at all
 * @example
 * ```ts
 * deriveInitials('Sandra Paredes'); // 'SP'
 * deriveInitials('María de la Cruz'); // 'MC'
 * deriveInitials('Łukasz Żak'); // 'ŁŻ'
 * deriveInitials('山田太郎', { cjk: 'first-character' }); // '山'
 * ```
 */
export function deriveInitials(name: string, options: DeriveInitialsOptions = {}): string {
  const maxLength = options.maxLength ?? 3;
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new CareValidationError(
      `Invalid maxLength ${String(maxLength)}: use a whole number of at least 1.`,
      [{ path: ['maxLength'], message: 'expected an integer >= 1' }],
    );
  }
  const words = nameWords(name);
  if (words.length === 0) {
    throw new CareValidationError(
      `Cannot derive initials from the name ${JSON.stringify(name)}: it has no letters. Give the agent explicit initials.`,
      [{ path: ['name'], message: 'expected at least one letter' }],
    );
  }
  const first = words[0] as string;
  if (words.length === 1 && !CASED.test(first) && CJK.test(first)) {
    return cjkInitials(first, options.cjk ?? 'auto', maxLength);
  }
  const particles = new Set((options.particles ?? defaultNameParticles).map((p) => p.toLowerCase()));
  const kept = words.filter((word, index) => index === 0 || !particles.has(word.toLowerCase()));
  const chosen = kept.length > 1 ? [kept[0] as string, kept[kept.length - 1] as string] : [kept[0] as string];
  const perWord = chosen.map((word) => wordInitials(word, particles, options.locale));
  let initials = perWord.flat();
  if (initials.length > maxLength) initials = perWord.map((list) => list[0] as string);
  return initials.slice(0, maxLength).join('').normalize('NFC');
}

/** Splits a name into words made of letters, marks, hyphens and apostrophes. @internal */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const raw of String(name).normalize('NFC').split(/\s+/u)) {
    const cleaned = raw
      .replace(/[^\p{L}\p{M}'’ʼ-]/gu, '')
      .replace(/^[-'’ʼ]+|[-'’ʼ]+$/gu, '')
      .replace(/-{2,}/gu, '-');
    if (HAS_LETTER.test(cleaned)) words.push(cleaned);
  }
  return words;
}

function wordInitials(word: string, particles: ReadonlySet<string>, locale: string | undefined): string[] {
  const parts = word.split('-').filter((part) => HAS_LETTER.test(part));
  const meaningful = parts.filter((part) => !particles.has(part.toLowerCase()));
  const used = meaningful.length > 0 ? meaningful : parts;
  return used.map((part) => initialOf(stripElision(part), locale));
}

function stripElision(part: string): string {
  const pieces = part.split(APOSTROPHES);
  if (
    pieces.length > 1 &&
    ELIDED.has((pieces[0] as string).toLowerCase()) &&
    pieces[0] === (pieces[0] as string).toLowerCase()
  ) {
    const rest = pieces.slice(1).join("'");
    if (HAS_LETTER.test(rest)) return rest;
  }
  return part;
}

function initialOf(part: string, locale: string | undefined): string {
  for (const grapheme of splitGraphemes(part)) {
    if (HAS_LETTER.test(grapheme)) return upper(grapheme, locale);
  }
  return '';
}

function upper(grapheme: string, locale: string | undefined): string {
  const up = locale === undefined ? grapheme.toUpperCase() : grapheme.toLocaleUpperCase(locale);
  // 'ß'.toUpperCase() is 'SS'; an initial stays one letter.
  return splitGraphemes(up).length === 1 ? up : grapheme;
}

function cjkInitials(
  word: string,
  mode: 'auto' | 'first-character' | 'full-name',
  maxLength: number,
): string {
  const graphemes = splitGraphemes(word).filter((g) => HAS_LETTER.test(g));
  if (mode === 'first-character') return graphemes.slice(0, 1).join('');
  if (mode === 'full-name') return graphemes.slice(0, maxLength).join('');
  return (graphemes.length <= 3 ? graphemes : graphemes.slice(0, 2)).slice(0, maxLength).join('');
}
