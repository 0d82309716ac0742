import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdapterContractFixture } from 'socialcare/testing';
import { SECRETS } from './adapter-setups';

/** tests/fixtures/platforms (copies of ../shared/fixtures/platforms, see PROVENANCE.md). */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/platforms/', import.meta.url));

/** Fixtures that are our own echoes. */
const ECHOES = new Set([
  'x/aaa-direct-message-echo-own',
  'messenger/message-echo',
  'instagram/messaging-echo',
  'facebook-page/feed-comment-by-page',
  'instagram/comments-reply-with-parent',
]);

/** Fixtures that are not deliveries (handshake vectors). */
const NOT_DELIVERIES = new Set(['x/crc-challenge', 'messenger/verification-handshake']);

/** One fixture as stored: its meta file, body bytes and signature header. */
export interface StoredFixture extends AdapterContractFixture {
  readonly id: string;
  readonly meta: Record<string, unknown>;
}

/**
 * Loads the fixtures of a folder (`x`, `messenger`...): the `.raw` bytes when present (signed),
 * else the `.json`; the golden result from `golden/<folder>/<name>.json` when written. Bluesky
 * payloads are signed here with the relay secret (Bluesky has no webhooks of its own).
 */
export function loadFixtures(folder: string): StoredFixture[] {
  const dir = `${FIXTURES_DIR}${folder}/`;
  const out: StoredFixture[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.meta.json'))
    .sort()) {
    const name = file.slice(0, -'.meta.json'.length);
    const id = `${folder}/${name}`;
    if (NOT_DELIVERIES.has(id)) continue;
    const meta = JSON.parse(readFileSync(dir + file, 'utf8')) as Record<string, unknown>;
    const signature = meta.signature as { header: string; value: string } | undefined;
    const rawPath = `${dir}${name}.raw`;
    const body = new Uint8Array(readFileSync(existsSync(rawPath) ? rawPath : `${dir}${name}.json`));
    let headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== undefined) headers[signature.header.toLowerCase()] = signature.value;
    if (folder === 'bluesky') {
      headers = {
        ...headers,
        'x-socialcare-signature': `sha256=${createHmac('sha256', SECRETS.relay).update(body).digest('hex')}`,
      };
    }
    const goldenPath = `${FIXTURES_DIR}golden/${folder}/${name}.json`;
    const expected = existsSync(goldenPath)
      ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as AdapterContractFixture['expected'])
      : undefined;
    out.push({
      id,
      name,
      meta,
      body,
      headers,
      ...(expected === undefined ? {} : { expected }),
      ...(ECHOES.has(id) ? { echo: true } : {}),
    });
  }
  return out;
}

/** Reads a JSON fixture by id (`x/crc-challenge`). */
export function readFixtureJson(id: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${id}.json`, 'utf8')) as unknown;
}
