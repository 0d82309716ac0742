import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listSurfaceFacts } from './get-surface-facts';
import { measureText } from './measure-text';

describe('measureText', () => {
  it('counts X posts by weight (URLs 23, CJK 2, emoji 2)', () => {
    expect(measureText('x', 'post', 'Hi http://test.co')).toMatchObject({
      length: 26,
      limit: 280,
      fits: true,
      unit: 'weighted',
    });
    expect(measureText('x', 'post', 'こんにちは').length).toBe(10);
    expect(measureText('x', 'post', '👨‍👩‍👧').length).toBe(2);
    expect(measureText('x', 'post', 'a'.repeat(281)).fits).toBe(false);
  });

  it('counts X DMs, Messenger and WhatsApp in code points', () => {
    expect(measureText('x', 'dm', 'olé 😀').length).toBe(5);
    expect(measureText('facebook', 'messenger', 'é'.repeat(2000)).fits).toBe(true);
    expect(measureText('facebook', 'messenger', 'é'.repeat(2001)).fits).toBe(false);
    expect(measureText('whatsapp', 'message', '🇪🇸').length).toBe(2);
  });

  it('counts Instagram DMs in UTF-8 bytes', () => {
    expect(measureText('instagram', 'dm', 'olé')).toMatchObject({ length: 4, limit: 1000, unit: 'bytes' });
    expect(measureText('instagram', 'dm', '😀'.repeat(250)).fits).toBe(true);
    expect(measureText('instagram', 'dm', '😀'.repeat(251)).fits).toBe(false);
  });

  it('checks Bluesky graphemes and bytes', () => {
    const family = '👨‍👩‍👧‍👦'; // 1 grapheme, 25 bytes
    const ok = measureText('bluesky', 'post', family.repeat(120));
    expect(ok.length).toBe(120);
    expect(ok.measures[1]).toMatchObject({ unit: 'bytes', length: 3000, fits: true });
    const tooManyBytes = measureText('bluesky', 'post', family.repeat(121));
    expect(tooManyBytes).toMatchObject({ length: 121, limit: 300, fits: false });
    expect(measureText('bluesky', 'post', 'a'.repeat(300)).fits).toBe(true);
    expect(measureText('bluesky', 'post', 'a'.repeat(301)).fits).toBe(false);
  });

  it('counts the Bluesky facets example as 88 graphemes / 109 bytes', () => {
    const text =
      '✨ example mentioning @atproto.com to share the URL 👨‍❤️‍👨 https://en.wikipedia.org/wiki/CBOR.';
    const measured = measureText('bluesky', 'post', text);
    expect(measured.length).toBe(88);
    expect(measured.measures[1]?.length).toBe(109);
  });

  it('counts Mastodon URLs as 23 and remote mentions by their local part, with instance limits', () => {
    const url = `https://example.com/${'a'.repeat(80)}`;
    expect(measureText('mastodon', 'post', `see ${url}`).length).toBe(27);
    expect(measureText('mastodon', 'post', 'hi @ana@social.example').length).toBe(7);
    expect(measureText('mastodon', 'post', 'a'.repeat(600), { limit: 1000 })).toMatchObject({
      limit: 1000,
      fits: true,
    });
    expect(() => measureText('mastodon', 'post', 'a', { limit: 0 })).toThrow(/positive number/);
  });

  it('never limits email', () => {
    expect(measureText('email', 'email', 'x'.repeat(100_000))).toMatchObject({
      fits: true,
      limit: Number.POSITIVE_INFINITY,
    });
  });

  it('property: length is monotone under appending on every surface', () => {
    const surfaces = listSurfaceFacts();
    fc.assert(
      fc.property(
        fc.constantFrom(...surfaces),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 10 }),
        (facts, a, b) => {
          const first = measureText(facts.platform, facts.surface, a).length;
          const both = measureText(facts.platform, facts.surface, `${a} ${b}`).length;
          expect(both).toBeGreaterThanOrEqual(first);
        },
      ),
    );
  });
});
