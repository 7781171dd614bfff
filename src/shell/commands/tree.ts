// tree [-a] [-d] [-L N] [--noreport], as tree 2.1 prints with LC_ALL=C:
// `|-- `, `` `-- `` and `|   ` lines, entries sorted by bytes, symlinks as
// `name -> target` (a link to a directory counts as one and is not
// entered), entries lstat cannot find skipped. The summary counts a root
// only when it shows something, and an operand that is not a directory as
// a file, exactly as tree 2.1 does.
import { getopt, has, last } from '../util/getopt.ts';
import { join } from '../util/path.ts';
import { compareC } from '../util/text.ts';
import { ok, reject, rejectAbsolute, type CommandDef, type Proc } from './types.ts';
import { readDirectory } from '../util/readdir.ts';

const CONTROL = 'abtnvfr';
const utf8 = new TextEncoder();

/**
 * A name as tree 2.1's printit() writes it in the C locale: byte by byte,
 * `\\` and `\ ` for a backslash and a space, `\n` and the like for the
 * controls 7 to 13, printable ASCII as it is, any other byte in octal.
 */
export function treeName(name: string): string {
  let out = '';
  for (const c of utf8.encode(name)) {
    if (c >= 7 && c <= 13) out += `\\${CONTROL[c - 7]}`;
    else if (c === 0x5c || c === 0x20) out += `\\${String.fromCharCode(c)}`;
    else if (c > 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += `\\${c.toString(8).padStart(3, '0')}`;
  }
  return out;
}

interface TreeArgs {
  all: boolean;
  dirsOnly: boolean;
  maxDepth: number;
  report: boolean;
  roots: string[];
}

interface Totals {
  dirs: number;
  files: number;
  /** A directory below a root could not be opened: tree exits 2. */
  failed: boolean;
}

/** The lines below `dir`, or null when it cannot be opened (EACCES...). */
function walk(p: Proc, a: TreeArgs, dir: string, prefix: string, depth: number, t: Totals): string | null {
  const r = readDirectory(p.sys, dir);
  if (!r.ok) return null;
  const shown: { name: string; path: string; isDir: boolean; descend: boolean; target?: string }[] = [];
  for (const e of r.value) {
    if (!a.all && e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    const st = p.sys.lstat(path);
    if (!st.ok) continue;
    let isDir = st.value.type === 'dir';
    let target: string | undefined;
    if (st.value.type === 'symlink') {
      const l = p.sys.readlink(path);
      target = l.ok ? l.value : '';
      const s = p.sys.stat(path);
      isDir = s.ok && s.value.type === 'dir';
    }
    if (a.dirsOnly && !isDir) continue;
    shown.push({ name: e.name, path, isDir, descend: isDir && st.value.type === 'dir', target });
  }
  shown.sort((x, y) => compareC(x.name, y.name));
  let out = '';
  shown.forEach((e, i) => {
    const lastOne = i === shown.length - 1;
    const line = `${prefix}${lastOne ? '`-- ' : '|-- '}${treeName(e.name)}${e.target !== undefined ? ` -> ${treeName(e.target)}` : ''}`;
    if (e.isDir) t.dirs++;
    else t.files++;
    const below = e.descend && depth + 1 < a.maxDepth ? walk(p, a, e.path, prefix + (lastOne ? '    ' : '|   '), depth + 1, t) : '';
    if (below === null) {
      t.failed = true;
      out += `${line}  [error opening dir]\n`;
    } else out += `${line}\n${below}`;
  });
  return out;
}

export const tree: CommandDef<TreeArgs> = {
  name: 'tree',
  parse(args) {
    const r = getopt('tree', args, [
      { short: 'a', key: 'a' },
      { short: 'd', key: 'd' },
      { short: 'L', key: 'L', arg: 'required' },
      { long: 'noreport', key: 'noreport' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('tree', r.operands);
    if (abs) return abs;
    const level = last(r.opts, 'L');
    let maxDepth = Infinity;
    if (level) {
      if (!/^[0-9]+$/.test(level.value!) || Number(level.value) < 1) {
        return { ok: false, kind: 'usage', message: 'tree: Invalid level, must be greater than 0.\n', status: 1 };
      }
      maxDepth = Number(level.value);
    }
    return ok({
      all: has(r.opts, 'a'),
      dirsOnly: has(r.opts, 'd'),
      maxDepth,
      report: !has(r.opts, 'noreport'),
      roots: r.operands.length ? r.operands.map((o) => o.value) : ['.'],
    });
  },
  run(p, a) {
    const t: Totals = { dirs: 0, files: 0, failed: false };
    let status = 0;
    let out = '';
    for (const root of a.roots) {
      if (!p.sys.lstat(root).ok) {
        out += `${treeName(root)}  [error opening dir]\n`;
        status = 2;
        continue;
      }
      const st = p.sys.stat(root);
      if (!st.ok || st.value.type !== 'dir') {
        out += `${treeName(root)}  [error opening dir]\n`;
        t.files++;
        continue;
      }
      const before = t.dirs + t.files;
      const body = walk(p, a, root, '', 0, t);
      if (body === null) {
        // A root it cannot open reads as a file that says so (status 0).
        out += `${treeName(root)}  [error opening dir]\n`;
        t.files++;
        continue;
      }
      if (t.dirs + t.files > before) t.dirs++;
      out += `${treeName(root)}\n${body}`;
    }
    if (a.report) {
      const dirs = `${t.dirs} director${t.dirs === 1 ? 'y' : 'ies'}`;
      out += a.dirsOnly ? `\n${dirs}\n` : `\n${dirs}, ${t.files} file${t.files === 1 ? '' : 's'}\n`;
    }
    p.print(out);
    return t.failed ? 2 : status;
  },
};
