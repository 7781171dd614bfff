// cp [-r|-R] [-a] [-p] [-d|-P] [-f] [-T] SRC... DST: the target is checked
// for a directory first (as openat O_PATH|O_DIRECTORY does), then each
// source goes through copy.c's logic in copy.ts. -R copies symlinks as
// symlinks, even on the command line.
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { baseName, join } from '../util/path.ts';
import { quote } from '../util/text.ts';
import { copyInternal, newRun, type CopyOptions } from './copy.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

interface CpArgs {
  options: CopyOptions;
  noTargetDir: boolean;
  files: string[];
}

export const cp: CommandDef<CpArgs> = {
  name: 'cp',
  parse(args) {
    const r = getopt('cp', args, [
      { short: 'r', long: 'recursive', key: 'r' },
      { short: 'R', key: 'r' },
      { short: 'a', long: 'archive', key: 'a' },
      { short: 'p', key: 'p' },
      { short: 'd', key: 'd' },
      { short: 'P', long: 'no-dereference', key: 'P' },
      { short: 'f', long: 'force', key: 'f' },
      { short: 'T', long: 'no-target-directory', key: 'T' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('cp', r.operands);
    if (abs) return abs;
    const files = r.operands.map((o) => o.value);
    if (files.length === 0) return usage('cp', 'missing file operand');
    if (files.length === 1) return usage('cp', `missing destination file operand after ${quote(files[0])}`);
    const noTargetDir = has(r.opts, 'T');
    if (noTargetDir && files.length > 2) return usage('cp', `extra operand ${quote(files[2])}`);
    const archive = has(r.opts, 'a');
    const preserve = archive || has(r.opts, 'p');
    const recursive = archive || has(r.opts, 'r');
    const options: CopyOptions = {
      recursive,
      move: false,
      noDeref: recursive || archive || has(r.opts, 'd') || has(r.opts, 'P'),
      preserveMode: preserve,
      preserveOwnership: preserve,
      preserveTimestamps: preserve,
      preserveXattr: archive,
      preserveLinks: archive || has(r.opts, 'd'),
      reduceDiagnostics: archive,
      force: has(r.opts, 'f'),
    };
    return ok({ options, noTargetDir, files });
  },
  run(p, { options, noTargetDir, files }) {
    const target = files[files.length - 1];
    const sources = files.slice(0, -1);
    let intoDir = false;
    let missing = false;
    if (!noTargetDir) {
      const st = p.sys.stat(target);
      intoDir = st.ok && st.value.type === 'dir';
      missing = !st.ok && st.errno === 'ENOENT';
      if (!intoDir && sources.length > 1) {
        p.error(st.ok ? `target ${quote(target)} is not a directory` : `target ${quote(target)}: ${STRERROR[st.errno]}`);
        return 1;
      }
    }
    let status = 0;
    const links = new Map<string, string>();
    for (const src of sources) {
      const dst = intoDir ? join(target, baseName(src)) : target;
      if (!copyInternal(p, options, newRun(src, dst, links), src, dst, undefined, [], missing && !intoDir)) status = 1;
    }
    return status;
  },
};
