import { describe, expect, it } from 'vitest';
import { normaliseSlug } from '../../../../../lib/detect/linkedin/slug';

// The definition slug.ts implements with a Latin fast path in front.
const reference = (segment: string): string | undefined => {
  const lower = decodeURIComponent(segment).normalize('NFC').toLowerCase();
  return /^[\p{L}\p{M}\p{N}_.~-]{1,120}$/u.test(lower) && !lower.endsWith('.') ? lower : undefined;
};

describe('normaliseSlug', () => {
  it('gives the Unicode-class answer for every character of the Latin ranges and beyond', () => {
    for (let code = 0; code <= 0x3000; code++) {
      const segment = encodeURIComponent(`a${String.fromCharCode(code)}b`);
      expect(normaliseSlug(segment), `U+${code.toString(16)}`).toBe(reference(segment));
    }
  });

  it('keeps non-Latin letters and refuses symbols', () => {
    expect(normaliseSlug('%E7%8E%8B%E5%B0%8F%E6%98%8E')).toBe('王小明');
    expect(normaliseSlug('j%C3%BCrgen-%C5%81ukasz')).toBe('jürgen-łukasz');
    expect(normaliseSlug('price%C3%97two')).toBeUndefined();
    expect(normaliseSlug('a%E2%82%ACb')).toBeUndefined();
  });
});
