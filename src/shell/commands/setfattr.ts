// setfattr -n NAME [-v VALUE] | -x NAME [-h] FILE...: setxattr(2) or
// removexattr(2) per file, following symlinks unless -h (the l* calls).
import type { Bytes } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { getopt, has, last } from '../util/getopt.ts';
import { decodeValue } from '../util/xattr-codec.ts';
import { ok, reject, rejectAbsolute, type CommandDef, type Parsed } from './types.ts';

interface SetfattrArgs {
  name: string;
  remove: boolean;
  value: Bytes | null;
  nofollow: boolean;
  files: string[];
}

const USAGE =
  'Usage: setfattr {-n name} [-v value] [-h] file...\n       setfattr {-x name} [-h] file...\nTry `setfattr --help\' for more information.\n';

/** attr's own wording: ENODATA is "No such attribute". */
export function attrError(errno: Errno): string {
  return errno === 'ENODATA' ? 'No such attribute' : STRERROR[errno];
}

export const setfattr: CommandDef<SetfattrArgs> = {
  name: 'setfattr',
  parse(args) {
    const r = getopt('setfattr', args, [
      { short: 'n', long: 'name', key: 'n', arg: 'required' },
      { short: 'v', long: 'value', key: 'v', arg: 'required' },
      { short: 'x', long: 'remove', key: 'x', arg: 'required' },
      { short: 'h', long: 'no-dereference', key: 'h' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('setfattr', r.operands);
    if (abs) return abs;
    const n = last(r.opts, 'n');
    const x = last(r.opts, 'x');
    const v = last(r.opts, 'v');
    const bad: Parsed<never> = { ok: false, kind: 'usage', message: USAGE, status: 2 };
    if ((!n && !x) || (n && x) || (x && v) || r.operands.length === 0) return bad;
    let value: Bytes | null = null;
    if (v) {
      value = decodeValue(v.value!);
      if (value === null) return { ok: false, kind: 'usage', message: 'bad input encoding\n', status: 1 };
    }
    return ok({
      name: (n ?? x)!.value!,
      remove: !!x,
      value,
      nofollow: has(r.opts, 'h'),
      files: r.operands.map((o) => o.value),
    });
  },
  run(p, a) {
    let status = 0;
    for (const f of a.files) {
      const opts = { nofollow: a.nofollow };
      const r = a.remove ? p.sys.removexattr(f, a.name, opts) : p.sys.setxattr(f, a.name, a.value ?? '', 0, opts);
      if (!r.ok) {
        p.error(`${f}: ${attrError(r.errno)}`);
        status = 1;
      }
    }
    return status;
  },
};
