const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;
const NONE = Number.MAX_SAFE_INTEGER;

/** One CSV record: its fields and the 1-based line it starts on. @internal */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** A stretch of input that is not valid CSV. @internal */
export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
  readonly excerpt: string;
}

/** Options of {@link CsvScanner}. @internal */
export interface CsvScannerOptions {
  /** A record longer than this (in characters) is reported and skipped: usually an unclosed quote. */
  readonly maxRecordLength: number;
}

/**
 * An incremental RFC 4180 CSV scanner (comma, double quote) written for the TWCS traps:
 * records end only at LF or CRLF, so a bare CR inside an unquoted field stays in the field; quoted
 * fields may hold commas, quotes (`""`) and line breaks. Feed it string chunks with {@link push};
 * complete records are appended to the array you pass. Memory is bounded by the longest record.
 * @internal
 */
export class CsvScanner {
  private buffer = '';
  /** Line number of `buffer[0]`. */
  private line = 1;
  /** Dropping input until the next LF after a problem that left no LF in the buffer. */
  private skipping = false;
  private readonly maxRecordLength: number;

  constructor(options: CsvScannerOptions) {
    this.maxRecordLength = options.maxRecordLength;
  }

  /** Lines consumed so far (complete lines). */
  get linesRead(): number {
    return this.line - 1;
  }

  /** Scans a chunk; complete records go to `records`, problems to `problems`. */
  push(chunk: string, records: CsvRecord[], problems: CsvProblem[]): void {
    if (this.skipping) {
      const lf = chunk.indexOf('\n');
      if (lf === -1) return;
      this.skipping = false;
      this.line++;
      chunk = chunk.slice(lf + 1);
    }
    this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    this.scan(false, records, problems);
  }

  /** Ends the input: the last record may lack a line break; an unclosed quote is a problem. */
  end(records: CsvRecord[], problems: CsvProblem[]): void {
    if (!this.skipping) this.scan(true, records, problems);
    this.buffer = '';
  }

  private scan(final: boolean, records: CsvRecord[], problems: CsvProblem[]): void {
    const buf = this.buffer;
    const len = buf.length;
    let pos = 0;
    let line = this.line;
    let nl = -1;
    let comma = -1;
    nextRecord: while (pos < len) {
      const start = pos;
      const startLine = line;
      const fields: string[] = [];
      for (;;) {
        if (pos < len && buf.charCodeAt(pos) === QUOTE) {
          let segment = pos + 1;
          let value = '';
          let close: number;
          for (;;) {
            close = buf.indexOf('"', segment);
            if (close === -1 || (close + 1 >= len && !final)) {
              // The closing quote (or what follows it) has not arrived yet.
              if (final || len - start > this.maxRecordLength) {
                line = this.resync(buf, start, startLine, problems, 'an unclosed quote', final);
                if (line < 0) return;
                pos = this.resumeAt;
                continue nextRecord;
              }
              this.keep(buf, start, startLine);
              return;
            }
            if (buf.charCodeAt(close + 1) === QUOTE) {
              value += buf.slice(segment, close + 1);
              segment = close + 2;
              continue;
            }
            value = value.length > 0 ? value + buf.slice(segment, close) : buf.slice(segment, close);
            break;
          }
          // Count the line breaks inside the quoted value (nl caches the first LF at or after pos).
          if (nl < pos) nl = findLf(buf, pos);
          while (nl < close) {
            line++;
            nl = findLf(buf, nl + 1);
          }
          fields.push(value);
          pos = close + 1;
          if (pos >= len) {
            records.push({ fields, line: startLine });
            break;
          }
          const next = buf.charCodeAt(pos);
          if (next === COMMA) {
            pos++;
            continue;
          }
          if (next === LF) {
            pos++;
            line++;
            records.push({ fields, line: startLine });
            break;
          }
          if (next === CR && pos + 1 < len && buf.charCodeAt(pos + 1) === LF) {
            pos += 2;
            line++;
            records.push({ fields, line: startLine });
            break;
          }
          if (next === CR && pos + 1 >= len && !final) {
            this.keep(buf, start, startLine);
            return;
          }
          // Text after a closing quote: report the record and skip to the next line.
          problems.push({
            line: startLine,
            reason: 'unexpected text after a closing quote',
            excerpt: excerpt(buf, start),
          });
          const lf = buf.indexOf('\n', pos);
          if (lf === -1) {
            if (!final) this.skipping = true;
            this.line = line;
            this.buffer = '';
            return;
          }
          pos = lf + 1;
          line++;
          continue nextRecord;
        }
        // Unquoted field: ends at the next comma or LF, whichever comes first.
        if (nl < pos) nl = findLf(buf, pos);
        if (nl === NONE) {
          if (!final) {
            if (len - start > this.maxRecordLength) {
              line = this.resync(buf, start, startLine, problems, 'a line that never ends', final);
              if (line < 0) return;
              pos = this.resumeAt;
              continue nextRecord;
            }
            this.keep(buf, start, startLine);
            return;
          }
          nl = len;
        }
        if (comma < pos) {
          comma = buf.indexOf(',', pos);
          if (comma === -1) comma = NONE;
        }
        if (comma < nl) {
          fields.push(buf.slice(pos, comma));
          pos = comma + 1;
          continue;
        }
        const fieldEnd = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        fields.push(buf.slice(pos, fieldEnd));
        if (nl < len) line++;
        pos = nl + 1;
        records.push({ fields, line: startLine });
        break;
      }
    }
    this.line = line;
    this.buffer = '';
  }

  private resumeAt = 0;

  /**
   * Reports the record starting at `start` and moves past the end of its first line. Returns the
   * line number to continue with (and sets `resumeAt`), or -1 when the buffer holds no further line.
   */
  private resync(
    buf: string,
    start: number,
    startLine: number,
    problems: CsvProblem[],
    what: string,
    final: boolean,
  ): number {
    problems.push({
      line: startLine,
      reason:
        buf.length - start > this.maxRecordLength
          ? `record longer than ${this.maxRecordLength} characters (${what}?)`
          : `${what} at the end of the input`,
      excerpt: excerpt(buf, start),
    });
    const lf = buf.indexOf('\n', start);
    if (lf === -1) {
      if (!final) this.skipping = true;
      this.line = startLine;
      this.buffer = '';
      return -1;
    }
    this.resumeAt = lf + 1;
    return startLine + 1;
  }

  private keep(buf: string, start: number, startLine: number): void {
    this.buffer = start === 0 ? buf : buf.slice(start);
    this.line = startLine;
  }
}

function findLf(buf: string, from: number): number {
  const lf = buf.indexOf('\n', from);
  return lf === -1 ? NONE : lf;
}

function excerpt(buf: string, start: number): string {
  const lf = buf.indexOf('\n', start);
  const end = Math.min(lf === -1 ? buf.length : lf, start + 120);
  return buf.slice(start, end);
}
