import { describe, expect, it } from 'vitest';
import { deriveInitials } from './derive-initials';

describe('deriveInitials', () => {
  it.each([
    ['Sandra Paredes', 'SP'],
    ['sandra paredes', 'SP'],
    ['Łukasz Żak', 'ŁŻ'],
    ['Émile Zola', 'ÉZ'],
    ['e\u0301mile zola', 'ÉZ'],
    ['Анна Петрова', 'АП'],
    ['Νίκος Παππάς', 'ΝΠ'],
    ['Jan van der Berg', 'JB'],
    ['María de la Cruz', 'MC'],
    ['Ludwig van Beethoven', 'LB'],
    ['Van Morrison', 'VM'],
    ['Jean-Luc Picard', 'JLP'],
    ['Ana García-López', 'AGL'],
    ['Yusuf al-Qaradawi', 'YQ'],
    ["Seán O'Brien", 'SO'],
    ["Charles d'Artagnan", 'CA'],
    ['Madonna', 'M'],
    ['Mary Ann Smith', 'MS'],
    ['J. R. R. Tolkien', 'JT'],
    ['🌸 sandra   paredes!! 🎉', 'SP'],
    ['(Sandra) "Paredes"', 'SP'],
    ['محمد علي', 'مع'],
    ['王小明', '王小明'],
    ['김민준', '김민준'],
    ['山田太郎', '山田'],
  ])('%s gives %s', (name, expected) => {
    expect(deriveInitials(name)).toBe(expected);
  });

  it('lets CJK handling and length be overridden', () => {
    expect(deriveInitials('山田太郎', { cjk: 'first-character' })).toBe('山');
    expect(deriveInitials('山田太郎', { cjk: 'full-name', maxLength: 4 })).toBe('山田太郎');
    expect(deriveInitials('山田 太郎')).toBe('山太');
    expect(deriveInitials('Jean-Luc Picard', { maxLength: 2 })).toBe('JP');
  });

  it('uses the locale for upper-casing and custom particles', () => {
    expect(deriveInitials('ilker inan', { locale: 'tr' })).toBe('İİ');
    expect(deriveInitials('Ana Maria dos Santos', { particles: [] })).toBe('AS');
    expect(deriveInitials('Pieter ter Horst')).toBe('PH');
    expect(deriveInitials('Pieter ter Horst', { particles: ['van'] })).toBe('PH');
  });

  it('rejects names without letters with a helpful message', () => {
    expect(() => deriveInitials('🎉 123 !!')).toThrow(/no letters.*explicit initials/);
    expect(() => deriveInitials('Ana', { maxLength: 0 })).toThrow(/maxLength/);
  });
});
