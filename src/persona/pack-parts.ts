import { splitGraphemes } from '../platforms';

/** Builds the full text of part `index` (1-based) around a chunk of the body. @internal */
export type PartBuilder = (chunk: string, index: number) => string;

/** The result of {@link packParts}. @internal */
export interface PackedParts {
  /** The body chunks, in order (each trimmed, never empty). */
  readonly chunks: readonly string[];
  /** True when a word had to be broken (between graphemes) because it could not fit a part on its own. */
  readonly brokeWord: boolean;
}

/** Options of {@link packParts}. */
export interface PackPartsOptions {
  /** End a part at a sentence end (., !, ?, …) when one lies in the second half of the part. */
  readonly preferSentenceBreaks?: boolean;
  /** Stop after this many chunks (the rest of the body is dropped). */
  readonly maxChunks?: number;
}

const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/u;

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
  options: PackPartsOptions = {},
): PackedParts | null {
  const list = words(body);
  const chunks: string[] = [];
  let brokeWord = false;
  const range = (from: number, to: number) => {
    let out = (list[from] as Word).text;
    for (let i = from + 1; i <= to; i++) out += `${(list[i] as Word).separator}${(list[i] as Word).text}`;
    return out;
  };
  let start = 0;
  const maxChunks = options.maxChunks ?? Number.POSITIVE_INFINITY;
  while (start < list.length && chunks.length < maxChunks) {
    const index = chunks.length + 1;
    const partFits = (to: number) => fits(build(range(start, to), index));
    if (!partFits(start)) {
      // The word alone is too long for a part: cut it between grapheme clusters; the last piece
      // stays in play so the following words can join it.
      brokeWord = true;
      const word = list[start] as Word;
      let rest = splitGraphemes(word.text);
      for (;;) {
        const at = chunks.length + 1;
        const count = longestFittingPrefix(rest, (piece) => fits(build(piece, at)));
        if (count === 0) return null;
        if (count === rest.length) break;
        chunks.push(rest.slice(0, count).join(''));
        rest = rest.slice(count);
      }
      list[start] = { text: rest.join(''), separator: word.separator };
      continue;
    }
    // Gallop, then binary-search the last word that still fits: O(log n) measurements per part.
    let good = start;
    let bad = list.length;
    for (let step = 1; good + step < list.length; step *= 2) {
      if (partFits(good + step)) good += step;
      else {
        bad = good + step;
        break;
      }
    }
    if (bad === list.length && good < list.length - 1) {
      if (partFits(list.length - 1)) good = list.length - 1;
      else bad = list.length - 1;
    }
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      if (partFits(middle)) good = middle;
      else bad = middle;
    }
    if (options.preferSentenceBreaks && good < list.length - 1) {
      // End the part at a sentence end when one lies in its second half.
      const half = start + Math.floor((good - start) / 2);
      for (let k = good; k > half; k--) {
        if (SENTENCE_END.test((list[k] as Word).text)) {
          good = k;
          break;
        }
      }
    }
    chunks.push(range(start, good));
    start = good + 1;
  }
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
