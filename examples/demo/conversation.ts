import { type Conversation, conversationOrigin, firstResponseTime } from 'socialcare/conversation';

/** Per-account summary of threaded conversations: the first table of `npm run demo`. */
export function conversationDemo(conversations: readonly Conversation[]): string[] {
  const rows = new Map<
    string,
    { conversations: number; messages: number; responded: number; times: number[] }
  >();
  for (const conversation of conversations) {
    if (conversationOrigin(conversation) !== 'customer') continue;
    const account = conversation.accountId ?? '(unknown)';
    let row = rows.get(account);
    if (!row) {
      row = { conversations: 0, messages: 0, responded: 0, times: [] };
      rows.set(account, row);
    }
    row.conversations++;
    row.messages += conversation.messages.length;
    const time = firstResponseTime(conversation);
    if (time !== undefined) {
      row.responded++;
      row.times.push(time);
    }
  }
  const lines = [
    `${'account'.padEnd(18)}${'conversations'.padStart(14)}${'messages'.padStart(10)}${'responded'.padStart(11)}${'median first response'.padStart(24)}`,
  ];
  for (const [account, row] of [...rows].sort((a, b) => b[1].conversations - a[1].conversations)) {
    lines.push(
      `${account.padEnd(18)}${String(row.conversations).padStart(14)}${String(row.messages).padStart(10)}${String(row.responded).padStart(11)}${formatMinutes(median(row.times)).padStart(24)}`,
    );
  }
  return lines;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

function formatMinutes(ms: number | undefined): string {
  if (ms === undefined) return '-';
  const minutes = ms / 60_000;
  return minutes < 90 ? `${minutes.toFixed(1)} min` : `${(minutes / 60).toFixed(1)} h`;
}
