// ln [-s] [-f] [-T] [-n]: link(2)/symlink(2) straight at the destination;
// only on EEXIST is the destination checked for a directory to link into.
// -f replaces through a temporary name and rename(2), as gnulib's
// force_linkat/force_symlinkat do.
import type { Stat, Syscalls } from '../../engine/api.ts';
import { STRERROR, type Errno, type Result } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { baseName, dirName, join } from '../util/path.ts';
import { tempName } from '../util/tempname.ts';
import { quote, quotef } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef, type Proc } from './types.ts';

interface LnArgs {
  symbolic: boolean;
  force: boolean;
  noTargetDir: boolean;
  noDeref: boolean;
  files: string[];
}

function create(sys: Syscalls, a: LnArgs, src: string, dst: string): Result<void> {
  return a.symbolic ? sys.symlink(src, dst) : sys.link(src, dst);
}

function isDir(sys: Syscalls, path: string, noDeref: boolean): boolean {
  const st = noDeref ? sys.lstat(path) : sys.stat(path);
  return st.ok && st.value.type === 'dir';
}

function failMessage(a: LnArgs, dst: string, src: string, errno: Errno): string {
  if (a.symbolic) return `failed to create symbolic link ${quote(dst)}: ${STRERROR[errno]}`;
  if (errno === 'EMLINK') return `failed to create hard link to ${quote(src)}: ${STRERROR[errno]}`;
  if (errno === 'EEXIST' || errno === 'ENOSPC' || errno === 'EROFS') {
    return `failed to create hard link ${quote(dst)}: ${STRERROR[errno]}`;
  }
  return `failed to create hard link ${quote(dst)} => ${quote(src)}: ${STRERROR[errno]}`;
}

/**
 * ln refuses only when removing the destination would remove the source:
 * the same inode with a single link, or the very same name. `srcLstat` is
 * the hard-link source already looked at, `dst` the destination's lstat.
 */
function sameFile(sys: Syscalls, a: LnArgs, src: string, dst: string, dstLstat: Result<Stat>, srcLstat?: Stat): boolean {
  let s: Stat;
  let d: Stat;
  if (!dstLstat.ok) return false;
  if (a.symbolic) {
    const ss = sys.stat(src);
    if (!ss.ok) return false;
    [s, d] = [ss.value, dstLstat.value];
  } else {
    if (!srcLstat) return false;
    [s, d] = [srcLstat, dstLstat.value];
  }
  if (s.ino !== d.ino || s.dev !== d.dev) return false;
  if (s.nlink === 1) return true;
  if (baseName(src) !== baseName(dst)) return false;
  const here = sys.lstat(join(dirName(src), '.'));
  const there = sys.lstat(join(dirName(dst), '.'));
  return here.ok && there.ok && here.value.ino === there.value.ino && here.value.dev === there.value.dev;
}

function doLink(p: Proc, a: LnArgs, src: string, dst: string, first?: Result<void>): boolean {
  const r = first ?? create(p.sys, a, src, dst);
  if (r.ok) return true;
  if (r.errno === 'EEXIST' && a.force) {
    let srcLstat: Stat | undefined;
    if (!a.symbolic) {
      const st = p.sys.lstat(src);
      if (!st.ok) {
        p.error(`failed to access ${quote(src)}: ${STRERROR[st.errno]}`);
        return false;
      }
      srcLstat = st.value;
    }
    // ln.c: a directory is never replaced ("cannot overwrite directory"), before the same-file check.
    const dl = p.sys.lstat(dst);
    if (!dl.ok) {
      // ln.c: a destination that cannot be looked at (ENOTDIR for `file/`) ends it; one that
      // vanished (ENOENT) turns -f off, and the link's own error is the message.
      if (dl.errno !== 'ENOENT') p.error(`failed to access ${quote(dst)}: ${STRERROR[dl.errno]}`);
      else p.error(failMessage(a, dst, src, r.errno));
      return false;
    }
    if (dl.value.type === 'dir') {
      p.error(`${quotef(dst)}: cannot overwrite directory`);
      return false;
    }
    if (sameFile(p.sys, a, src, dst, dl, srcLstat)) {
      p.error(`${quote(src)} and ${quote(dst)} are the same file`);
      return false;
    }
    const dir = dirName(dst);
    const tmp = dir === '.' && !dst.startsWith('./') ? tempName(dst) : join(dir, tempName(dst));
    const t = create(p.sys, a, src, tmp);
    if (!t.ok) {
      p.error(failMessage(a, dst, src, t.errno));
      return false;
    }
    const mv = p.sys.rename(tmp, dst);
    if (!mv.ok) {
      p.sys.unlink(tmp);
      p.error(failMessage(a, dst, src, mv.errno));
      return false;
    }
    // A hard link renamed onto another name of the same file leaves the temporary behind.
    if (!a.symbolic) p.sys.unlink(tmp);
    return true;
  }
  if (!a.symbolic) {
    const st = p.sys.lstat(src);
    if (!st.ok) {
      p.error(`failed to access ${quote(src)}: ${STRERROR[st.errno]}`);
      return false;
    }
    if (st.value.type === 'dir' && r.errno === 'EPERM') {
      p.error(`${quotef(src)}: hard link not allowed for directory`);
      return false;
    }
  }
  p.error(failMessage(a, dst, src, r.errno));
  return false;
}

export const ln: CommandDef<LnArgs> = {
  name: 'ln',
  parse(args) {
    const r = getopt('ln', args, [
      { short: 's', long: 'symbolic', key: 's' },
      { short: 'f', long: 'force', key: 'f' },
      { short: 'T', long: 'no-target-directory', key: 'T' },
      { short: 'n', long: 'no-dereference', key: 'n' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const symbolic = has(r.opts, 's');
    // An absolute symlink target would point outside the workspace on a real machine, too.
    const abs = rejectAbsolute('ln', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('ln', 'missing file operand');
    const noTargetDir = has(r.opts, 'T');
    if (noTargetDir && r.operands.length > 2) return usage('ln', `extra operand ${quote(r.operands[2].value)}`);
    if (noTargetDir && r.operands.length < 2) return usage('ln', `missing destination file operand after ${quote(r.operands[0].value)}`);
    return ok({ symbolic, force: has(r.opts, 'f'), noTargetDir, noDeref: has(r.opts, 'n'), files: r.operands.map((o) => o.value) });
  },
  run(p, a) {
    const files = a.files;
    if (files.length === 1) return doLink(p, a, files[0], `./${baseName(files[0])}`) ? 0 : 1;
    if (files.length === 2) {
      const [src, dst] = files;
      const first = create(p.sys, a, src, dst);
      if (!first.ok && first.errno === 'EEXIST' && !a.noTargetDir && isDir(p.sys, dst, a.noDeref)) {
        return doLink(p, a, src, join(dst, baseName(src))) ? 0 : 1;
      }
      return doLink(p, a, src, dst, first) ? 0 : 1;
    }
    const target = files[files.length - 1];
    const st = p.sys.stat(target);
    if (!st.ok || st.value.type !== 'dir') {
      p.error(st.ok ? `target ${quote(target)} is not a directory` : `target ${quote(target)}: ${STRERROR[st.errno]}`);
      return 1;
    }
    let status = 0;
    for (const src of files.slice(0, -1)) if (!doLink(p, a, src, join(target, baseName(src)))) status = 1;
    return status;
  },
};
