// ls [-l] [-a|-A] [-1] [-d] [-R] [-i], output to a pipe or file: one name a
// line, sorted by bytes (LC_ALL=C). Operands that are not directories come
// first, then each directory under a `name:` header when there is more than
// one thing to show. Without -l (or -i) entries are not stat'ed at all, so a
// name readdir lists but lookup cannot find still shows. Exit status: 2 for
// an operand that cannot be accessed, 1 for an entry inside a directory.
import type { FileType, Stat } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { blocksOf, groupName, inoString, lsTime, modeString, userName } from '../util/format.ts';
import { getopt, has } from '../util/getopt.ts';
import { join } from '../util/path.ts';
import { compareC, quote, toBytes } from '../util/text.ts';
import { ok, reject, rejectAbsolute, type CommandDef, type Proc } from './types.ts';
import { readDirectory } from '../util/readdir.ts';

interface LsArgs {
  long: boolean;
  all: boolean;
  almostAll: boolean;
  directory: boolean;
  recursive: boolean;
  inode: boolean;
  files: string[];
}

interface Entry {
  name: string;
  /** Path to stat and readlink. */
  path: string;
  /** d_type and d_ino, when it came from readdir. */
  dtype?: FileType;
  dino?: Pick<Stat, 'ino' | 'xino'>;
  st?: Stat;
  target?: string;
  failed?: boolean;
}

const MINOR = 1;
const SERIOUS = 2;

/** Only -l needs a stat of each entry; -i alone reads d_ino from readdir. */
function needStat(a: LsArgs): boolean {
  return a.long;
}

function fill(p: Proc, a: LsArgs, e: Entry): number {
  if (!needStat(a)) return 0;
  const st = p.sys.lstat(e.path);
  if (!st.ok) {
    p.error(`cannot access ${quote(e.path)}: ${STRERROR[st.errno]}`);
    e.failed = true;
    return MINOR;
  }
  e.st = st.value;
  if (a.long && st.value.type === 'symlink') {
    const t = p.sys.readlink(e.path);
    if (t.ok) e.target = t.value;
  }
  return 0;
}

const TYPE_CHAR: Partial<Record<FileType, string>> = { file: '-', dir: 'd', symlink: 'l', chardev: 'c', blockdev: 'b', fifo: 'p', socket: 's' };

const isDevice = (st?: Stat) => st?.type === 'chardev' || st?.type === 'blockdev';

/**
 * The size column: bytes, or `major, minor` for a device, each number
 * right-aligned in its own width, as ls lines them up.
 */
function sizeColumn(entries: readonly Entry[]): (e: Entry) => string {
  const devs = entries.filter((e) => isDevice(e.st)).map((e) => e.st!);
  const majorW = Math.max(0, ...devs.map((st) => String(st.rdevMajor).length));
  const minorW = Math.max(0, ...devs.map((st) => String(st.rdevMinor).length));
  const plainW = Math.max(0, ...entries.filter((e) => !isDevice(e.st)).map((e) => (e.st ? String(e.st.size) : '?').length));
  const width = devs.length ? Math.max(plainW, majorW + 2 + minorW) : plainW;
  return (e) => {
    if (!e.st) return '?'.padStart(width);
    if (!isDevice(e.st)) return String(e.st.size).padStart(width);
    return `${String(e.st.rdevMajor).padStart(width - 2 - minorW)}, ${String(e.st.rdevMinor).padStart(minorW)}`;
  };
}

/** Formats entries with the column widths ls computes over the whole listing. */
function format(a: LsArgs, entries: Entry[]): string {
  if (!a.long) {
    const inoOf = (e: Entry) => (e.dino ? inoString(e.dino) : e.st ? inoString(e.st) : '?');
    const inoWidth = Math.max(0, ...entries.map((e) => inoOf(e).length));
    return entries.map((e) => (a.inode ? `${inoOf(e).padStart(inoWidth)} ` : '') + `${e.name}\n`).join('');
  }
  const col = (f: (e: Entry) => string) => Math.max(0, ...entries.map((e) => f(e).length));
  const ino = (e: Entry) => (e.st ? inoString(e.st) : '?');
  const nlink = (e: Entry) => (e.st ? String(e.st.nlink) : '?');
  const owner = (e: Entry) => (e.st ? userName(e.st.uid) : '?');
  const group = (e: Entry) => (e.st ? groupName(e.st.gid) : '?');
  const size = sizeColumn(entries);
  const time = (e: Entry) => (e.st ? lsTime(e.st.mtime) : '?');
  const w = { ino: col(ino), nlink: col(nlink), owner: col(owner), group: col(group), time: col(time) };
  return entries
    .map((e) => {
      const mode = e.st ? modeString(e.st.type, e.st.mode) : `${TYPE_CHAR[e.dtype ?? 'file'] ?? '?'}?????????`;
      const head = a.inode ? `${ino(e).padStart(w.ino)} ` : '';
      const link = e.target !== undefined ? ` -> ${e.target}` : '';
      return (
        `${head}${mode} ${nlink(e).padStart(w.nlink)} ${owner(e).padEnd(w.owner)} ${group(e).padEnd(w.group)} ` +
        `${size(e)} ${time(e).padStart(w.time)} ${e.name}${link}\n`
      );
    })
    .join('');
}

const byName = (x: Entry, y: Entry) => compareC(x.name, y.name);
/** UTF-16 order is byte order unless a name holds a surrogate or a character from U+E000 up. */
const SURROGATE_OR_HIGH = /[\ud800-\uffff]/;
const byUnits = (x: Entry, y: Entry) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** Sorts by bytes (LC_ALL=C), with the plain comparison when it gives the same order. */
function sortByName(entries: Entry[]): void {
  entries.sort(entries.some((e) => SURROGATE_OR_HIGH.test(e.name)) ? byName : byUnits);
}

function listDir(p: Proc, a: LsArgs, dir: string, header: boolean, out: string[], commandLine = true): number {
  const r = readDirectory(p.sys, dir);
  if (!r.ok) {
    p.error(`cannot open directory ${quote(dir)}: ${STRERROR[r.errno]}`);
    // file_failure: serious for a command-line argument, minor for one found by -R.
    return commandLine ? SERIOUS : MINOR;
  }
  let status = 0;
  const entries: Entry[] = [];
  if (a.all) {
    for (const dot of ['.', '..']) {
      // getdents lists these too; here their d_ino comes from a stat.
      const st = a.inode && !a.long ? p.sys.lstat(join(dir, dot)) : null;
      entries.push({ name: dot, path: join(dir, dot), dtype: 'dir', ...(st?.ok ? { dino: st.value } : {}) });
    }
  }
  for (const d of r.value) {
    if (d.name.startsWith('.') && !a.all && !a.almostAll) continue;
    entries.push({ name: d.name, path: join(dir, d.name), dtype: d.type, dino: d });
  }
  sortByName(entries);
  for (const e of entries) status = Math.max(status, fill(p, a, e));
  let text = header ? `${dir}:\n` : '';
  if (a.long) text += `total ${entries.reduce((n, e) => n + (e.st ? blocksOf(e.st) : 0), 0) / 2}\n`;
  text += format(a, entries);
  out.push(text);
  if (a.recursive) {
    for (const e of entries) {
      if (e.name === '.' || e.name === '..') continue;
      const isDir = e.st ? e.st.type === 'dir' : e.dtype === 'dir';
      if (isDir) status = Math.max(status, listDir(p, a, e.path, true, out, false));
    }
  }
  return status;
}

export const ls: CommandDef<LsArgs> = {
  name: 'ls',
  parse(args) {
    const r = getopt('ls', args, [
      { short: 'l', key: 'l' },
      { short: 'a', long: 'all', key: 'a' },
      { short: 'A', long: 'almost-all', key: 'A' },
      { short: '1', key: '1' },
      { short: 'd', long: 'directory', key: 'd' },
      { short: 'R', long: 'recursive', key: 'R' },
      { short: 'i', long: 'inode', key: 'i' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('ls', r.operands);
    if (abs) return abs;
    return ok({
      long: has(r.opts, 'l'),
      all: has(r.opts, 'a'),
      almostAll: has(r.opts, 'A'),
      directory: has(r.opts, 'd'),
      recursive: has(r.opts, 'R'),
      inode: has(r.opts, 'i'),
      files: r.operands.length ? r.operands.map((o) => o.value) : ['.'],
    });
  },
  run(p, a) {
    let status = 0;
    const files: Entry[] = [];
    const dirs: string[] = [];
    // A symlink operand is followed to a directory unless -l or -d asks for the link itself.
    const follow = !a.long && !a.directory;
    for (const f of a.files) {
      let st = follow ? p.sys.stat(f) : p.sys.lstat(f);
      // ls.c falls back to lstat only when stat's error may mean a dangling link (ENOENT).
      if (!st.ok && follow && st.errno === 'ENOENT') st = p.sys.lstat(f);
      if (!st.ok) {
        p.error(`cannot access ${quote(f)}: ${STRERROR[st.errno]}`);
        status = SERIOUS;
        continue;
      }
      if (st.value.type === 'dir' && !a.directory) dirs.push(f);
      else {
        const e: Entry = { name: f, path: f, st: st.value };
        if (a.long && st.value.type === 'symlink') {
          const t = p.sys.readlink(f);
          if (t.ok) e.target = t.value;
        }
        files.push(e);
      }
    }
    sortByName(files);
    dirs.sort(compareC);
    const out: string[] = [];
    if (files.length) out.push(format(a, files));
    const header = a.files.length > 1 || a.recursive;
    for (const d of dirs) status = Math.max(status, listDir(p, a, d, header, out));
    p.printBytes(out.map(toBytes).join('\n'));
    return status;
  },
};
