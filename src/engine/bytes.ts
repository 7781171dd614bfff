// Byte strings (one char per byte) and UTF-8, without TextEncoder: the engine
// builds with no DOM and no Node types.
import type { Bytes } from './api.ts';

export function utf8Encode(text: string): Bytes {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000)
      out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out += String.fromCharCode(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return out;
}

/** Decodes UTF-8; returns null when the bytes are not valid UTF-8. */
export function utf8Decode(bytes: Bytes): string | null {
  // Fast path: pure ASCII is its own decoding.
  if (!/[\u0080-\uffff]/.test(bytes)) return bytes;
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) {
      out += bytes[i++];
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else return null;
    if (i + need > bytes.length - 1) return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes.charCodeAt(i + k);
      if (Number.isNaN(c) || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Text for display: UTF-8 where valid, each invalid byte as U+FFFD. */
export function utf8DecodeLossy(bytes: Bytes): string {
  const strict = utf8Decode(bytes);
  if (strict !== null) return strict;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    // Find the longest valid prefix run byte by byte.
    let j = i + 1;
    let best: string | null = null;
    for (; j <= Math.min(bytes.length, i + 4); j++) {
      const d = utf8Decode(bytes.slice(i, j));
      if (d !== null) {
        best = d;
        break;
      }
    }
    if (best === null) {
      out += '\ufffd';
      i++;
    } else {
      out += best;
      i = j;
    }
  }
  return out;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

export function bytesToHex(bytes: Bytes): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
}

export function hexToBytes(hex: string): Bytes | null {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return null;
  let out = '';
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** Printable as the trace means it: valid UTF-8 with no control characters. */
export function isPrintableText(bytes: Bytes): boolean {
  const text = utf8Decode(bytes);
  return text !== null && !/[\u0000-\u001f\u007f-\u009f]/.test(text);
}

/**
 * strcmp on the UTF-8 bytes of two names: code point order (UTF-16 would
 * put U+E000..U+FFFF after the surrogate pairs). The order libuv's scandir
 * gives node's readdirSync, so the oracle's.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

const rank = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
