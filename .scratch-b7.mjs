// src/shared/errors.ts
var marker = /* @__PURE__ */ Symbol.for("socialcare.error");
var CareError = class extends Error {
  /** A stable, machine-readable code. */
  code;
  [marker] = true;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "CareError";
    this.code = code;
  }
  /** True for any socialcare error, even one created by another copy of the package. */
  static isInstance(value) {
    return typeof value === "object" && value !== null && value[marker] === true;
  }
};
var CareIoError = class extends CareError {
  /** The 1-based line number the problem was found on, when known. */
  line;
  constructor(message, line, options = {}) {
    super(options.code ?? "IO_FAILED", message, options);
    this.name = "CareIoError";
    this.line = line;
  }
};

// src/io/read-report.ts
var ReadTracker = class {
  bytes = 0;
  lines = 0;
  rows = 0;
  malformed = 0;
  done = false;
  problems = [];
  #options;
  #what;
  constructor(options, what) {
    this.#options = options;
    this.#what = what;
  }
  /** Records a malformed row: throws in strict mode, else counts, keeps and reports it. */
  reject(record) {
    if (this.#options.strict === true) {
      throw new CareIoError(
        `Malformed ${this.#what} at line ${record.line}: ${record.reason} (starts with ${JSON.stringify(record.excerpt.slice(0, 60))}). Fix the input, or read without \`strict\` to skip such rows.`,
        record.line,
        { code: "PARSE_FAILED" }
      );
    }
    this.malformed++;
    if (this.problems.length < (this.#options.maxReportedProblems ?? 100)) this.problems.push(record);
    this.#options.onMalformed?.(record);
  }
  /** Calls `onProgress` with the current counts. */
  progress() {
    this.#options.onProgress?.({ bytes: this.bytes, lines: this.lines, rows: this.rows, malformed: this.malformed });
  }
  /** The public view. */
  get report() {
    return this;
  }
};
function createReader(tracker, run) {
  let started = false;
  return {
    report: tracker,
    [Symbol.asyncIterator]() {
      if (started) {
        throw new CareIoError("A reader can be iterated only once: call the read function again to re-read.");
      }
      started = true;
      return run();
    }
  };
}

// src/io/text-source.ts
import { createReadStream } from "node:fs";
var FILE_CHUNK_BYTES = 256 * 1024;
async function* readTextChunks(source, onBytes) {
  const chunks = openSource(source);
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === "string") {
        onBytes(byteLength(chunk));
        if (chunk.length > 0) yield chunk;
      } else if (chunk instanceof Uint8Array) {
        onBytes(chunk.byteLength);
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) yield text;
      } else {
        throw new CareIoError(
          `Expected text chunks (string or Uint8Array), got ${typeof chunk}: pass a file path, a Readable, or an iterable of strings/bytes.`
        );
      }
    }
  } catch (error) {
    if (error instanceof CareIoError) throw error;
    throw new CareIoError(`Could not read ${describeSource(source)}: ${error.message}`, void 0, {
      cause: error
    });
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
function openSource(source) {
  if (typeof source === "string" || source instanceof URL) {
    return createReadStream(source, { highWaterMark: FILE_CHUNK_BYTES });
  }
  if (source !== null && typeof source === "object") {
    if (Symbol.asyncIterator in source || Symbol.iterator in source) return source;
  }
  throw new CareIoError(
    "Unsupported source: pass a file path, a file URL, a Node Readable, or an (async) iterable of string or Uint8Array chunks."
  );
}
function byteLength(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (code < 2048) bytes += 1;
    else if (code >= 55296 && code <= 56319) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
function describeSource(source) {
  if (typeof source === "string") return `"${source}"`;
  if (source instanceof URL) return `"${source.href}"`;
  return "the stream";
}

// src/io/mentions.ts
function extractMentions(text) {
  let at = text.indexOf("@");
  if (at === -1) return [];
  const found = [];
  let seen;
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
    at = text.indexOf("@", end > at + 1 ? end : at + 1);
  }
  return found;
}
function isHandleChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95;
}

// src/io/csv-scanner.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var NONE = Number.MAX_SAFE_INTEGER;
var CsvScanner = class {
  buffer = "";
  /** Line number of `buffer[0]`. */
  line = 1;
  /** Dropping input until the next LF after a problem that left no LF in the buffer. */
  skipping = false;
  maxRecordLength;
  constructor(options) {
    this.maxRecordLength = options.maxRecordLength;
  }
  /** Lines consumed so far (complete lines). */
  get linesRead() {
    return this.line - 1;
  }
  /** Scans a chunk; complete records go to `records`, problems to `problems`. */
  push(chunk, records, problems) {
    if (this.skipping) {
      const lf = chunk.indexOf("\n");
      if (lf === -1) return;
      this.skipping = false;
      this.line++;
      chunk = chunk.slice(lf + 1);
    }
    this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    this.scan(false, records, problems);
  }
  /** Ends the input: the last record may lack a line break; an unclosed quote is a problem. */
  end(records, problems) {
    if (!this.skipping) this.scan(true, records, problems);
    this.buffer = "";
  }
  scan(final, records, problems) {
    const buf = this.buffer;
    const len = buf.length;
    let pos = 0;
    let line = this.line;
    let nl = -1;
    let comma = -1;
    records: while (pos < len) {
      const start = pos;
      const startLine = line;
      const fields = [];
      for (; ; ) {
        if (pos < len && buf.charCodeAt(pos) === QUOTE) {
          let segment = pos + 1;
          let value = "";
          let close;
          for (; ; ) {
            close = buf.indexOf('"', segment);
            if (close === -1 || close + 1 >= len && !final) {
              if (final || len - start > this.maxRecordLength) {
                line = this.resync(buf, start, startLine, problems, "an unclosed quote", final);
                if (line < 0) return;
                pos = this.resumeAt;
                continue records;
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
          problems.push({
            line: startLine,
            reason: "unexpected text after a closing quote",
            excerpt: excerpt(buf, start)
          });
          const lf = buf.indexOf("\n", pos);
          if (lf === -1) {
            if (!final) this.skipping = true;
            this.line = line;
            this.buffer = "";
            return;
          }
          pos = lf + 1;
          line++;
          continue records;
        }
        if (nl < pos) nl = findLf(buf, pos);
        if (nl === NONE) {
          if (!final) {
            if (len - start > this.maxRecordLength) {
              line = this.resync(buf, start, startLine, problems, "a line that never ends", final);
              if (line < 0) return;
              pos = this.resumeAt;
              continue records;
            }
            this.keep(buf, start, startLine);
            return;
          }
          nl = len;
        }
        if (comma < pos) {
          comma = buf.indexOf(",", pos);
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
    this.buffer = "";
  }
  resumeAt = 0;
  /**
   * Reports the record starting at `start` and moves past the end of its first line. Returns the
   * line number to continue with (and sets `resumeAt`), or -1 when the buffer holds no further line.
   */
  resync(buf, start, startLine, problems, what, final) {
    problems.push({
      line: startLine,
      reason: buf.length - start > this.maxRecordLength ? `record longer than ${this.maxRecordLength} characters (${what}?)` : `${what} at the end of the input`,
      excerpt: excerpt(buf, start)
    });
    const lf = buf.indexOf("\n", start);
    if (lf === -1) {
      if (!final) this.skipping = true;
      this.line = startLine;
      this.buffer = "";
      return -1;
    }
    this.resumeAt = lf + 1;
    return startLine + 1;
  }
  keep(buf, start, startLine) {
    this.buffer = start === 0 ? buf : buf.slice(start);
    this.line = startLine;
  }
};
function findLf(buf, from) {
  const lf = buf.indexOf("\n", from);
  return lf === -1 ? NONE : lf;
}
function excerpt(buf, start) {
  const lf = buf.indexOf("\n", start);
  const end = Math.min(lf === -1 ? buf.length : lf, start + 120);
  return buf.slice(start, end);
}

// src/io/twcs-message.ts
var NUMERIC = /^\d+$/;
var TwcsMessageMapper = class {
  /** Lower-cased handle to its canonical spelling. */
  brands = /* @__PURE__ */ new Map();
  /** Cache: a spelling seen in the data to its brand handle (or undefined when not a brand). */
  spellings = /* @__PURE__ */ new Map();
  lastAuthor = "";
  platform;
  includeRaw;
  constructor(options = {}) {
    for (const handle of options.brandAccounts ?? []) this.brands.set(handle.toLowerCase(), handle);
    this.platform = options.platform ?? "x";
    this.includeRaw = options.includeRaw === true;
  }
  map(row) {
    const mentions = extractMentions(row.text);
    let accountId;
    if (row.inbound) {
      accountId = this.addressedAccount(mentions);
    } else {
      accountId = row.authorId;
      if (row.authorId !== this.lastAuthor) {
        this.lastAuthor = row.authorId;
        const key = row.authorId.toLowerCase();
        if (!this.brands.has(key)) {
          this.brands.set(key, row.authorId);
          this.spellings.clear();
        }
      }
    }
    const message = {
      id: row.tweetId,
      platform: this.platform,
      direction: row.inbound ? "inbound" : "outbound",
      visibility: "public",
      author: row.inbound ? { id: row.authorId, kind: "customer" } : { id: row.authorId, kind: "brand", handle: row.authorId },
      text: row.text,
      createdAt: row.createdAt,
      mentions,
      attachments: []
    };
    if (accountId !== void 0) message.accountId = accountId;
    if (row.inResponseToTweetId !== void 0) message.inReplyTo = row.inResponseToTweetId;
    if (this.includeRaw) message.raw = row;
    return message;
  }
  addressedAccount(mentions) {
    if (mentions.length === 0) return void 0;
    let candidate;
    let candidates = 0;
    for (const handle of mentions) {
      let known = this.spellings.get(handle);
      if (known === void 0 && !this.spellings.has(handle)) {
        known = this.brands.get(handle.toLowerCase());
        if (this.spellings.size > 1e5) this.spellings.clear();
        this.spellings.set(handle, known);
      }
      if (known !== void 0) return known;
      if (!NUMERIC.test(handle)) {
        candidate = handle;
        candidates++;
      }
    }
    return candidates === 1 ? candidate : void 0;
  }
};

// src/io/twcs-date.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var DAY_MS = 864e5;
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var MONTH_BY_KEY = /* @__PURE__ */ new Map();
for (let i = 0; i < MONTHS.length; i++) {
  const name = MONTHS[i];
  MONTH_BY_KEY.set(monthKey(name, 0), i);
}
function monthKey(text, at) {
  return text.charCodeAt(at) << 16 | text.charCodeAt(at + 1) << 8 | text.charCodeAt(at + 2);
}
function parseTwcsDate(text) {
  if (text.length !== 30) return void 0;
  if (text.charCodeAt(3) !== 32 || text.charCodeAt(7) !== 32 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 32 || text.charCodeAt(25) !== 32) {
    return void 0;
  }
  const month = MONTH_BY_KEY.get(monthKey(text, 4));
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const offset = digits(text, 21, 4);
  const year = digits(text, 26, 4);
  const sign = text.charCodeAt(20);
  if (month === void 0 || year < 0 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || offset < 0 || sign !== 43 && sign !== 45) {
    return void 0;
  }
  const offsetMs = (Math.trunc(offset / 100) * 60 + offset % 100) * 6e4;
  const local = daysFromCivil(year, month + 1, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1e3;
  return sign === 43 ? local - offsetMs : local + offsetMs;
}
function digits(text, at, count) {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
function isLeap(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  return month === 1 ? isLeap(year) ? 29 : 28 : MONTH_DAYS[month];
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// src/io/twcs-row.ts
var REQUIRED = ["tweet_id", "author_id", "inbound", "created_at", "text"];
function resolveTwcsColumns(header) {
  const index = /* @__PURE__ */ new Map();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = REQUIRED.filter((name) => !index.has(name));
  if (missing.length > 0) return { missing };
  return {
    count: header.length,
    tweetId: index.get("tweet_id"),
    authorId: index.get("author_id"),
    inbound: index.get("inbound"),
    createdAt: index.get("created_at"),
    text: index.get("text"),
    responseTweetId: index.get("response_tweet_id") ?? -1,
    inResponseToTweetId: index.get("in_response_to_tweet_id") ?? -1
  };
}
function normalizeTweetId(text) {
  const length = text.length;
  if (length === 0) return "";
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    i++;
  }
  if (i === length) return text;
  if (i > 0 && text.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < length && text.charCodeAt(j) === 48) j++;
    if (j === length) return text.slice(0, i);
  }
  const trimmed = text.trim();
  if (trimmed !== text) return normalizeTweetId(trimmed);
  const value = Number(text);
  if (Number.isSafeInteger(value) && value >= 0 && /^[\d.]+e\+?\d+$/i.test(text)) return String(value);
  return void 0;
}
function parseTwcsRecord(fields, line, columns) {
  if (fields.length !== columns.count) {
    return `expected ${columns.count} fields, found ${fields.length}${fields.length > columns.count ? " (an unquoted comma?)" : ""}`;
  }
  const tweetId = normalizeTweetId(fields[columns.tweetId]);
  if (!tweetId) return `tweet_id ${JSON.stringify(fields[columns.tweetId])} is not a tweet id`;
  const authorId = fields[columns.authorId].trim();
  if (authorId.length === 0) return "author_id is empty";
  const inboundText = fields[columns.inbound];
  const inbound = parseBoolean(inboundText);
  if (inbound === void 0) return `inbound ${JSON.stringify(inboundText)} is not True or False`;
  const dateText = fields[columns.createdAt];
  const createdAt = parseTwcsDate(dateText) ?? parseIsoDate(dateText);
  if (createdAt === void 0) {
    return `created_at ${JSON.stringify(dateText)} is not a date like "Tue Oct 31 22:10:47 +0000 2017"`;
  }
  let inResponseToTweetId;
  if (columns.inResponseToTweetId >= 0) {
    const text = fields[columns.inResponseToTweetId];
    const id = normalizeTweetId(text);
    if (id === void 0) return `in_response_to_tweet_id ${JSON.stringify(text)} is not a tweet id`;
    if (id.length > 0) inResponseToTweetId = id;
  }
  let responseTweetIds = NO_IDS;
  if (columns.responseTweetId >= 0) {
    const text = fields[columns.responseTweetId];
    if (text.length > 0) {
      const parts = text.indexOf(",") === -1 ? [text] : text.split(",");
      for (let i = 0; i < parts.length; i++) {
        const id = normalizeTweetId(parts[i]);
        if (!id) return `response_tweet_id ${JSON.stringify(text)} is not a comma-separated list of tweet ids`;
        parts[i] = id;
      }
      responseTweetIds = parts;
    }
  }
  return {
    tweetId,
    authorId,
    inbound,
    createdAt,
    text: fields[columns.text],
    responseTweetIds,
    inResponseToTweetId,
    line
  };
}
var NO_IDS = Object.freeze([]);
function parseBoolean(text) {
  switch (text) {
    case "True":
    case "true":
    case "TRUE":
    case "1":
      return true;
    case "False":
    case "false":
    case "FALSE":
    case "0":
      return false;
    default:
      return void 0;
  }
}
var ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
function parseIsoDate(text) {
  if (!ISO_WITH_ZONE.test(text)) return void 0;
  const ms = Date.parse(text.replace(" ", "T"));
  return Number.isFinite(ms) ? ms : void 0;
}

// src/io/read-twcs.ts
function readTwcs(source, options = {}) {
  const tracker = new ReadTracker(options, "TWCS row");
  const mapper = new TwcsMessageMapper(options);
  return createReader(tracker, async function* () {
    for await (const batch of readBatches(source, options, tracker)) {
      for (const row of batch) yield mapper.map(row);
    }
  });
}
async function* readBatches(source, options, tracker) {
  const scanner = new CsvScanner({ maxRecordLength: options.maxRecordLength ?? 1e6 });
  const records = [];
  const problems = [];
  const state = { columns: void 0, source };
  let first = true;
  for await (let chunk of readTextChunks(source, (bytes) => {
    tracker.bytes += bytes;
  })) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 65279) chunk = chunk.slice(1);
    }
    scanner.push(chunk, records, problems);
    const batch2 = toRows(records, problems, state, tracker);
    tracker.lines = scanner.linesRead;
    if (batch2.length > 0) yield batch2;
    tracker.progress();
  }
  scanner.end(records, problems);
  const batch = toRows(records, problems, state, tracker);
  tracker.lines = scanner.linesRead;
  tracker.done = true;
  if (batch.length > 0) yield batch;
  tracker.progress();
}
function toRows(records, problems, state, tracker) {
  const rows = [];
  let p = 0;
  for (const record of records) {
    while (p < problems.length && problems[p].line < record.line) tracker.reject(problems[p++]);
    const fields = record.fields;
    if (fields.length === 1 && fields[0] === "") continue;
    const columns = state.columns;
    if (columns === void 0) {
      const resolved = resolveTwcsColumns(fields);
      if ("missing" in resolved) {
        throw new CareIoError(
          `${describeSource(state.source)} is not a TWCS CSV: its header (line ${record.line}) lacks ${resolved.missing.join(", ")}. Expected the columns tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id (an unnamed index column first is fine).`,
          record.line,
          { code: "PARSE_FAILED" }
        );
      }
      state.columns = resolved;
      continue;
    }
    const row = parseTwcsRecord(fields, record.line, columns);
    if (typeof row === "string") {
      tracker.reject({ line: record.line, reason: row, excerpt: excerptOf(fields) });
      continue;
    }
    rows.push(row);
    tracker.rows++;
  }
  while (p < problems.length) tracker.reject(problems[p++]);
  records.length = 0;
  problems.length = 0;
  return rows;
}
function excerptOf(fields) {
  const text = fields.join(",");
  const lf = text.indexOf("\n");
  return text.slice(0, Math.min(lf === -1 ? text.length : lf, 120));
}

// .scratch-t7.ts
var file = "/tmp/io-scratch/sample50.csv";
var cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
for (let r = 0; r < 3; r++) {
  const c0 = cpu();
  let n = 0;
  for await (const _m of readTwcs(file)) n++;
  const a = cpu() - c0;
  console.log("readTwcs", n, a.toFixed(0), (50 / a * 1e3).toFixed(1), "MB/s");
}
