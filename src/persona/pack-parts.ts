import { splitGraphemes } from '../platforms';

/** Builds the full text of part `index` (1-based) around a chunk of the body. */
export type PartBuilder = (chunk: string, index: number) => string;

/** The result of {@link packParts}. */
export interface PackedParts {
  /** The body chunks, in order (each trimmed, never empty). */
  readonly chunks: readonly string[];
  /** True when a word had to be broken (between graphemes) because it could not fit a part on its own. */
  readonly brokeWord: boolean;
}

interface Word {
  readonly text: string;
  readonly separator: string;
}

function words(body: string): Word[] {
  const tokens = body.trim().split(/(\s+)/u);
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const text = tokens[i] as string;
    if (text === '') continue;
    out.push({ text, separator: i > 0 ? (tokens[i - 1] as string) : '' });
  }
  return out;
}

/**
 * Greedily packs the words of `body` into chunks so that `build(chunk, index)` fits for each chunk.
 * Breaks happen between words (whitespace), so a word, URL or emoji is never cut; only a single word
 * that cannot fit a part on its own is broken, and then only between grapheme clusters.
 * Returns null when not even one grapheme fits a part (the part's fixed overhead is too long).
 *
 * @example
 * ```ts
 * packParts('a b c', (chunk) => chunk, (part) => part.length <= 3); // { chunks: ['a b', 'c'], brokeWord: false }
 * ```
 */
export function packParts(
  body: string,
  build: PartBuilder,
  fits: (part: string) => boolean,
): PackedParts | null {
  const chunks: string[] = [];
  let current = '';
  let brokeWord = false;
  for (const word of words(body)) {
    const index = chunks.length + 1;
    if (current !== '') {
      const candidate = `${current}${word.separator}${word.text}`;
      if (fits(build(candidate, index))) {
        current = candidate;
        continue;
      }
      chunks.push(current);
      current = '';
    }
    if (fits(build(word.text, chunks.length + 1))) {
      current = word.text;
      continue;
    }
    // The word alone is too long for a part: cut it between grapheme clusters.
    brokeWord = true;
    let rest = splitGraphemes(word.text);
    while (rest.length > 0) {
      const at = chunks.length + 1;
      const count = longestFittingPrefix(rest, (piece) => fits(build(piece, at)));
      if (count === 0) return null;
      const piece = rest.slice(0, count).join('');
      rest = rest.slice(count);
      if (rest.length > 0) chunks.push(piece);
      else current = piece;
    }
  }
  if (current !== '') chunks.push(current);
  return { chunks, brokeWord };
}

/** The largest k such that the first k graphemes fit (binary search, then checked). */
function longestFittingPrefix(graphemes: readonly string[], fits: (piece: string) => boolean): number {
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(graphemes.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  while (low > 0 && !fits(graphemes.slice(0, low).join(''))) low--;
  return low;
}
