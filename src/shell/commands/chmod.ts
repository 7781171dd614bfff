// chmod [-R] MODE FILE...: stat (following symlinks), then fchmodat with the
// new mode, even when it equals the old one. -R walks the tree as fts does
// with FTS_PHYSICAL: a directory is changed before it is read, symlinks
// inside the tree are skipped, entries come in readdir order.
import type { Stat } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { applyMode, parseMode, type ModeChange } from '../util/mode.ts';
import { join } from '../util/path.ts';
import { quote } from '../util/text.ts';
import { UMASK } from './mkdir.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef, type Proc } from './types.ts';
import { readDirectory } from '../util/readdir.ts';

interface ChmodArgs {
  recursive: boolean;
  force: boolean;
  change: ModeChange;
  files: string[];
}

function change(p: Proc, a: ChmodArgs, path: string, st: Stat): boolean {
  const mode = applyMode(a.change, st.mode, st.type === 'dir', UMASK);
  const r = p.sys.chmod(path, mode);
  if (r.ok) return true;
  if (!a.force) p.error(`changing permissions of ${quote(path)}: ${STRERROR[r.errno]}`);
  return false;
}

function walk(p: Proc, a: ChmodArgs, dir: string): boolean {
  const entries = readDirectory(p.sys, dir);
  if (!entries.ok) {
    p.error(`cannot read directory ${quote(dir)}: ${STRERROR[entries.errno]}`);
    return false;
  }
  let good = true;
  for (const e of entries.value) {
    const path = join(dir, e.name);
    const st = p.sys.lstat(path);
    if (!st.ok) {
      p.error(`cannot access ${quote(path)}: ${STRERROR[st.errno]}`);
      good = false;
      continue;
    }
    if (st.value.type === 'symlink') continue;
    if (!change(p, a, path, st.value)) good = false;
    if (st.value.type === 'dir' && !walk(p, a, path)) good = false;
  }
  return good;
}

const OPTION_LIKE_MODE = /^-[rwxXst]+$/;

export const chmod: CommandDef<ChmodArgs> = {
  name: 'chmod',
  parse(args) {
    // A mode such as -w looks like an option; GNU chmod takes it as the mode.
    const modeIndex = args.findIndex((x, i) => OPTION_LIKE_MODE.test(x) && !args.slice(0, i).some((y) => !y.startsWith('-')));
    const rest = modeIndex >= 0 ? args.filter((_, i) => i !== modeIndex) : [...args];
    const r = getopt('chmod', rest, [
      { short: 'R', long: 'recursive', key: 'R' },
      { short: 'f', long: 'silent', key: 'f' },
    ]);
    if (!r.ok) return reject(r.message, r.index >= modeIndex && modeIndex >= 0 ? r.index + 1 : r.index);
    const operands = r.operands.map((o) => ({ ...o, index: modeIndex >= 0 && o.index >= modeIndex ? o.index + 1 : o.index }));
    const modeText = modeIndex >= 0 ? args[modeIndex] : operands.shift()?.value;
    if (modeText === undefined) return usage('chmod', 'missing operand');
    const abs = rejectAbsolute('chmod', operands);
    if (abs) return abs;
    const parsed = parseMode(modeText);
    if (!parsed) return usage('chmod', `invalid mode: ${quote(modeText)}`);
    if (operands.length === 0) return usage('chmod', `missing operand after ${quote(modeText)}`);
    return ok({ recursive: has(r.opts, 'R'), force: has(r.opts, 'f'), change: parsed, files: operands.map((o) => o.value) });
  },
  run(p, a) {
    let status = 0;
    for (const f of a.files) {
      const st = p.sys.stat(f);
      if (!st.ok) {
        const l = p.sys.lstat(f);
        if (!a.force) {
          if (l.ok && l.value.type === 'symlink') p.error(`cannot operate on dangling symlink ${quote(f)}`);
          else p.error(`cannot access ${quote(f)}: ${STRERROR[st.errno]}`);
        }
        status = 1;
        continue;
      }
      if (!change(p, a, f, st.value)) status = 1;
      if (a.recursive && st.value.type === 'dir' && !walk(p, a, f)) status = 1;
    }
    return status;
  },
};
