// readlink [-f|-e|-m] [-n]: readlink(2), or with -f/-e/-m the canonical
// absolute name, resolving one component at a time as gnulib's
// canonicalize does. Failures print nothing (no -v) and give status 1.
import type { Syscalls } from '../../engine/api.ts';
import type { Errno } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

type Canon = 'none' | 'f' | 'e' | 'm';

interface ReadlinkArgs {
  canon: Canon;
  newline: boolean;
  files: string[];
}

const MAX_LINKS = 40;

/** The canonical absolute name of `path` (the workspace root is "/"). */
export function canonicalize(sys: Syscalls, path: string, mode: 'f' | 'e' | 'm'): { ok: true; path: string } | { ok: false; errno: Errno } {
  const resolved: string[] = path.startsWith('/') ? [] : sys.cwd.split('/').filter(Boolean);
  const queue = path.split('/');
  let links = 0;
  while (queue.length > 0) {
    const c = queue.shift()!;
    if (c === '' || c === '.') continue;
    if (c === '..') {
      resolved.pop();
      continue;
    }
    const candidate = `/${[...resolved, c].join('/')}`;
    const r = sys.readlink(candidate);
    if (r.ok) {
      if (++links > MAX_LINKS) return { ok: false, errno: 'ELOOP' };
      if (r.value.startsWith('/')) resolved.length = 0;
      queue.unshift(...r.value.split('/'));
      continue;
    }
    const isLast = queue.every((q) => q === '' || q === '.');
    // gnulib's suffix_requires_dir_check: a name followed only by slashes,
    // `.` or `..` must be a directory (`readlink -f file/` fails ENOTDIR).
    if (r.errno === 'EINVAL' && mode !== 'm' && queue.length > 0 && (queue[0] === '' || queue[0] === '.' || queue[0] === '..')) {
      const st = sys.stat(candidate);
      if (st.ok && st.value.type !== 'dir') return { ok: false, errno: 'ENOTDIR' };
    }
    if (r.errno === 'EINVAL') resolved.push(c);
    else if (r.errno === 'ENOENT' && (mode === 'm' || (mode === 'f' && isLast))) resolved.push(c);
    else if (mode === 'm' && r.errno === 'ENOTDIR') resolved.push(c);
    else return { ok: false, errno: r.errno };
  }
  const out = `/${resolved.join('/')}`;
  if (mode === 'e' && !sys.stat(out).ok) return { ok: false, errno: 'ENOENT' };
  return { ok: true, path: out };
}

export const readlink: CommandDef<ReadlinkArgs> = {
  name: 'readlink',
  parse(args) {
    const r = getopt('readlink', args, [
      { short: 'f', long: 'canonicalize', key: 'f' },
      { short: 'e', long: 'canonicalize-existing', key: 'e' },
      { short: 'm', long: 'canonicalize-missing', key: 'm' },
      { short: 'n', long: 'no-newline', key: 'n' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('readlink', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('readlink', 'missing operand');
    const lastCanon = [...r.opts].reverse().find((o) => o.key !== 'n');
    const canon = (lastCanon?.key ?? 'none') as Canon;
    // GNU ignores -n with several operands ("ignoring --no-newline").
    return ok({ canon, newline: !has(r.opts, 'n') || r.operands.length > 1, files: r.operands.map((o) => o.value) });
  },
  run(p, { canon, newline, files }) {
    let status = 0;
    if (!newline && files.length > 1) p.error('ignoring --no-newline with multiple arguments');
    for (const f of files) {
      let text: string | null;
      if (canon === 'none') {
        const r = p.sys.readlink(f);
        text = r.ok ? r.value : null;
      } else {
        const r = canonicalize(p.sys, f, canon);
        text = r.ok ? r.path : null;
      }
      if (text === null) {
        status = 1;
        continue;
      }
      p.print(text + (newline ? '\n' : ''));
    }
    return status;
  },
};
