import { describe, expect, it } from 'vitest';
import { isSignatureStyle, renderSignature } from './signature-style';

const sandra = { initials: 'SP', firstName: 'Sandra', lastName: 'Paredes', name: 'Sandra Paredes' };

describe('signature styles', () => {
  it('renders the built-in styles', () => {
    expect(['^SP', '-SP', '*SP', '/SP', '-Sandra'].map((style) => renderSignature(sandra, style))).toEqual([
      '^SP',
      '-SP',
      '*SP',
      '/SP',
      '-Sandra',
    ]);
  });

  it('renders templates, collapsing whitespace, and falls back to ^initials when empty', () => {
    expect(renderSignature(sandra, '— {firstName}  {lastName} ({initials})')).toBe('— Sandra Paredes (SP)');
    expect(renderSignature({ ...sandra, name: ' ' }, '{name}')).toBe('^SP');
  });

  it('recognises styles and templates', () => {
    expect(isSignatureStyle('^SP')).toBe(true);
    expect(isSignatureStyle('~{initials}')).toBe(true);
    expect(isSignatureStyle('{initials} {unknown}')).toBe(false);
    expect(isSignatureStyle('SP')).toBe(false);
    expect(isSignatureStyle(42)).toBe(false);
  });
});
