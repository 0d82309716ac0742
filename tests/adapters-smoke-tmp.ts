import { readFileSync, readdirSync } from 'node:fs';
import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createInstagramAdapter } from 'socialcare/adapters/instagram';
import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
const s = { appSecret: 'fixture-meta-app-secret-NOT-REAL', verifyToken: 'fixture-verify-token', now: () => 1_800_000_000_000 };
const adapters: Record<string, any> = { messenger: createFacebookAdapter(s), 'facebook-page': createFacebookAdapter(s), instagram: createInstagramAdapter({ ...s, username: 'acme_store' }), whatsapp: createWhatsAppAdapter(s) };
for (const d of process.argv.slice(2)) {
const dir = `/work/shared/fixtures/platforms/${d}/`;
const x = adapters[d];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.meta.json'))) {
  const name = f.replace('.meta.json', '');
  const meta = JSON.parse(readFileSync(dir + f, 'utf8'));
  let body: Uint8Array; const headers: Record<string,string> = {};
  try { body = readFileSync(dir + name + '.raw'); headers[meta.signature.header] = meta.signature.value; } catch { body = readFileSync(dir + name + '.json'); }
  const req = new Request('https://example.com/webhooks/x', { method: 'POST', headers, body });
  let v = 'unsigned';
  if (meta.signature) { try { v = (await x.verify(req)).kind; } catch (e) { v = 'FAIL ' + (e as Error).message; } }
  try {
    const r = await x.parse(req);
    console.log('##', name, v, JSON.stringify(r.events.map((e: any) => ({ ...e, raw: undefined, message: 'message' in e ? { ...e.message, raw: undefined } : undefined }))), JSON.stringify(r.ignored.map((i: any) => i.kind + ': ' + i.reason)), JSON.stringify(r.warnings));
  } catch (e) { console.log('##', name, v, 'PARSE ERR', (e as Error).message); }
}}
