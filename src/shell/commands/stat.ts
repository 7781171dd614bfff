// stat [-L] [-c FORMAT | --printf FORMAT] FILE...: one statx per file (not
// following symlinks unless -L), printed in coreutils' default layout or
// FORMAT. Times are logical, shown from a fixed date (see util/format.ts).
import type { Stat } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { piecesToBytes, unescape } from '../util/escapes.ts';
import { blocksOf, fileTypeName, inoString, major, minor, modeString, statTime, unixTime } from '../util/format.ts';
import { knownGroupName, knownUserName } from '../util/users.ts';
import { getopt, has } from '../util/getopt.ts';
import { quote, toBytes } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef, type Proc } from './types.ts';

interface StatArgs {
  follow: boolean;
  format: string | null;
  /** --printf: backslash escapes, no newline added. */
  printf: boolean;
  files: string[];
}

const DEFAULT_HEAD = '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n';
const DEFAULT_DEV = 'Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n';
const DEFAULT_PLAIN = 'Device: %Hd,%Ld\tInode: %-11i Links: %h\n';
const DEFAULT_TAIL =
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';

function field(p: Proc, file: string, st: Stat, letter: string, isDefault: boolean): string | null {
  switch (letter) {
    case 'a': return (st.mode & 0o7777).toString(8);
    case 'A': return modeString(st.type, st.mode);
    case 'b': return String(blocksOf(st));
    case 'B': return '512';
    case 'd': return String(st.dev);
    case 'D': return st.dev.toString(16);
    case 'f': return (st.mode | typeBits(st)).toString(16);
    case 'F': return fileTypeName(st);
    case 'g': return String(st.gid);
    case 'G': return knownGroupName(st.gid) ?? 'UNKNOWN';
    case 'h': return String(st.nlink);
    case 'i': return inoString(st);
    case 'n': return file;
    case 'N': {
      const target = st.type === 'symlink' ? p.sys.readlink(file) : null;
      // The default layout prints names bare; %N in a format quotes them.
      const q = isDefault ? (s: string) => s : quote;
      return q(file) + (target?.ok ? ` -> ${q(target.value)}` : '');
    }
    case 'o': return '4096';
    case 's': return String(st.size);
    case 't': return st.rdevMajor.toString(16);
    case 'T': return st.rdevMinor.toString(16);
    case 'u': return String(st.uid);
    case 'U': return knownUserName(st.uid) ?? 'UNKNOWN';
    case 'w': return '-';
    case 'W': return '0';
    case 'x': return statTime(st.atime);
    case 'X': return String(unixTime(st.atime));
    case 'y': return statTime(st.mtime);
    case 'Y': return String(unixTime(st.mtime));
    case 'z': return statTime(st.ctime);
    case 'Z': return String(unixTime(st.ctime));
    case 'Hd': return String(major(st.dev));
    case 'Ld': return String(minor(st.dev));
    case 'Hr': return String(st.rdevMajor);
    case 'Lr': return String(st.rdevMinor);
    default: return null;
  }
}

const TYPE_BITS: Record<Stat['type'], number> = {
  file: 0o100000, dir: 0o040000, symlink: 0o120000, chardev: 0o020000, blockdev: 0o060000, fifo: 0o010000, socket: 0o140000,
};
const typeBits = (st: Stat) => TYPE_BITS[st.type];

const SPEC = /%([-#+ 0]*)([0-9]*)(?:\.([0-9]+))?([HL][dr]|[aAbBdDfFgGhinNostTuUwWxXyYzZ%]?)/g;

function render(p: Proc, file: string, st: Stat, fmt: string, isDefault: boolean): string {
  return fmt.replace(SPEC, (whole, flags: string, width: string, prec: string | undefined, letter: string) => {
    if (letter === '%') return '%';
    if (letter === '') return whole; // a lone % at the end stays as is
    let v = field(p, file, st, letter, isDefault) ?? whole;
    if (prec !== undefined) v = /^[0-9]+$/.test(v) ? v.padStart(Number(prec), '0') : v.slice(0, Number(prec));
    const w = Number(width || 0);
    if (v.length < w) {
      if (flags.includes('-')) v = v.padEnd(w);
      else if (flags.includes('0') && /^[0-9]+$/.test(v)) v = v.padStart(w, '0');
      else v = v.padStart(w);
    }
    return v;
  });
}

export const stat: CommandDef<StatArgs> = {
  name: 'stat',
  parse(args) {
    const r = getopt('stat', args, [
      { short: 'L', long: 'dereference', key: 'L' },
      { short: 'c', long: 'format', key: 'c', arg: 'required' },
      { long: 'printf', key: 'printf', arg: 'required' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('stat', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('stat', 'missing operand');
    const fmt = [...r.opts].reverse().find((o) => o.key === 'c' || o.key === 'printf');
    return ok({
      follow: has(r.opts, 'L'),
      format: fmt?.value ?? null,
      printf: fmt?.key === 'printf',
      files: r.operands.map((o) => o.value),
    });
  },
  run(p, a) {
    let status = 0;
    for (const f of a.files) {
      const st = a.follow ? p.sys.stat(f) : p.sys.lstat(f);
      if (!st.ok) {
        p.error(`cannot statx ${quote(f)}: ${STRERROR[st.errno]}`);
        status = 1;
        continue;
      }
      if (a.format === null) {
        const dev = st.value.type === 'chardev' || st.value.type === 'blockdev';
        p.print(render(p, f, st.value, DEFAULT_HEAD + (dev ? DEFAULT_DEV : DEFAULT_PLAIN) + DEFAULT_TAIL, true));
      } else if (a.printf) {
        p.printBytes(piecesToBytes(unescape(render(p, f, st.value, a.format, false), 'format').parts));
      } else {
        p.printBytes(toBytes(`${render(p, f, st.value, a.format, false)}\n`));
      }
    }
    return status;
  },
};
