// bash's `cd` builtin in its default logical mode: the new directory is
// $PWD/DIR with `.` and `..` removed by text (so `cd link/..` comes back),
// and only if that fails is DIR tried as typed. bash's $PWD keeps the names
// as typed (through symlinks); the engine's cwd is where the process really
// is, so the logical name is kept here, beside the Syscalls it belongs to.
import type { Syscalls } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { absolute, resolveLexically } from '../util/path.ts';
import { ok, reject, rejectAbsolute, type CommandDef } from './types.ts';

const PWD = new WeakMap<object, { logical: string; physical: string }>();

/**
 * bash's $PWD as a workspace path ("" for the root): the directory as `cd`
 * named it, or the engine's cwd when something else moved the process.
 */
export function logicalCwd(sys: Syscalls): string {
  const p = PWD.get(sys);
  return p && p.physical === sys.cwd ? p.logical : sys.cwd;
}

function climbsAboveRoot(from: string, dir: string): boolean {
  let depth = from.split('/').filter(Boolean).length;
  for (const part of dir.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

export const cd: CommandDef<{ dir: string }> = {
  name: 'cd',
  builtin: true,
  parse(args) {
    const r = getopt('cd', args, [], { noPermute: true });
    if (!r.ok) return reject(r.message, r.index);
    if (r.operands.length === 0) return reject('cd: `cd` with no directory goes to $HOME, which is outside the workspace');
    if (r.operands.length > 1) return reject('cd: too many arguments', r.operands[1].index);
    const abs = rejectAbsolute('cd', r.operands);
    if (abs) return abs;
    if (r.operands[0].value === '-') return reject('cd: `cd -` uses $OLDPWD, a variable, which is not part of the scenario language', r.operands[0].index);
    return ok({ dir: r.operands[0].value });
  },
  run(p, { dir }) {
    if (dir === '') return 0; // bash: an empty operand leaves the directory as it is
    const from = logicalCwd(p.sys);
    if (climbsAboveRoot(from, dir)) {
      // On a real machine this leaves the workspace; the simulated world has nothing there.
      p.error(`${dir}: leaves the workspace, which is the root of the simulated world`);
      return 1;
    }
    const logical = resolveLexically(from, dir);
    const first = p.sys.chdir(absolute(logical));
    if (first.ok) {
      PWD.set(p.sys, { logical, physical: p.sys.cwd });
      return 0;
    }
    const second = p.sys.chdir(dir);
    if (second.ok) {
      PWD.delete(p.sys);
      return 0;
    }
    p.error(`${dir}: ${STRERROR[first.errno]}`);
    return 1;
  },
};
