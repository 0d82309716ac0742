import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { detectSensitiveData } from 'socialcare/channel-policy';
const rows = parse(readFileSync('../shared/data/twcs_head5000.csv'), { columns: true, relax_quotes: true, record_delimiter: ['\r\n', '\n'] }) as { text: string; tweet_id: string }[];
const review = new Set((JSON.parse(readFileSync('tests/fixtures/sensitive-data/review.json', 'utf8')).excluded as { source: string }[]).map((e) => e.source));
let hits = 0;
for (const row of rows) {
  if (review.has(`twcs tweet_id ${row.tweet_id}`)) continue;
  for (const f of detectSensitiveData(row.text)) {
    hits++;
    console.log(f.kind, f.label, JSON.stringify(row.text.slice(f.start, f.end)), '|', row.text.slice(Math.max(0, f.start - 50), f.end + 20).replace(/\n/g, ' '));
  }
}
console.log('hits outside review:', hits, 'of', rows.length, 'texts');
