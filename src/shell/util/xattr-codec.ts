// Extended attribute values as attr's setfattr reads them and getfattr
// writes them: 0x.. hex, 0s.. base64, or text in double quotes with octal
// escapes.
import type { Bytes } from '../../engine/api.ts';
import { toBytes } from './text.ts';

/** setfattr -v: returns null for "bad input encoding". */
export function decodeValue(s: string): Bytes | null {
  if (/^0[xX]/.test(s)) {
    const hex = s.slice(2);
    if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return null;
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return out;
  }
  if (/^0[sS]/.test(s)) {
    const b64 = s.slice(2);
    if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return null;
    try {
      return atob(b64);
    } catch {
      return null;
    }
  }
  let text = toBytes(s);
  if (text.startsWith('"')) text = text.slice(1, text.endsWith('"') && text.length > 1 ? -1 : undefined);
  // A backslash takes up to three octal digits, or stands for the next byte.
  return text.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : e));
}

export type Encoding = 'text' | 'hex' | 'base64';

const isPrint = (c: number) => c >= 0x20 && c < 0x7f;

/** getfattr's choice without -e: text unless more than 1 byte in 8 is unprintable (C locale). */
export function autoEncoding(value: Bytes): Encoding {
  let nonprintable = 0;
  for (let i = 0; i < value.length; i++) if (!isPrint(value.charCodeAt(i))) nonprintable++;
  return value.length >= nonprintable * 8 ? 'text' : 'base64';
}

export function encodeValue(value: Bytes, enc: Encoding): string {
  if (enc === 'hex') {
    let out = '0x';
    for (let i = 0; i < value.length; i++) out += value.charCodeAt(i).toString(16).padStart(2, '0');
    return out;
  }
  if (enc === 'base64') return `0s${btoa(value)}`;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const code = value.charCodeAt(i);
    if (code === 0 || c === '\n' || c === '\r') out += `\\${code.toString(8).padStart(3, '0')}`;
    else if (c === '\\' || c === '"') out += `\\${c}`;
    else out += c;
  }
  return `${out}"`;
}
