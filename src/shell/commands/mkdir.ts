// mkdir [-p] [-m MODE]. With -p each component is made in turn with mode
// 0777 (the umask applies), EEXIST is fine when it is a directory. With -m
// the directory is made with MODE minus the umask, then chmod'ed when the
// umask took bits away or MODE has special bits, as GNU mkdir does.
import { O_DIRECTORY, O_NOCTTY, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, type Syscalls } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has, last } from '../util/getopt.ts';
import { applyMode, parseMode } from '../util/mode.ts';
import { quote } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

export const UMASK = 0o022;

interface MkdirArgs {
  parents: boolean;
  mode: number | null;
  dirs: string[];
}

/** GNU mkdir opens each directory it made (to fchdir or fchmod through it). */
function openDir(sys: Syscalls, path: string): number | null {
  const fd = sys.open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW | O_DIRECTORY);
  return fd.ok ? fd.value : null;
}

export const mkdir: CommandDef<MkdirArgs> = {
  name: 'mkdir',
  parse(args) {
    const r = getopt('mkdir', args, [
      { short: 'p', long: 'parents', key: 'p' },
      { short: 'm', long: 'mode', key: 'm', arg: 'required' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('mkdir', r.operands);
    if (abs) return abs;
    let mode: number | null = null;
    const m = last(r.opts, 'm');
    if (m) {
      const change = parseMode(m.value!);
      if (!change) return usage('mkdir', `invalid mode ${quote(m.value!)}`);
      mode = applyMode(change, 0o777, true, UMASK);
    }
    if (r.operands.length === 0) return usage('mkdir', 'missing operand');
    return ok({ parents: has(r.opts, 'p'), mode, dirs: r.operands.map((o) => o.value) });
  },
  run(p, { parents, mode, dirs }) {
    let status = 0;
    const makeLast = (dir: string): boolean => {
      const res = p.sys.mkdir(dir, mode === null ? 0o777 : mode & ~UMASK);
      if (!res.ok) {
        if (parents && res.errno === 'EEXIST') {
          const st = p.sys.stat(dir);
          if (st.ok && st.value.type === 'dir') return true;
        }
        p.error(`cannot create directory ${quote(dir)}: ${STRERROR[res.errno]}`);
        return false;
      }
      if (mode !== null) {
        const fd = openDir(p.sys, dir);
        if ((mode & UMASK) !== 0 || (mode & 0o7000) !== 0) {
          const c = p.sys.chmod(dir, mode);
          if (!c.ok) {
            p.error(`cannot set permissions of ${quote(dir)}: ${STRERROR[c.errno]}`);
            if (fd !== null) p.sys.close(fd);
            return false;
          }
        }
        if (fd !== null) p.sys.close(fd);
      }
      return true;
    };
    for (const dir of dirs) {
      if (!parents) {
        if (!makeLast(dir)) status = 1;
        continue;
      }
      // Each ancestor in turn, as mkdir -p walks down with chdir/fchdir.
      const parts = dir.split('/');
      const lead = dir.startsWith('/') ? '/' : '';
      let prefix = '';
      let failed = false;
      const steps = parts.map((part, i) => ({ part, i })).filter(({ part }) => part !== '');
      for (let k = 0; k < steps.length - 1 && !failed; k++) {
        prefix = lead + parts.slice(0, steps[k].i + 1).join('/');
        const res = p.sys.mkdir(prefix, 0o777);
        if (res.ok) {
          const fd = openDir(p.sys, prefix);
          if (fd !== null) p.sys.close(fd);
          continue;
        }
        if (res.errno === 'EEXIST') {
          const st = p.sys.stat(prefix);
          if (st.ok && st.value.type === 'dir') continue;
          // gnulib mkancesdir: entering it failed; ENOENT (a dangling symlink) gives way to mkdir's EEXIST.
          p.error(`cannot create directory ${quote(prefix)}: ${STRERROR[st.ok ? 'ENOTDIR' : st.errno === 'ENOENT' ? res.errno : st.errno]}`);
        } else {
          p.error(`cannot create directory ${quote(prefix)}: ${STRERROR[res.errno]}`);
        }
        failed = true;
      }
      if (failed || (steps.length > 0 && !makeLast(dir))) status = 1;
    }
    return status;
  },
};
