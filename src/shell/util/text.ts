// Text as the tools print it: UTF-8 byte strings (the engine's Bytes, one
// char per byte) and GNU's quoting of file names in messages.
import type { Bytes } from '../../engine/api.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

const ASCII = /^[\x00-\x7f]*$/;

export function toBytes(text: string): Bytes {
  // ASCII is its own UTF-8.
  if (ASCII.test(text)) return text;
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

// gnulib's shell-escape quoting in the C locale. A name can stay bare when
// every byte is one of these ('#' and '~' only after the first byte).
const BARE = /^[A-Za-z0-9@%+,./_\]{}-]$/;
// With a single quote inside, "..." is used when every byte is one of these.
const DOUBLE_OK = /^[A-Za-z0-9 @%+:,./_\]'-]$/;
const C_ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

function gnuQuote(name: string, always: boolean): string {
  const bytes = [...toBytes(name)];
  const bare = bytes.every((c, i) => BARE.test(c) || (i > 0 && (c === '#' || c === '~')));
  if (!always && bytes.length > 0 && bare) return name;
  if (bytes.includes("'") && bytes.every((c) => DOUBLE_OK.test(c))) return `"${name}"`;
  // Single quotes; a ' becomes '\'', and unprintable bytes (non-ASCII too, in
  // the C locale) go in $'...' with C escapes.
  let out = "'";
  let escaping = false;
  for (const c of bytes) {
    const code = c.charCodeAt(0);
    if (code < 0x20 || code >= 0x7f) {
      if (!escaping) out += "'$'";
      escaping = true;
      out += `\\${C_ESCAPES[code] ?? code.toString(8).padStart(3, '0')}`;
      continue;
    }
    if (escaping) out += "''";
    escaping = false;
    out += c === "'" ? "'\\''" : c;
  }
  return `${out}'`;
}

/** GNU `quote()`: rm, mv, cp, ls and friends quote every file name in messages. */
export const quote = (name: string): string => gnuQuote(name, true);

/** GNU `quotef()`: quotes only when the name needs it (cat, mknod...). */
export const quotef = (name: string): string => gnuQuote(name, false);

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
