import { DAY } from '../shared/duration';
import { CalendarNeverOpenError } from '../shared/errors';
import { formatInstant } from '../shared/instant';
import { LruCache } from './lru-cache';

/** Chunks (weeks) per block: blocks hold prefix sums of open time so long spans are skipped, not walked. */
export const CHUNKS_PER_BLOCK = 64;

/** What a chunk source computes for one block of {@link CHUNKS_PER_BLOCK} consecutive chunks. */
export interface BlockData {
  /** Start instants of the block's chunks plus the start of the next block (65 values). */
  readonly starts: Float64Array;
  /** Open time of each chunk in ms (64 values). */
  readonly totals: Float64Array;
  /** Intervals already resolved while computing totals, by chunk position; others are built lazily. */
  readonly intervals?: readonly (Float64Array | undefined)[];
}

/**
 * Splits the time line into consecutive chunks (a calendar's local weeks, or UTC weeks for combined
 * calendars) and resolves each into sorted, merged, flat `[open0, close0, open1, close1, …]` UTC intervals
 * clipped to the chunk.
 */
export interface ChunkSource {
  /** The chunk holding `instant`, or one next to it. */
  guessChunk(instant: number): number;
  /** Starts and open totals of block `block` (chunks `block * 64` to `block * 64 + 63`). */
  buildBlock(block: number): BlockData;
  /** The intervals of chunk `chunk`, spanning `[start, end)`. */
  buildChunk(chunk: number, start: number, end: number): Float64Array;
}

interface Block {
  readonly starts: Float64Array;
  readonly totals: Float64Array;
  readonly intervals: readonly (Float64Array | undefined)[] | undefined;
  /** `cum[j]` = open time of the block's chunks before position `j` (65 values). */
  readonly cum: Float64Array;
}

/** One resolved chunk. */
export interface Chunk {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Flat sorted merged intervals inside `[start, end)`. */
  readonly intervals: Float64Array;
}

/** Cache limits of a {@link Timeline}. */
export interface TimelineLimits {
  /** Resolved chunks (weeks) kept, default 1024. */
  readonly chunks?: number;
  /** Blocks of 64 chunks kept, default 32. */
  readonly blocks?: number;
}

const N = CHUNKS_PER_BLOCK;

/**
 * The business-time engine: answers every calendar question from resolved UTC intervals,
 * skipping whole blocks and weeks through prefix sums of their open time. Integer ms throughout.
 * @internal
 */
export class Timeline {
  readonly horizon: number;
  readonly #source: ChunkSource;
  readonly #neverOpen: boolean;
  readonly #blocks: LruCache<number, Block>;
  readonly #chunks: LruCache<number, Chunk>;
  #last: Chunk | undefined;
  #rest = 0;
  #progress = 0;

  constructor(source: ChunkSource, horizon: number, neverOpen: boolean, limits: TimelineLimits = {}) {
    this.#source = source;
    this.horizon = horizon;
    this.#neverOpen = neverOpen;
    this.#blocks = new LruCache(limits.blocks ?? 32);
    this.#chunks = new LruCache(limits.chunks ?? 1024);
  }

  /** True when the calendar can never be open (known without searching). */
  get neverOpen(): boolean {
    return this.#neverOpen;
  }

  /** Number of cached chunks and blocks (for tests of the memory bound). */
  cacheSizes(): { chunks: number; blocks: number } {
    return { chunks: this.#chunks.size, blocks: this.#blocks.size };
  }

  #block(index: number): Block {
    let block = this.#blocks.get(index);
    if (block === undefined) {
      const data = this.#source.buildBlock(index);
      const cum = new Float64Array(N + 1);
      for (let j = 0; j < N; j++) cum[j + 1] = cum[j]! + data.totals[j]!;
      block = { starts: data.starts, totals: data.totals, intervals: data.intervals, cum };
      this.#blocks.set(index, block);
    }
    return block;
  }

  chunk(index: number): Chunk {
    let chunk = this.#chunks.get(index);
    if (chunk === undefined) {
      const b = Math.floor(index / N);
      const j = index - b * N;
      const block = this.#block(b);
      const start = block.starts[j]!;
      const end = block.starts[j + 1]!;
      const intervals = block.intervals?.[j] ?? this.#source.buildChunk(index, start, end);
      chunk = { index, start, end, intervals };
      this.#chunks.set(index, chunk);
    }
    return chunk;
  }

  /** The chunk with `start <= instant < end`. */
  locate(instant: number): Chunk {
    const last = this.#last;
    if (last !== undefined && instant >= last.start && instant < last.end) return last;
    let k = this.#source.guessChunk(instant);
    let chunk = this.chunk(k);
    while (instant < chunk.start) chunk = this.chunk(--k);
    while (instant >= chunk.end) chunk = this.chunk(++k);
    this.#last = chunk;
    return chunk;
  }

  isOpen(at: number): boolean {
    const iv = this.locate(at).intervals;
    let lo = 0;
    let hi = (iv.length >> 1) - 1;
    if (hi < 0 || at < iv[0]!) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (iv[mid * 2]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return at < iv[lo * 2 + 1]!;
  }

  #fail(at: number): never {
    const days = Math.round(this.horizon / DAY);
    throw new CalendarNeverOpenError(
      `The calendar has no open time within ${days} days of ${formatInstant(at)}: check its week, holidays, special days and closures, or raise \`horizon\`.`,
      this.horizon,
    );
  }

  /** Open time in `[from, to)` of one chunk's intervals. */
  #partial(iv: Float64Array, from: number, to: number): number {
    let sum = 0;
    for (let i = 0; i < iv.length; i += 2) {
      const s = iv[i]!;
      if (s >= to) break;
      const e = iv[i + 1]!;
      if (e <= from) continue;
      sum += Math.min(e, to) - Math.max(s, from);
    }
    return sum;
  }

  /** Sum of chunk totals for chunks `first` (inclusive) to `last` (exclusive). */
  #sumChunks(first: number, last: number): number {
    let sum = 0;
    let k = first;
    while (k < last) {
      const b = Math.floor(k / N);
      const j = k - b * N;
      const block = this.#block(b);
      const stop = Math.min(N, last - b * N);
      sum += block.cum[stop]! - block.cum[j]!;
      k = b * N + stop;
    }
    return sum;
  }

  /** Open time in `[from, to)`, `from <= to`. */
  measure(from: number, to: number): number {
    if (to <= from) return 0;
    const first = this.locate(from);
    if (to <= first.end) return this.#partial(first.intervals, from, to);
    const head = this.#partial(first.intervals, from, first.end);
    const last = this.locate(to);
    return (
      head + this.#sumChunks(first.index + 1, last.index) + this.#partial(last.intervals, last.start, to)
    );
  }

  /** Walks forward from `from` through `need` ms of open time; NaN with `#rest` set when the chunk runs out. */
  #forward(iv: Float64Array, from: number, need: number): number {
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1]!;
      if (e <= from) continue;
      const s = Math.max(iv[i]!, from);
      if (s - this.#progress > this.horizon) this.#fail(this.#progress);
      if (need === 0) return s;
      const length = e - s;
      if (length >= need) return s + need;
      need -= length;
      this.#progress = e;
    }
    this.#rest = need;
    return Number.NaN;
  }

  #backward(iv: Float64Array, to: number, need: number): number {
    for (let i = iv.length - 2; i >= 0; i -= 2) {
      const s = iv[i]!;
      if (s >= to) continue;
      const e = Math.min(iv[i + 1]!, to);
      if (this.#progress - e > this.horizon) this.#fail(this.#progress);
      if (need === 0) return e;
      const length = e - s;
      if (length >= need) return e - need;
      need -= length;
      this.#progress = s;
    }
    this.#rest = need;
    return Number.NaN;
  }

  /**
   * The first instant `x >= at` with `need` ms of open time in `[at, x)`; with `need == 0`, `at` when
   * open at `at`, else the next opening.
   */
  add(at: number, need: number): number {
    if (this.#neverOpen) this.#fail(at);
    this.#progress = at;
    const first = this.locate(at);
    const found = this.#forward(first.intervals, at, need);
    if (!Number.isNaN(found)) return found;
    need = this.#rest;
    let k = first.index + 1;
    for (;;) {
      const b = Math.floor(k / N);
      const j = k - b * N;
      const block = this.#block(b);
      const cum = block.cum;
      const base = cum[j]!;
      const available = cum[N]! - base;
      if (available === 0 || available < need) {
        const end = block.starts[N]!;
        if (available === 0) {
          if (end - this.#progress > this.horizon) this.#fail(this.#progress);
        } else {
          need -= available;
          this.#progress = end;
        }
        k = (b + 1) * N;
        continue;
      }
      let lo = j;
      let hi = N - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const got = cum[mid + 1]! - base;
        if (need === 0 ? got > 0 : got >= need) hi = mid;
        else lo = mid + 1;
      }
      const consumed = cum[lo]! - base;
      if (consumed > 0) {
        need -= consumed;
        this.#progress = block.starts[lo]!;
      }
      const chunk = this.chunk(b * N + lo);
      return this.#forward(chunk.intervals, chunk.start, need);
    }
  }

  /**
   * The last instant `x <= at` with `need` ms of open time in `[x, at)`; with `need == 0`, `at` when
   * open just before `at`, else the previous closing.
   */
  subtract(at: number, need: number): number {
    if (this.#neverOpen) this.#fail(at);
    this.#progress = at;
    const first = this.locate(at);
    const found = this.#backward(first.intervals, at, need);
    if (!Number.isNaN(found)) return found;
    need = this.#rest;
    let k = first.index - 1;
    for (;;) {
      const b = Math.floor(k / N);
      const j = k - b * N;
      const block = this.#block(b);
      const cum = block.cum;
      const top = cum[j + 1]!;
      const available = top;
      if (available === 0 || available < need) {
        const start = block.starts[0]!;
        if (available === 0) {
          if (this.#progress - start > this.horizon) this.#fail(this.#progress);
        } else {
          need -= available;
          this.#progress = start;
        }
        k = b * N - 1;
        continue;
      }
      let lo = 0;
      let hi = j;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const got = top - cum[mid]!;
        if (need === 0 ? got > 0 : got >= need) lo = mid;
        else hi = mid - 1;
      }
      const consumed = top - cum[lo + 1]!;
      if (consumed > 0) {
        need -= consumed;
        this.#progress = block.starts[lo + 1]!;
      }
      const chunk = this.chunk(b * N + lo);
      return this.#backward(chunk.intervals, chunk.end, need);
    }
  }

  /** The next opening strictly after `at` (joins of adjacent intervals are not openings). */
  nextOpen(at: number): number {
    if (this.#neverOpen) this.#fail(at);
    const first = this.locate(at);
    const iv = first.intervals;
    for (let i = 0; i < iv.length; i += 2) {
      if (iv[i]! > at) return this.#withinHorizon(at, iv[i]!);
    }
    let openAtEdge = iv.length > 0 && iv[iv.length - 1] === first.end;
    let continuous = openAtEdge;
    let k = first.index + 1;
    for (;;) {
      const b = Math.floor(k / N);
      const j = k - b * N;
      const block = this.#block(b);
      if (block.starts[j]! - at > this.horizon) {
        if (continuous) return Number.POSITIVE_INFINITY;
        this.#fail(at);
      }
      const rest = block.cum[N]! - block.cum[j]!;
      if (rest === 0) {
        openAtEdge = false;
        continuous = false;
        k = (b + 1) * N;
        continue;
      }
      if (openAtEdge && rest === block.starts[N]! - block.starts[j]!) {
        k = (b + 1) * N;
        continue;
      }
      const chunk = this.chunk(k);
      const civ = chunk.intervals;
      for (let i = 0; i < civ.length; i += 2) {
        if (i === 0 && openAtEdge && civ[0] === chunk.start) continue;
        return this.#withinHorizon(at, civ[i]!);
      }
      const wasOpen = openAtEdge;
      openAtEdge = civ.length > 0 && civ[civ.length - 1] === chunk.end;
      if (!wasOpen || !openAtEdge) continuous = false;
      k++;
    }
  }

  /** The next closing strictly after `at` (joins of adjacent intervals are not closings). */
  nextClose(at: number): number {
    if (this.#neverOpen) this.#fail(at);
    const first = this.locate(at);
    const iv = first.intervals;
    let open = false;
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1]!;
      if (e <= at) continue;
      if (e < first.end) return e;
      open = true;
      break;
    }
    let k = first.index + 1;
    for (;;) {
      const b = Math.floor(k / N);
      const j = k - b * N;
      const block = this.#block(b);
      const start = block.starts[j]!;
      if (start - at > this.horizon) {
        if (open) return Number.POSITIVE_INFINITY;
        this.#fail(at);
      }
      const rest = block.cum[N]! - block.cum[j]!;
      if (!open && rest === 0) {
        k = (b + 1) * N;
        continue;
      }
      if (open && rest === block.starts[N]! - start) {
        k = (b + 1) * N;
        continue;
      }
      const chunk = this.chunk(k);
      const civ = chunk.intervals;
      if (open) {
        if (civ.length === 0 || civ[0]! > chunk.start) return chunk.start;
        if (civ[1]! < chunk.end) return civ[1]!;
      } else if (civ.length > 0) {
        if (civ[1]! < chunk.end) return civ[1]!;
        open = true;
      }
      k++;
    }
  }

  #withinHorizon(from: number, result: number): number {
    if (result - from > this.horizon) this.#fail(from);
    return result;
  }

  /** Open intervals clipped to `[from, to)`, adjacent ones merged. */
  openIntervals(from: number, to: number): [number, number][] {
    const out: [number, number][] = [];
    if (to <= from) return out;
    let chunk = this.locate(from);
    for (;;) {
      const iv = chunk.intervals;
      for (let i = 0; i < iv.length; i += 2) {
        const s = Math.max(iv[i]!, from);
        const e = Math.min(iv[i + 1]!, to);
        if (e <= s) continue;
        const last = out[out.length - 1];
        if (last !== undefined && last[1] === s) last[1] = e;
        else out.push([s, e]);
      }
      if (chunk.end >= to) return out;
      chunk = this.chunk(chunk.index + 1);
    }
  }
}
