import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueskyFacets } from './bluesky-facets';
import { facetText } from './bluesky-post';

const fixture = JSON.parse(
  readFileSync(
    new URL(
      '../../../tests/fixtures/platforms/bluesky/post-record-mention-link-facets.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as {
  text: string;
  facets: { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[];
};

describe('Bluesky facets (UTF-8 byte offsets)', () => {
  it('slice the documented facets out of the UTF-8 bytes, not UTF-16', () => {
    const [mention, link] = fixture.facets;
    expect(facetText(fixture.text, mention?.index.byteStart ?? 0, mention?.index.byteEnd ?? 0)).toBe(
      '@atproto.com',
    );
    expect(facetText(fixture.text, link?.index.byteStart ?? 0, link?.index.byteEnd ?? 0)).toBe(
      'https://en.wikipedia.org/wiki/CBOR',
    );
    expect(fixture.text.slice(23, 35)).not.toBe('@atproto.com');
  });

  it('are rebuilt with the same byte offsets the documentation shows', () => {
    const facets = buildBlueskyFacets(fixture.text, { 'atproto.com': 'did:plc:ewvi7nxzyoun6zhxrhs64oiz' });
    expect(facets).toEqual(fixture.facets);
  });

  it('never split a character and always cover the text they name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (before, after) => {
          const text = `${before} https://example.com/x ${after}`;
          for (const facet of buildBlueskyFacets(text)) {
            const covered = facetText(text, facet.index.byteStart, facet.index.byteEnd);
            expect(covered).toBeDefined();
            expect(covered?.startsWith('https://')).toBe(true);
          }
        },
      ),
    );
    expect(facetText('é', 0, 1)).toBeUndefined();
  });
});
