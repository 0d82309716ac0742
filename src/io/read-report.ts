import { CareIoError } from '../shared/errors';

/** Progress of a reader, passed to `onProgress` after each chunk and at the end. */
export interface ReadProgress {
  /** Bytes read from the source so far. */
  readonly bytes: number;
  /** Lines consumed so far (a record with quoted line breaks spans several lines). */
  readonly lines: number;
  /** Good rows (or events) produced so far. */
  readonly rows: number;
  /** Malformed rows skipped so far. */
  readonly malformed: number;
}

/** A row (or NDJSON line) that was skipped, with the line it starts on. */
export interface MalformedRecord {
  /** 1-based line number in the input (the header is line 1 of a CSV). */
  readonly line: number;
  /** What is wrong, e.g. `expected 8 fields, found 9`. */
  readonly reason: string;
  /** The start of the offending text (at most 120 characters of its first line). */
  readonly excerpt: string;
}

/**
 * What a reader did, updated while it runs and complete when the iteration ends.
 *
 * @example
 * ```ts
 * const reader = readTwcsFile('twcs.csv');
 * for await (const message of reader) use(message);
 * console.log(reader.report.rows, reader.report.malformed, reader.report.problems[0]?.line);
 * ```
 */
export interface ReadReport extends ReadProgress {
  /** The first malformed records (up to `maxReportedProblems`, default 100); `malformed` counts all. */
  readonly problems: readonly MalformedRecord[];
  /** True once the whole input was read. */
  readonly done: boolean;
}

/** Options shared by the readers of `socialcare/io`. */
export interface ReadOptions {
  /** Called after each chunk of input and once at the end. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Called for each malformed row before it is skipped. */
  readonly onMalformed?: (record: MalformedRecord) => void;
  /** Throw a {@link CareIoError} (with `line`) on the first malformed row instead of skipping it. */
  readonly strict?: boolean;
  /** How many malformed records `report.problems` keeps. Default 100. */
  readonly maxReportedProblems?: number;
}

/** A reader: iterate it (once) with `for await`; `report` tells what it read and skipped. */
export interface Reader<T> extends AsyncIterable<T> {
  /** Counts and malformed rows, updated as the iteration goes. */
  readonly report: ReadReport;
}

/**
 * The mutable report behind a reader.
 * @internal
 */
export class ReadTracker {
  bytes = 0;
  lines = 0;
  rows = 0;
  malformed = 0;
  done = false;
  readonly problems: MalformedRecord[] = [];
  readonly #options: ReadOptions;
  readonly #what: string;

  constructor(options: ReadOptions, what: string) {
    this.#options = options;
    this.#what = what;
  }

  /** Records a malformed row: throws in strict mode, else counts, keeps and reports it. */
  reject(record: MalformedRecord): void {
    if (this.#options.strict === true) {
      throw new CareIoError(
        `Malformed ${this.#what} at line ${record.line}: ${record.reason} (starts with ${JSON.stringify(record.excerpt.slice(0, 60))}). Fix the input, or read without \`strict\` to skip such rows.`,
        record.line,
        { code: 'PARSE_FAILED' },
      );
    }
    this.malformed++;
    if (this.problems.length < (this.#options.maxReportedProblems ?? 100)) this.problems.push(record);
    this.#options.onMalformed?.(record);
  }

  /** Calls `onProgress` with the current counts. */
  progress(): void {
    this.#options.onProgress?.({
      bytes: this.bytes,
      lines: this.lines,
      rows: this.rows,
      malformed: this.malformed,
    });
  }

  /** The public view. */
  get report(): ReadReport {
    return this;
  }
}

/**
 * Wraps an async generator factory as a {@link Reader} whose `report` is the tracker.
 * @internal
 */
export function createReader<T>(
  tracker: ReadTracker,
  run: () => AsyncGenerator<T, void, undefined>,
): Reader<T> {
  let started = false;
  return {
    report: tracker,
    [Symbol.asyncIterator]() {
      if (started) {
        throw new CareIoError('A reader can be iterated only once: call the read function again to re-read.');
      }
      started = true;
      return run();
    },
  };
}
