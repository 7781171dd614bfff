// Backslash escapes as bash's echo -e, printf's %b and printf's format
// string read them. They differ only in how octal is written.
import type { Bytes } from '../../engine/api.ts';
import { toBytes } from './text.ts';

/** Text to encode as UTF-8, or one raw byte (from an octal or \x escape). */
export interface Piece {
  text: string;
  byte?: boolean;
}

export interface Unescaped {
  parts: Piece[];
  /** `\c` was met: all further output stops. */
  stop: boolean;
}

export function piecesToBytes(parts: readonly Piece[]): Bytes {
  return parts.map((p) => (p.byte ? p.text : toBytes(p.text))).join('');
}

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/**
 * Expands escapes. `mode`:
 * - 'echo': echo -e and %b: `\0nnn` octal, `\c` stops. %b also takes `\nnn`.
 * - 'format': printf's format: `\nnn` octal, `\c` is literal, `\"` and `\'` give the quote.
 * Octal and \x escapes give single bytes, kept apart from the UTF-8 text.
 */
export function unescape(s: string, mode: 'echo' | 'percent-b' | 'format'): Unescaped {
  const parts: Piece[] = [];
  let lit = '';
  const flush = () => {
    if (lit) parts.push({ text: lit });
    lit = '';
  };
  const byte = (n: number) => {
    flush();
    parts.push({ text: String.fromCharCode(n & 0xff), byte: true });
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== '\\' || i + 1 >= s.length) {
      lit += ch;
      continue;
    }
    const n = s[i + 1];
    if (n in SIMPLE) {
      lit += SIMPLE[n];
      i++;
    } else if (n === 'c' && mode !== 'format') {
      flush();
      return { parts, stop: true };
    } else if ((n === '"' || n === "'" || n === '?') && mode === 'format') {
      lit += n;
      i++;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
      if (!m) {
        lit += '\\x';
        i++;
        continue;
      }
      byte(parseInt(m[0], 16));
      i += 1 + m[0].length;
    } else if (n === 'u' || n === 'U') {
      const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(s.slice(i + 2));
      if (!m) {
        lit += `\\${n}`;
        i++;
        continue;
      }
      lit += String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff));
      i += 1 + m[0].length;
    } else if (n === '0' && mode !== 'format') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 2))![0];
      byte(m === '' ? 0 : parseInt(m, 8));
      i += 1 + m.length;
    } else if (/[0-7]/.test(n) && mode !== 'echo') {
      const m = /^[0-7]{1,3}/.exec(s.slice(i + 1))![0];
      byte(parseInt(m, 8));
      i += m.length;
    } else {
      lit += '\\';
    }
  }
  flush();
  return { parts, stop: false };
}
