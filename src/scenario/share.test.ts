import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShare, decodeShareLink, encodeShare, shareLink, ShareLinkError, shareValueOf, shortDigest, type SharedImage } from './share.ts';

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
    ['3.abc', /another version/],
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

  describe('on an image', () => {
    const image: SharedImage = { name: 'ks-oci-zstd.tar', size: 13312, digest: `sha256:${'ab12'.repeat(16)}` };
    const raw = (o: unknown) => `2.${Buffer.from(deflateSync(strToU8(JSON.stringify(o)))).toString('base64url')}`;

    it('round-trips the commands and the image named by name, size and digest', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ minLength: 1, maxLength: 40 }).filter((n) => ![...n].some((c) => c.charCodeAt(0) < 32)), fc.nat(), (text, name, size) => {
          const v = encodeShare(text, { ...image, name, size });
          const back = decodeShareLink(v);
          return back.script === text && back.image?.name === name && back.image.size === size && back.image.digest === image.digest;
        }),
      );
    });

    it('is version 2, never carries the bytes, and reads back as a plain script too', () => {
      const v = encodeShare('rm etc/passwd\n', image);
      expect(v).toMatch(/^2\.[A-Za-z0-9_-]+$/);
      expect(v.length).toBeLessThan(200);
      expect(decodeShare(v)).toBe('rm etc/passwd\n');
      // An ordinary session is still version 1, with no image.
      expect(decodeShareLink(encodeShare('ls\n'))).toEqual({ script: 'ls\n', image: null });
      const link = shareLink('http://localhost:5173/?x=1#old', 'ls\n', image);
      expect(decodeShareLink(shareValueOf(new URL(link).hash)!).image).toEqual(image);
    });

    it('drops anything else the payload holds', () => {
      expect(decodeShareLink(raw({ script: 'ls\n', image: { ...image, extra: 'x' }, more: 1 }))).toEqual({ script: 'ls\n', image });
    });

    it.each([
      ['not JSON', 'rm x'],
      ['no script', { image }],
      ['no image', { script: 'ls\n' }],
      ['a digest that is not sha256', { script: '', image: { ...image, digest: 'md5:abc' } }],
      ['a short digest', { script: '', image: { ...image, digest: 'sha256:abc' } }],
      ['an upper-case digest', { script: '', image: { ...image, digest: image.digest.toUpperCase().replace('SHA256', 'sha256') } }],
      ['a negative size', { script: '', image: { ...image, size: -1 } }],
      ['a fractional size', { script: '', image: { ...image, size: 1.5 } }],
      ['an empty name', { script: '', image: { ...image, name: '' } }],
      ['a name with a newline', { script: '', image: { ...image, name: 'a\nb' } }],
    ])('refuses an image reference with %s', (_, payload) => {
      const v = typeof payload === 'string' ? `2.${Buffer.from(deflateSync(strToU8(payload))).toString('base64url')}` : raw(payload);
      expect(() => decodeShareLink(v)).toThrow(ShareLinkError);
      expect(() => decodeShareLink(v)).toThrow(/the image it names cannot be read/);
    });

    it('shows a digest short in sentences', () => {
      expect(shortDigest(image.digest)).toBe('sha256:ab12ab12ab12…');
      expect(shortDigest('sha256:ab')).toBe('sha256:ab');
    });
  });
});
