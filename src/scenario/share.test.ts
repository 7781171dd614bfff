import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareLink, ShareLinkError, shareValueOf } from './share.ts';

describe('share links', () => {
  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => decodeShare(encodeShare(text)) === text));
  });

  it('compresses a typical scenario and stays URL-safe', () => {
    const script = `mkdir upper lower merged work\n${'echo "x" > lower/a.txt\n'.repeat(40)}`;
    const v = encodeShare(script);
    expect(v).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(v.length).toBeLessThan(script.length / 4);
  });

  it('finds the value in a hash and builds full links', () => {
    const link = shareLink('http://localhost:5173/#old', 'ls\n');
    expect(link.startsWith('http://localhost:5173/#s=1.')).toBe(true);
    expect(decodeShare(shareValueOf(new URL(link).hash)!)).toBe('ls\n');
    expect(shareValueOf('#other=1')).toBeNull();
  });

  it.each([
    ['2.abc', /another version/],
    ['nodot', /another version/],
    ['1.***', /characters/],
    ['1.AAAA', /decompress/],
  ])('rejects %s with a clear message', (value, message) => {
    expect(() => decodeShare(value)).toThrow(ShareLinkError);
    expect(() => decodeShare(value)).toThrow(message);
  });

  it('refuses a link that inflates past the script limit', () => {
    const bomb = encodeShare('a'.repeat(3 << 20));
    expect(() => decodeShare(bomb)).toThrow(/larger than/);
  });
});
