// Text as the tools print it: UTF-8 byte strings (the engine's Bytes, one
// char per byte) and GNU's quoting of file names in messages.
import type { Bytes } from '../../engine/api.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function toBytes(text: string): Bytes {
  const u8 = encoder.encode(text);
  let out = '';
  for (let i = 0; i < u8.length; i += 0x2000) out += String.fromCharCode(...u8.subarray(i, i + 0x2000));
  return out;
}

/** Lossy: invalid sequences become U+FFFD, as Node's Buffer#toString does for the oracle. */
export function fromBytes(bytes: Bytes): string {
  const u8 = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) u8[i] = bytes.charCodeAt(i) & 0xff;
  return decoder.decode(u8);
}

// Characters after which GNU's shell-escape quoting style can leave a name bare.
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * GNU `quote()` with LC_ALL=C (shell-escape-always): 'name', with a single
 * quote written as '\''. rm, mv, cp, ls and friends quote every file name.
 */
export function quote(name: string): string {
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

/** GNU `quotef()`: quotes only when the name needs it (cat, setfattr...). */
export function quotef(name: string): string {
  return name !== '' && SAFE.test(name) ? name : quote(name);
}

/** Byte order of UTF-8 strings: what LC_ALL=C sorting (strcmp) does. */
export function compareC(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}
