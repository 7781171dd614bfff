// mv [-f] [-T] SRC... DST: renameat2(RENAME_NOREPLACE) first; on failure the
// destination is checked for a directory to move into (and the rename tried
// again there), then copy.c takes over: stat both, rename(2) over an
// existing name, or, when rename fails with EXDEV (an overlay directory
// without redirect_dir), copy the tree and remove the source as rm -r does.
import { RENAME_NOREPLACE } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { baseName, join } from '../util/path.ts';
import { quote } from '../util/text.ts';
import { copyInternal, newRun, type CopyOptions } from './copy.ts';
import { removeOperand } from './rm.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef, type Proc } from './types.ts';

interface MvArgs {
  noTargetDir: boolean;
  files: string[];
}

const MOVE: CopyOptions = {
  recursive: true,
  move: true,
  noDeref: true,
  preserveMode: true,
  preserveOwnership: true,
  preserveTimestamps: true,
  preserveXattr: true,
  preserveLinks: true,
  reduceDiagnostics: false,
  force: false,
};

/** Moves one source; `firstErrno` is the failed rename already tried at exactly `dst`. */
function move(p: Proc, links: Map<string, string>, src: string, dst: string, firstErrno?: Errno, inherit = false): boolean {
  let renameErrno: Errno | 0;
  if (firstErrno === undefined) {
    const r = p.sys.rename(src, dst, RENAME_NOREPLACE);
    renameErrno = r.ok ? 0 : r.errno;
  } else renameErrno = firstErrno;
  const run = newRun(src, dst, links);
  // Only mv's own early rename onto a non-directory is remembered for the children.
  if (inherit && firstErrno !== undefined) run.inheritedRenameErrno = firstErrno;
  const ok = copyInternal(p, MOVE, run, src, dst, renameErrno);
  if (!ok || !run.copied) return ok && !run.intoSelf;
  let removed = true;
  removeOperand(p.sys, src, { recursive: true, force: false, dir: false }, (path, errno) => {
    p.error(`cannot remove ${quote(path)}: ${STRERROR[errno]}`);
    removed = false;
    return true;
  });
  return removed;
}

export const mv: CommandDef<MvArgs> = {
  name: 'mv',
  parse(args) {
    const r = getopt('mv', args, [
      { short: 'f', long: 'force', key: 'f' },
      { short: 'T', long: 'no-target-directory', key: 'T' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('mv', r.operands);
    if (abs) return abs;
    const files = r.operands.map((o) => o.value);
    if (files.length === 0) return usage('mv', 'missing file operand');
    if (files.length === 1) return usage('mv', `missing destination file operand after ${quote(files[0])}`);
    const noTargetDir = has(r.opts, 'T');
    if (noTargetDir && files.length > 2) return usage('mv', `extra operand ${quote(files[2])}`);
    return ok({ noTargetDir, files });
  },
  run(p, { noTargetDir, files }) {
    const links = new Map<string, string>();
    const target = files[files.length - 1];
    const sources = files.slice(0, -1);
    if (sources.length === 1) {
      const src = sources[0];
      const r = p.sys.rename(src, target, RENAME_NOREPLACE);
      if (r.ok) return 0;
      if (!noTargetDir) {
        const st = p.sys.stat(target);
        if (st.ok && st.value.type === 'dir') return move(p, links, src, join(target, baseName(src))) ? 0 : 1;
      }
      // Without -T this first rename was mv's own (x.rename_errno), which the copy inherits.
      return move(p, links, src, target, r.errno, !noTargetDir) ? 0 : 1;
    }
    const st = p.sys.stat(target);
    if (!st.ok || st.value.type !== 'dir') {
      p.error(st.ok ? `target ${quote(target)} is not a directory` : `target ${quote(target)}: ${STRERROR[st.errno]}`);
      return 1;
    }
    let status = 0;
    for (const src of sources) if (!move(p, links, src, join(target, baseName(src)))) status = 1;
    return status;
  },
};
