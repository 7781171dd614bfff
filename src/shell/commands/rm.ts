// rm [-r] [-f] [-d]: coreutils' remove.c over fts. Each operand is lstat'ed;
// a file is unlinked; a directory (with -r) is first read to see whether it
// is empty (then rmdir'ed at once), otherwise read again and emptied in
// readdir order: non-directories unlinked without a stat, directories
// lstat'ed and descended into, the directory itself rmdir'ed last. A failure
// below keeps the ancestors from being tried.
import type { Syscalls } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { baseName, join } from '../util/path.ts';
import { quote } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';
import { readDirectory } from '../util/readdir.ts';

export interface RmOptions {
  recursive: boolean;
  force: boolean;
  dir: boolean;
}

interface RmArgs extends RmOptions {
  files: string[];
}

/**
 * Reports a failure; returns false when it does not count (rm -f and a name
 * that is already gone), so the walk carries on as if it had been removed.
 */
export type Report = (path: string, errno: Errno) => boolean;

function isEmptyDir(sys: Syscalls, path: string): boolean | Errno {
  const r = readDirectory(sys, path);
  return r.ok ? r.value.length === 0 : r.errno;
}

/** Empties and removes a directory already known to be one. Returns false if anything failed. */
function removeDir(sys: Syscalls, path: string, report: Report): boolean {
  const empty = isEmptyDir(sys, path);
  if (typeof empty === 'string') return !report(path, empty);
  if (!empty) {
    const entries = readDirectory(sys, path);
    if (!entries.ok) return !report(path, entries.errno);
    let good = true;
    for (const e of entries.value) {
      const child = join(path, e.name);
      if (e.type === 'dir') {
        const st = sys.lstat(child);
        if (!st.ok) {
          if (report(child, st.errno)) good = false;
          continue;
        }
        if (st.value.type === 'dir') {
          if (!removeDir(sys, child, report)) good = false;
          continue;
        }
      }
      const u = sys.unlink(child);
      if (!u.ok && report(child, u.errno)) good = false;
    }
    if (!good) return false;
  }
  const r = sys.rmdir(path);
  return r.ok || !report(path, r.errno);
}

/**
 * Removes one operand as rm does; `report` gets each failure. Used by mv too,
 * to remove the source after copying it across devices.
 */
export function removeOperand(sys: Syscalls, path: string, o: RmOptions, report: Report): boolean {
  const st = sys.lstat(path);
  // Without a stat (fts's FTS_NS), rm still asks unlink(2): remove.c's excise.
  if (!st.ok || st.value.type !== 'dir') {
    const u = sys.unlink(path);
    if (u.ok) return true;
    // excise: EROFS for a name that is not there becomes ENOENT (so -f ignores
    // it); for `file/` lstat says ENOTDIR, and the EROFS stands.
    let errno = u.errno;
    if (errno === 'EROFS') {
      const again = sys.lstat(path);
      if (!again.ok && again.errno === 'ENOENT') errno = 'ENOENT';
    }
    return !report(path, errno);
  }
  if (o.recursive) return removeDir(sys, path, report);
  if (!o.dir) return !report(path, 'EISDIR');
  const empty = isEmptyDir(sys, path);
  if (empty !== true) return !report(path, empty === false ? 'ENOTEMPTY' : empty);
  const r = sys.rmdir(path);
  return r.ok || !report(path, r.errno);
}

export const rm: CommandDef<RmArgs> = {
  name: 'rm',
  parse(args) {
    const r = getopt('rm', args, [
      { short: 'r', long: 'recursive', key: 'r' },
      { short: 'R', key: 'r' },
      { short: 'f', long: 'force', key: 'f' },
      { short: 'd', long: 'dir', key: 'd' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('rm', r.operands);
    if (abs) return abs;
    const force = has(r.opts, 'f');
    if (r.operands.length === 0 && !force) return usage('rm', 'missing operand');
    return ok({ recursive: has(r.opts, 'r'), force, dir: has(r.opts, 'd'), files: r.operands.map((o) => o.value) });
  },
  run(p, a) {
    let status = 0;
    const report: Report = (path, errno) => {
      // coreutils' ignorable_missing: with -f, a missing name or a non-directory on the way is no error.
      if (a.force && (errno === 'ENOENT' || errno === 'ENOTDIR')) return false;
      p.error(`cannot remove ${quote(path)}: ${STRERROR[errno]}`);
      status = 1;
      return true;
    };
    for (const f of a.files) {
      const base = baseName(f);
      if (base === '.' || base === '..') {
        p.error(`refusing to remove '.' or '..' directory: skipping ${quote(f)}`);
        status = 1;
        continue;
      }
      removeOperand(p.sys, f, a, report);
    }
    return status;
  },
};
