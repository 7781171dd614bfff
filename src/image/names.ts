// Names as a layer stores them: bytes. Tar headers give bytes; the engine
// keeps names as JS strings. Valid UTF-8 becomes its text; a byte that is
// not part of valid UTF-8 becomes a lone surrogate U+DC80+byte (Python's
// "surrogateescape"), so any name goes in and comes back out unchanged.
import { ImageError } from './errors.ts';

/** A byte string (one char per byte) to a name. */
export function decodeName(bytes: string): string {
  if (!/[\x80-\xff]/.test(bytes)) return bytes;
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) {
      out += bytes[i++];
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let good = need > 0 && i + need < bytes.length;
    for (let k = 1; good && k <= need; k++) {
      const c = bytes.charCodeAt(i + k);
      if (Number.isNaN(c) || (c & 0xc0) !== 0x80) good = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (good && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += String.fromCharCode(0xdc00 + b);
      i++;
    }
  }
  return out;
}

/** A name back to its bytes, as a byte string. */
export function encodeName(name: string): string {
  if (!/[^\x00-\x7f]/.test(name)) return name;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff) {
      out += String.fromCharCode(c - 0xdc00);
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < name.length) {
      const d = name.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out += String.fromCharCode(cp);
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Bytewise order of two names (what `sort` does with LC_ALL=C). */
export function compareNames(a: string, b: string): number {
  const x = encodeName(a);
  const y = encodeName(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A tar entry name as the path components it names inside the layer, the
 * way moby and containerd clean it (`./a//b/` is `a/b`, `a/../b` is `b`).
 * Refused: absolute names and names that climb out with `..`. The empty
 * list is the layer root.
 */
export function layerPath(name: string, where: string, field = 'name'): string[] {
  if (name.startsWith('/')) {
    throw new ImageError('unsafe-path', { file: where, entry: name, reason: 'absolute' }, `${where}: entry ${JSON.stringify(name)} has an absolute ${field}; a layer holds only relative names`);
  }
  const out: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) {
        throw new ImageError('unsafe-path', { file: where, entry: name, reason: 'dotdot' }, `${where}: entry ${JSON.stringify(name)} climbs out of the layer with '..'`);
      }
      out.pop();
      continue;
    }
    out.push(part);
  }
  return out;
}

/** "/a/b" for ["a", "b"], "/" for the root. */
export const slashPath = (parts: readonly string[]): string => `/${parts.join('/')}`;
