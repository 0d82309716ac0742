import { DDSketch } from '@datadog/sketches-js';
import { exactQuantile } from './exact-quantile';
import { selectQuantiles } from './select-quantiles';
import { quantileKey, type TimeStats } from './time-stats';

/** How quantiles are computed: every value kept (`exact`) or a DDSketch (`sketch`). */
export type QuantileMethod = 'exact' | 'sketch';

/** The JSON form of an exact store: the values, sorted. */
export interface ExactValuesJson {
  readonly values: readonly number[];
}

/** The JSON form of a sketch store: DDSketch bins by key, plus exact count, sum, min and max. */
export interface SketchValuesJson {
  readonly count: number;
  readonly sum: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly zeroCount: number;
  /** `[key, count]` pairs of the positive-value store, ascending by key. */
  readonly bins: readonly (readonly [number, number])[];
}

/** The JSON form of a value store. */
export type ValueStoreJson = ExactValuesJson | SketchValuesJson;

/**
 * Values of one time metric. Counts, sums, minima and maxima are exact in both modes; only the
 * quantiles of a sketch store are approximate (relative error bound of the sketch).
 * @internal
 */
export interface ValueStore {
  readonly count: number;
  add(value: number): void;
  /** Adds every value of `other` (which must be of the same kind). */
  merge(other: ValueStore): void;
  /** Adds every value of each of `others` (same kind); for exact stores one copy instead of one per store. */
  mergeAll(others: readonly ValueStore[]): void;
  /**
   * Removes the values of every store of `others` (same kind), which must all be in this store
   * (restoring a partial whose overall figures include its accounts' ones). One pass for all.
   * @throws RangeError when a value of `others` is not in this store
   */
  subtractAll(others: readonly ValueStore[]): void;
  clone(): ValueStore;
  summarize(quantiles: readonly number[]): TimeStats;
  toJSON(): ValueStoreJson;
}

/** Every value in a growable typed array; quantiles by linear interpolation. @internal */
export class ExactValues implements ValueStore {
  // A plain array (on the V8 heap): typed arrays live outside it and their growth triggers full
  // garbage collections of the whole heap, which dominate when millions of conversations are held.
  private values: number[] = [];
  private sum = 0;
  private sorted = true;

  get count(): number {
    return this.values.length;
  }

  add(value: number): void {
    const values = this.values;
    if (this.sorted && values.length > 0 && value < values[values.length - 1]!) this.sorted = false;
    values.push(value);
    this.sum += value;
  }

  merge(other: ValueStore): void {
    if (!(other instanceof ExactValues))
      throw new TypeError('Cannot merge a sketch store into an exact one.');
    const theirs = other.values;
    if (theirs.length === 0) return;
    const values = this.values;
    if (values.length === 0) {
      this.values = theirs.slice();
      this.sum = other.sum;
      this.sorted = other.sorted;
      return;
    }
    // concat copies natively (several times faster than pushing), but copies this store too: only
    // worth it when the other is not much smaller (merging many small buckets stays linear)
    if (theirs.length >= 1024 && theirs.length * 4 >= values.length) this.values = values.concat(theirs);
    else for (const value of theirs) values.push(value);
    this.sum += other.sum;
    this.sorted = false;
  }

  mergeAll(others: readonly ValueStore[]): void {
    const arrays: number[][] = [];
    for (const other of others) {
      if (!(other instanceof ExactValues))
        throw new TypeError('Cannot merge a sketch store into an exact one.');
      if (other.values.length === 0) continue;
      arrays.push(other.values);
      this.sum += other.sum;
    }
    if (arrays.length === 0) return;
    // concat copies natively, several times faster than pushing value by value; in slices, as
    // arguments are limited
    let values = this.values;
    for (let i = 0; i < arrays.length; i += 4096) values = values.concat(...arrays.slice(i, i + 4096));
    this.values = values;
    this.sorted = false;
  }

  subtractAll(others: readonly ValueStore[]): void {
    const runs: number[][] = [];
    for (const other of others) {
      if (!(other instanceof ExactValues))
        throw new TypeError('Cannot subtract a sketch store from an exact one.');
      if (other.values.length > 0) runs.push(other.sortedValues());
    }
    if (runs.length === 0) return;
    const mine = this.sortedValues();
    const theirs = mergeSortedRuns(runs);
    const kept: number[] = [];
    let j = 0;
    for (const value of mine) {
      if (j < theirs.length && value === theirs[j]) j++;
      else kept.push(value);
    }
    if (j < theirs.length) throw new RangeError('The values to subtract are not all in the store.');
    this.values = kept;
    this.sum = 0;
    for (const value of kept) this.sum += value;
  }

  clone(): ExactValues {
    const copy = new ExactValues();
    copy.values = this.values.slice();
    copy.sum = this.sum;
    copy.sorted = this.sorted;
    return copy;
  }

  summarize(quantiles: readonly number[]): TimeStats {
    const n = this.values.length;
    const wanted = [0.5, 0.9, ...quantiles];
    const figures = this.sorted
      ? wanted.map((q) => exactQuantile(this.values, q, n))
      : selectQuantiles(this.values, wanted); // reorders the values in place: order is irrelevant
    const stats: Record<string, number | null> = {
      count: n,
      mean: n === 0 ? null : this.sum / n,
      median: figures[0] ?? null,
      p90: figures[1] ?? null,
    };
    quantiles.forEach((q, i) => {
      stats[quantileKey(q)] = figures[i + 2] ?? null;
    });
    return stats as unknown as TimeStats;
  }

  toJSON(): ExactValuesJson {
    return { values: this.sortedValues().slice() };
  }

  static fromJSON(json: ExactValuesJson): ExactValues {
    // one copy and one pass (partials from workers carry millions of values)
    const store = new ExactValues();
    const values = json.values.slice();
    let sum = 0;
    let sorted = true;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      sum += value;
      if (i > 0 && value < values[i - 1]!) sorted = false;
    }
    store.values = values;
    store.sum = sum;
    store.sorted = sorted;
    return store;
  }

  private sortedValues(): number[] {
    if (!this.sorted) {
      this.values = Array.from(Float64Array.from(this.values).sort());
      this.sorted = true;
    }
    return this.values;
  }
}

/**
 * Merges ascending arrays into one ascending array, pairwise (O(n log k) for k arrays): restored
 * partials hold sorted values, so this avoids sorting their union again.
 */
function mergeSortedRuns(runs: readonly number[][]): number[] {
  let level = runs.slice();
  while (level.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i]!;
      const b = level[i + 1];
      if (b === undefined) {
        next.push(a);
        continue;
      }
      const out = new Array<number>(a.length + b.length);
      let x = 0;
      let y = 0;
      let k = 0;
      while (x < a.length && y < b.length) out[k++] = a[x]! <= b[y]! ? a[x++]! : b[y++]!;
      while (x < a.length) out[k++] = a[x++]!;
      while (y < b.length) out[k++] = b[y++]!;
      next.push(out);
    }
    level = next;
  }
  return level[0] ?? [];
}

/**
 * A DDSketch (relative-error quantile sketch) plus exact count and sum. Its size depends on the
 * range of the values, not on how many there are. @internal
 */
export class SketchValues implements ValueStore {
  private sketch: DDSketch;
  private total = 0;
  private sum = 0;
  readonly relativeAccuracy: number;

  constructor(relativeAccuracy: number) {
    this.relativeAccuracy = relativeAccuracy;
    this.sketch = new DDSketch({ relativeAccuracy });
  }

  get count(): number {
    return this.total;
  }

  add(value: number): void {
    this.sketch.accept(value);
    this.total++;
    this.sum += value;
  }

  merge(other: ValueStore): void {
    if (!(other instanceof SketchValues)) throw new TypeError('Cannot merge an exact store into a sketch.');
    if (other.total === 0) return;
    this.sketch.merge(other.sketch);
    this.total += other.total;
    this.sum += other.sum;
  }

  mergeAll(others: readonly ValueStore[]): void {
    for (const other of others) this.merge(other);
  }

  subtractAll(others: readonly ValueStore[]): void {
    const removed = new Map<number, number>();
    let zeroCount = 0;
    let count = 0;
    let sum = 0;
    for (const other of others) {
      if (!(other instanceof SketchValues))
        throw new TypeError('Cannot subtract an exact store from a sketch.');
      if (other.total === 0) continue;
      for (const [key, weight] of other.toJSON().bins) removed.set(key, (removed.get(key) ?? 0) + weight);
      zeroCount += other.sketch.zeroCount;
      count += other.total;
      sum += other.sum;
    }
    if (count === 0) return;
    const mine = this.toJSON();
    const bins: [number, number][] = [];
    for (const [key, weight] of mine.bins) {
      const left = weight - (removed.get(key) ?? 0);
      removed.delete(key);
      if (left < 0) throw new RangeError('The values to subtract are not all in the sketch.');
      if (left > 0) bins.push([key, left]);
    }
    if (removed.size > 0 || mine.zeroCount < zeroCount || mine.count < count)
      throw new RangeError('The values to subtract are not all in the sketch.');
    // min and max stay those of the whole: what is subtracted is merged back when reporting
    const rest = SketchValues.fromJSON(
      {
        count: mine.count - count,
        sum: mine.sum - sum,
        min: mine.min,
        max: mine.max,
        zeroCount: mine.zeroCount - zeroCount,
        bins,
      },
      this.relativeAccuracy,
    );
    this.sketch = rest.sketch;
    this.total = rest.total;
    this.sum = rest.sum;
  }

  clone(): SketchValues {
    return SketchValues.fromJSON(this.toJSON(), this.relativeAccuracy);
  }

  summarize(quantiles: readonly number[]): TimeStats {
    const n = this.total;
    const at = (q: number): number | null => (n === 0 ? null : this.quantile(q));
    const stats: Record<string, number | null> = {
      count: n,
      mean: n === 0 ? null : this.sum / n,
      median: at(0.5),
      p90: at(0.9),
    };
    for (const q of quantiles) stats[quantileKey(q)] = at(q);
    return stats as unknown as TimeStats;
  }

  toJSON(): SketchValuesJson {
    const store = this.sketch.store;
    const bins: [number, number][] = [];
    if (store.count > 0) {
      for (let key = store.minKey; key <= store.maxKey; key++) {
        const weight = store.bins[key - store.offset] ?? 0;
        if (weight > 0) bins.push([key, weight]);
      }
    }
    return {
      count: this.total,
      sum: this.sum,
      min: this.total === 0 ? null : this.sketch.min,
      max: this.total === 0 ? null : this.sketch.max,
      zeroCount: this.sketch.zeroCount,
      bins,
    };
  }

  static fromJSON(json: SketchValuesJson, relativeAccuracy: number): SketchValues {
    const store = new SketchValues(relativeAccuracy);
    const sketch = store.sketch;
    for (const [key, weight] of json.bins) sketch.store.add(key, weight);
    sketch.zeroCount = json.zeroCount;
    sketch.count = json.count;
    sketch.sum = json.sum;
    if (json.min !== null) sketch.min = json.min;
    if (json.max !== null) sketch.max = json.max;
    store.total = json.count;
    store.sum = json.sum;
    return store;
  }

  /** The sketch's value at the quantile, clamped to the exact minimum and maximum. */
  private quantile(q: number): number {
    const value = this.sketch.getValueAtQuantile(q);
    return Math.min(Math.max(value, this.sketch.min), this.sketch.max);
  }
}

/**
 * Creates an empty store of the given method.
 * @internal
 */
export function createValueStore(method: QuantileMethod, relativeAccuracy: number): ValueStore {
  return method === 'exact' ? new ExactValues() : new SketchValues(relativeAccuracy);
}

/**
 * Restores a store from its JSON form.
 * @internal
 */
export function valueStoreFromJSON(
  json: ValueStoreJson,
  method: QuantileMethod,
  relativeAccuracy: number,
): ValueStore {
  return method === 'exact'
    ? ExactValues.fromJSON(json as ExactValuesJson)
    : SketchValues.fromJSON(json as SketchValuesJson, relativeAccuracy);
}
