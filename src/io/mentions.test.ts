import { describe, expect, it } from 'vitest';
import { extractMentions } from './mentions';

describe('extractMentions', () => {
  it('finds handles in order, once each, case-insensitively', () => {
    expect(extractMentions('@AppleSupport @115712 hi @applesupport and @Apple')).toEqual([
      'AppleSupport',
      '115712',
      'Apple',
    ]);
  });

  it('ignores e-mail addresses, lone @ and handles longer than 15 characters', () => {
    expect(extractMentions('mail a@b.com, @ nobody, @abcdefghijklmnopq, @@double')).toEqual([]);
  });

  it('accepts handles after punctuation and line breaks', () => {
    expect(extractMentions('(@Acme_Care)\n@x1 "@Quoted"')).toEqual(['Acme_Care', 'x1', 'Quoted']);
  });

  it('returns an empty array for text without @', () => {
    expect(extractMentions('no mentions here')).toEqual([]);
  });
});
