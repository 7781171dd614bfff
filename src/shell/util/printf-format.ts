// bash's printf: the format is reused while arguments remain; a missing
// argument is "" or 0; numbers are read like strtoimax (0x.., 0.., 'c) and a
// bad one is reported but printed as far as it parsed.
import type { Bytes } from '../../engine/api.ts';
import { piecesToBytes, unescape } from './escapes.ts';
import { toBytes } from './text.ts';

type Segment =
  | { kind: 'text'; bytes: Bytes }
  | { kind: 'spec'; flags: string; width: string; precision: string | null; conv: string; source: string }
  | { kind: 'bad'; char: string };

const CONVERSIONS = 'sbqdiouxXcfFeEgG';

export function parseFormat(format: string): Segment[] {
  const segs: Segment[] = [];
  let lit = '';
  const flushLit = () => {
    if (lit) segs.push({ kind: 'text', bytes: piecesToBytes(unescape(lit, 'format').parts) });
    lit = '';
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      // Keep escapes whole so a `\%` never starts a conversion.
      if (ch === '\\' && i + 1 < format.length) {
        lit += ch + format[i + 1];
        i++;
      } else lit += ch;
      continue;
    }
    if (format[i + 1] === '%') {
      lit += '%';
      i++;
      continue;
    }
    flushLit();
    const m = /^%([-+ #0]*)(\*|[0-9]*)(?:\.(\*|[0-9]*))?([hlLjzt]*)(.?)/.exec(format.slice(i))!;
    const conv = m[5];
    if (!CONVERSIONS.includes(conv) || conv === '') {
      segs.push({ kind: 'bad', char: conv || '%' });
      return segs;
    }
    segs.push({ kind: 'spec', flags: m[1], width: m[2], precision: m[3] ?? null, conv, source: m[0] });
    i += m[0].length - 1;
  }
  flushLit();
  return segs;
}

/** Conversions the language does not cover: rejected before the script runs. */
export function unsupportedConversion(format: string): string | null {
  const m = /%[-+ #0]*(?:\*|[0-9]*)(?:\.(?:\*|[0-9]*))?[hlLjzt]*([aAn])/.exec(format.replace(/%%/g, ''));
  return m ? `%${m[1]}` : null;
}

interface NumberRead {
  value: bigint;
  error?: string;
}

/** strtoimax(s, 0) as bash's printf uses it, with its 'c and "c forms. */
export function readInteger(s: string): NumberRead {
  if (s === '') return { value: 0n };
  if (s[0] === "'" || s[0] === '"') return { value: BigInt(s.length > 1 ? s.codePointAt(1)! : 0) };
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return { value: 0n, error: `${s}: invalid number` };
  const digits = m[2];
  let v = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits[0] === '0' ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (m[1] === '-') v = -v;
  return m[0].length === s.length ? { value: v } : { value: v, error: `${s}: invalid number` };
}

function readFloat(s: string): { value: number; error?: string } {
  if (s === '') return { value: 0 };
  if (s[0] === "'" || s[0] === '"') return { value: s.length > 1 ? s.codePointAt(1)! : 0 };
  const m = /^\s*[+-]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/i.exec(s);
  if (!m) return { value: 0, error: `${s}: invalid number` };
  const t = m[0].trim();
  const value = /^[+-]?0x/i.test(t) ? Number(BigInt(t.replace(/^[+-]/, ''))) * (t.startsWith('-') ? -1 : 1) : Number(t.replace(/inf(inity)?/i, 'Infinity'));
  return m[0].length === s.length ? { value } : { value, error: `${s}: invalid number` };
}

function pad(body: string, flags: string, width: number, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body + ' '.repeat(width - body.length);
  if (numeric && flags.includes('0')) {
    const sign = /^[+ -]|^0[xX]/.exec(body)?.[0] ?? '';
    return sign + '0'.repeat(width - body.length) + body.slice(sign.length);
  }
  return ' '.repeat(width - body.length) + body;
}

function formatInteger(v: bigint, conv: string, flags: string, precision: number | null): string {
  const unsigned = 'ouxX'.includes(conv);
  let n = v;
  if (unsigned && n < 0n) n += 1n << 64n;
  const neg = n < 0n;
  let digits = (neg ? -n : n).toString(conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10);
  if (conv === 'X') digits = digits.toUpperCase();
  if (precision !== null) digits = precision === 0 && n === 0n ? '' : digits.padStart(precision, '0');
  if (flags.includes('#')) {
    if (conv === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
    if ((conv === 'x' || conv === 'X') && n !== 0n) digits = (conv === 'x' ? '0x' : '0X') + digits;
  }
  const sign = neg ? '-' : !unsigned && flags.includes('+') ? '+' : !unsigned && flags.includes(' ') ? ' ' : '';
  return sign + digits;
}

function exponential(v: number, prec: number, upper: boolean): string {
  const [mant, exp] = v.toExponential(prec).split('e');
  const e = Number(exp);
  const s = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? s.toUpperCase() : s;
}

function formatFloat(v: number, conv: string, flags: string, precision: number | null): string {
  const upper = conv === conv.toUpperCase();
  if (!Number.isFinite(v)) {
    const s = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
    return upper ? s.toUpperCase() : s;
  }
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let body: string;
  if (conv === 'f' || conv === 'F') body = a.toFixed(precision ?? 6);
  else if (conv === 'e' || conv === 'E') body = exponential(a, precision ?? 6, upper);
  else {
    const p = precision === null ? 6 : Math.max(precision, 1);
    const x = a === 0 ? 0 : Number(a.toExponential(p - 1).split('e')[1]);
    body = p > x && x >= -4 ? a.toFixed(p - 1 - x) : exponential(a, p - 1, upper);
    if (!flags.includes('#')) {
      const [mantissa, exp = ''] = body.split(/(?=[eE])/);
      body = (mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa) + exp;
    }
  }
  if (flags.includes('#') && !body.includes('.') && !/[eE]/.test(body)) body += '.';
  return (neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
}

const Q_ALWAYS = /[ !"$&'()*,;<>?[\\\]^`{|}]/;

/** bash's %q: backslashes for shell-special characters, $'...' when a control character is present. */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) {
    const esc: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\x1b': '\\E', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', "'": "\\'" };
    let body = '';
    for (const c of s) {
      body += esc[c] ?? (/[\x00-\x1f\x7f]/.test(c) ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c);
    }
    return `$'${body}'`;
  }
  let out = '';
  [...s].forEach((c, i) => {
    out += Q_ALWAYS.test(c) || (i === 0 && (c === '~' || c === '#')) ? `\\${c}` : c;
  });
  return out;
}

export interface PrintfResult {
  bytes: Bytes;
  errors: string[];
  status: number;
}

export function printf(format: string, args: readonly string[]): PrintfResult {
  const segs = parseFormat(format);
  const errors: string[] = [];
  let out = '';
  let next = 0;
  const take = () => (next < args.length ? args[next++] : undefined);
  const takeInt = () => {
    const a = take();
    if (a === undefined) return 0;
    const r = readInteger(a);
    if (r.error) errors.push(r.error);
    return Number(r.value);
  };
  for (;;) {
    const before = next;
    for (const seg of segs) {
      if (seg.kind === 'text') {
        out += seg.bytes;
        continue;
      }
      if (seg.kind === 'bad') {
        errors.push(`\`${seg.char}': invalid format character`);
        return { bytes: out, errors, status: 1 };
      }
      let width = seg.width === '*' ? takeInt() : Number(seg.width || 0);
      let flags = seg.flags;
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      let precision: number | null = seg.precision === null ? null : seg.precision === '*' ? takeInt() : Number(seg.precision || 0);
      if (precision !== null && precision < 0) precision = null;
      const arg = take();
      switch (seg.conv) {
        case 's':
        case 'q': {
          let s = seg.conv === 'q' ? shellQuote(arg ?? '') : (arg ?? '');
          if (precision !== null) s = s.slice(0, precision);
          out += toBytes(pad(s, flags, width, false));
          break;
        }
        case 'b': {
          const u = unescape(arg ?? '', 'percent-b');
          let b = piecesToBytes(u.parts);
          if (precision !== null) b = b.slice(0, precision);
          out += pad(b, flags, width, false);
          if (u.stop) return { bytes: out, errors, status: errors.length ? 1 : 0 };
          break;
        }
        case 'c': {
          // An empty or missing argument gives a NUL byte, as bash's getchr does.
          const b = toBytes(arg ?? '').slice(0, 1) || '\0';
          out += pad(b, flags, width, false);
          break;
        }
        case 'd':
        case 'i':
        case 'o':
        case 'u':
        case 'x':
        case 'X': {
          const r = readInteger(arg ?? '');
          if (r.error) errors.push(r.error);
          const body = formatInteger(r.value, seg.conv, flags, precision);
          out += pad(body, precision === null ? flags : flags.replace(/0/g, ''), width, true);
          break;
        }
        default: {
          const r = readFloat(arg ?? '');
          if (r.error) errors.push(r.error);
          out += pad(formatFloat(r.value, seg.conv, flags, precision), flags, width, true);
        }
      }
    }
    if (next >= args.length || next === before) break;
  }
  return { bytes: out, errors, status: errors.length ? 1 : 0 };
}
