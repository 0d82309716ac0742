/**
 * The build entries. `publicEntries` are the package's subpaths: `tests/package/exports.test.ts`
 * checks that package.json `exports` lists exactly these, so the two never drift apart.
 * Keys are output paths inside `dist/` (without `.js`), values the source files.
 */
export const publicEntries: Record<string, string> = {
  index: 'src/index.ts',
  'conversation/index': 'src/conversation/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'calendar/ics/index': 'src/calendar/ics/index.ts',
  'calendar/holidays/index': 'src/calendar/holidays/index.ts',
  'platforms/index': 'src/platforms/index.ts',
  'persona/index': 'src/persona/index.ts',
  'sla/index': 'src/sla/index.ts',
  'kpi/index': 'src/kpi/index.ts',
  'channel-policy/index': 'src/channel-policy/index.ts',
  'adapters/index': 'src/adapters/index.ts',
  'adapters/x/index': 'src/adapters/x/index.ts',
  'adapters/facebook/index': 'src/adapters/facebook/index.ts',
  'adapters/instagram/index': 'src/adapters/instagram/index.ts',
  'adapters/whatsapp/index': 'src/adapters/whatsapp/index.ts',
  'adapters/bluesky/index': 'src/adapters/bluesky/index.ts',
  'adapters/mastodon/index': 'src/adapters/mastodon/index.ts',
  'io/index': 'src/io/index.ts',
  'testing/index': 'src/testing/index.ts',
};

/** Entries that are built but not exported as subpaths: the CLI (the `bin`) and worker scripts. */
export const internalEntries: Record<string, string> = {
  'cli/index': 'src/cli/index.ts',
  'io/kpi-worker': 'src/io/kpi-worker.ts',
};

/** Everything tsup builds. */
export const buildEntries: Record<string, string> = { ...publicEntries, ...internalEntries };
