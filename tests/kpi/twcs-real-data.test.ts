/**
 * The KPI report on real TWCS data (the first 5,000 rows of Kaggle "Customer Support on Twitter",
 * Thought Vector, CC BY-NC-SA 4.0) checked against a second computation written here from scratch:
 * its own CSV parsing, its own threading and its own quantiles. Nothing of socialcare is used by
 * the reference side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTwcsFile } from 'socialcare/io';
import { accumulateKpisFromMessages, type KpiReport, type Kpis } from 'socialcare/kpi';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';

const file = fileURLToPath(new URL('../../../shared/data/twcs_head5000.csv', import.meta.url));
const exists = existsSync(file);
if (!exists) console.log(`[kpi] skipping the TWCS real-data tests: ../shared is absent (${file})`);

// ---------- the independent reference ----------

/** RFC 4180 fields; only LF (or CRLF) ends a record, a bare CR stays inside the field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
function parseDate(text: string): number {
  // "Tue Oct 31 22:10:47 +0000 2017"
  const [, mon, day, time, , year] = text.split(' ');
  const [h, m, s] = time!.split(':').map(Number);
  return Date.UTC(Number(year), MONTHS[mon!]!, Number(day), h!, m!, s!);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

interface Reference {
  conversations: number;
  responded: number;
  times: number[];
}

function reference(text: string) {
  const rows = parseCsv(text);
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const [cId, cAuthor, cInbound, cAt, cText, cParent] = [
    'tweet_id',
    'author_id',
    'inbound',
    'created_at',
    'text',
    'in_response_to_tweet_id',
  ].map(col);
  type Tweet = {
    id: string;
    author: string;
    inbound: boolean;
    at: number;
    text: string;
    parent: string | null;
  };
  const tweets = new Map<string, Tweet>();
  for (const r of rows.slice(1)) {
    if (r.length < header.length) continue;
    const parentRaw = r[cParent!]!;
    tweets.set(r[cId!]!, {
      id: r[cId!]!,
      author: r[cAuthor!]!,
      inbound: r[cInbound!] === 'True',
      at: parseDate(r[cAt!]!),
      text: r[cText!]!,
      parent: parentRaw === '' ? null : String(Math.trunc(Number(parentRaw))),
    });
  }
  const brands = new Map<string, string>();
  for (const t of tweets.values()) if (!t.inbound) brands.set(t.author.toLowerCase(), t.author);
  const rootOf = (t: Tweet): Tweet => {
    let current = t;
    while (current.parent !== null && tweets.has(current.parent)) current = tweets.get(current.parent)!;
    return current;
  };
  const trees = new Map<string, Tweet[]>();
  for (const t of tweets.values()) {
    const root = rootOf(t).id;
    const list = trees.get(root) ?? [];
    list.push(t);
    trees.set(root, list);
  }
  let brandInitiated = 0;
  let orphan = 0;
  const perAccount = new Map<string, Reference>();
  const overall: Reference = { conversations: 0, responded: 0, times: [] };
  for (const [rootId, members] of trees) {
    const root = tweets.get(rootId)!;
    if (root.parent !== null) {
      orphan++;
      continue;
    }
    if (!root.inbound) {
      brandInitiated++;
      continue;
    }
    const answers = members
      .filter((t) => !t.inbound && t.at >= root.at)
      .sort((a, b) => a.at - b.at || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const first = answers[0];
    let account = first?.author;
    if (account === undefined) {
      for (const match of root.text.matchAll(/@(\w+)/g)) {
        account = brands.get(match[1]!.toLowerCase());
        if (account) break;
      }
    }
    const targets = [overall];
    if (account !== undefined) {
      if (!perAccount.has(account)) perAccount.set(account, { conversations: 0, responded: 0, times: [] });
      targets.push(perAccount.get(account)!);
    }
    for (const target of targets) {
      target.conversations++;
      if (first) {
        target.responded++;
        target.times.push(first.at - root.at);
      }
    }
  }
  return { overall, perAccount, skipped: { brandInitiated, orphan } };
}

function expectMatches(kpis: Kpis, ref: Reference, label: string): void {
  expect(kpis.conversations, label).toBe(ref.conversations);
  expect(kpis.responded, label).toBe(ref.responded);
  expect(kpis.responseRate, label).toBeCloseTo(ref.responded / ref.conversations, 12);
  expect(kpis.firstResponseMs.count, label).toBe(ref.times.length);
  if (ref.times.length === 0) return;
  expect(kpis.firstResponseMs.median!, label).toBeCloseTo(quantile(ref.times, 0.5), 6);
  expect(kpis.firstResponseMs.p90!, label).toBeCloseTo(quantile(ref.times, 0.9), 6);
  expect(kpis.firstResponseMs.mean!, label).toBeCloseTo(
    ref.times.reduce((a, b) => a + b, 0) / ref.times.length,
    6,
  );
  for (const threshold of [900_000, 3_600_000, 86_400_000]) {
    const within = ref.times.filter((t) => t <= threshold).length / ref.conversations;
    expect(kpis.respondedWithin[String(threshold)], `${label} within ${threshold}`).toBeCloseTo(within, 12);
  }
}

describe.skipIf(!exists)(
  'KPI report on ../shared/data/twcs_head5000.csv vs an independent computation',
  () => {
    let ref: ReturnType<typeof reference>;
    let report: KpiReport;
    let cliReport: KpiReport;

    beforeAll(async () => {
      ref = reference(readFileSync(file, 'utf8'));
      report = (await accumulateKpisFromMessages(readTwcsFile(file))).report();
      let out = '';
      const code = await runCli(['kpi', file, '--format', 'twcs', '--json'], {
        stdout: { write: (s: string) => (out += s) },
        stderr: { write: () => true },
      });
      expect(code).toBe(0);
      cliReport = JSON.parse(out) as KpiReport;
    });

    it('the reference itself finds the published shape of the excerpt', () => {
      expect(ref.overall.conversations).toBeGreaterThan(1000);
      expect(ref.perAccount.get('AppleSupport')?.conversations).toBe(83);
    });

    it('skipped conversations match', () => {
      expect(report.skipped).toEqual(ref.skipped);
      expect(cliReport.skipped).toEqual(ref.skipped);
    });

    it('overall figures match', () => {
      expectMatches(report.overall, ref.overall, 'overall');
      expectMatches(cliReport.overall, ref.overall, 'cli overall');
    });

    it('figures match for every account', () => {
      expect(Object.keys(report.byAccount).sort()).toEqual([...ref.perAccount.keys()].sort());
      for (const [account, figures] of ref.perAccount) {
        expectMatches(report.byAccount[account]!, figures, account);
        expectMatches(cliReport.byAccount[account]!, figures, `cli ${account}`);
      }
    });

    it('the CLI JSON has the documented shape', () => {
      expect(Object.keys(cliReport)).toEqual(
        expect.arrayContaining(['definition', 'overall', 'byAccount', 'skipped']),
      );
      expect(cliReport.definition).toMatchObject({
        clock: 'calendar',
        quantiles: 'exact',
        withinThresholdsMs: [900000, 3600000, 86400000],
      });
      expect(Object.keys(cliReport.overall).slice(0, 5)).toEqual([
        'conversations',
        'responded',
        'responseRate',
        'firstResponseMs',
        'respondedWithin',
      ]);
    });
  },
);
