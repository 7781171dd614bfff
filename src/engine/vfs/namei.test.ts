// Path resolution as fs/namei.c does it, one row per rule, each run on the
// plain disk and through an overlay whose lower layer holds the names (and
// there a refused call must leave upper/ untouched: nothing copied up on the
// way). The errnos were recorded on Linux 6.18 (scenarios/namei-*.sh).
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../api.ts';
import type { Result } from '../errno.ts';
import { Kernel } from '../kernel.ts';

/** f file, d dir (with g), dang -> nowhere, lf -> f, ld -> d, lfs -> "f/", dangs -> "nowhere/". */
function world(over: boolean): { k: Kernel; at: string } {
  const k = new Kernel();
  const base = over ? 'lower/' : '';
  if (over) for (const d of ['lower', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  const must = (r: Result<unknown>) => {
    if (!r.ok) throw new Error(r.errno);
  };
  const fd = k.open(`${base}f`, O_WRONLY | O_CREAT, 0o644);
  if (!fd.ok) throw new Error(fd.errno);
  k.write(fd.value, 'f\n');
  k.close(fd.value);
  must(k.mkdir(`${base}d`, 0o755));
  must(k.mknod(`${base}d/g`, 'fifo', 0o644));
  must(k.symlink('nowhere', `${base}dang`));
  must(k.symlink('f', `${base}lf`));
  must(k.symlink('d', `${base}ld`));
  must(k.symlink('f/', `${base}lfs`));
  must(k.symlink('nowhere/', `${base}dangs`));
  if (over) must(k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work'));
  return { k, at: over ? 'merged/' : '' };
}

type Call = (k: Kernel, at: string) => Result<unknown>;
const open = (p: string, flags: number): Call => (k, at) => k.open(at + p, flags, 0o644);

// [rule, call, errno or 'ok']
const RULES: [string, Call, string][] = [
  // path_lookupat: lookup_last sets LOOKUP_FOLLOW|LOOKUP_DIRECTORY on a trailing slash.
  ['lookup: a slash after a file is ENOTDIR', (k, at) => k.stat(`${at}f/`), 'ENOTDIR'],
  ['lookup: lstat with a slash follows the link, and wants a directory', (k, at) => k.lstat(`${at}lf/`), 'ENOTDIR'],
  ['lookup: lstat with a slash follows a link to a directory', (k, at) => k.lstat(`${at}ld/`), 'ok'],
  ['lookup: a slash after a dangling link is ENOENT', (k, at) => k.lstat(`${at}dang/`), 'ENOENT'],
  ['lookup: a link body ending in a slash asks for a directory', (k, at) => k.stat(`${at}lfs`), 'ENOTDIR'],
  ['lookup: readlink with a slash reads what the link names', (k, at) => k.readlink(`${at}ld/`), 'EINVAL'],
  ['lookup: utimensat with a slash after a file (touch -c f/)', (k, at) => k.utimes(`${at}f/`), 'ENOTDIR'],
  ['lookup: chmod with a slash after a file', (k, at) => k.chmod(`${at}f/`, 0o600), 'ENOTDIR'],
  ['lookup: setxattr with a slash after a file', (k, at) => k.setxattr(`${at}f/`, 'user.x', '1'), 'ENOTDIR'],
  ['lookup: truncate with a slash after a file', (k, at) => k.truncate(`${at}f/`, 0), 'ENOTDIR'],
  ['lookup: `.` after a file is ENOTDIR', (k, at) => k.stat(`${at}f/.`), 'ENOTDIR'],
  ['lookup: `..` after a file is ENOTDIR', (k, at) => k.stat(`${at}f/..`), 'ENOTDIR'],
  // do_open / open_last_lookups.
  ['open: without O_CREAT a slash after a file is ENOTDIR', open('f/', O_RDONLY), 'ENOTDIR'],
  ['open: O_CREAT with a slash is EISDIR, the name there or not', open('f/', O_WRONLY | O_CREAT | O_TRUNC), 'EISDIR'],
  ['open: O_CREAT with a slash on a new name is EISDIR', open('new/', O_WRONLY | O_CREAT), 'EISDIR'],
  ['open: O_CREAT with a slash after a dangling link is EISDIR', open('dang/', O_WRONLY | O_CREAT | O_APPEND), 'EISDIR'],
  ['open: O_CREAT through a link whose body ends in a slash is EISDIR', open('dangs', O_WRONLY | O_CREAT), 'EISDIR'],
  ['open: O_CREAT|O_EXCL on a dangling link is EEXIST (never followed)', open('dang', O_WRONLY | O_CREAT | O_EXCL), 'EEXIST'],
  ['open: O_CREAT follows a dangling link and creates its target', open('dang', O_WRONLY | O_CREAT), 'ok'],
  ['open: O_NOFOLLOW on a link is ELOOP', open('lf', O_RDONLY | O_NOFOLLOW), 'ELOOP'],
  ['open: O_NOFOLLOW does not stop a trailing slash from following', open('ld/', O_RDONLY | O_NOFOLLOW), 'ok'],
  ['open: O_DIRECTORY on a file is ENOTDIR', open('lf', O_RDONLY | O_DIRECTORY), 'ENOTDIR'],
  ['open: O_RDWR on a directory is EISDIR', open('ld', O_RDWR), 'EISDIR'],
  ['open: a missing directory on the way is ENOENT, before the slash', open('nodir/x/', O_WRONLY | O_CREAT), 'ENOENT'],
  ['open: a file on the way is ENOTDIR, before the slash', open('f/x/', O_WRONLY | O_CREAT), 'ENOTDIR'],
  // filename_create: the last name is never followed; EEXIST, then ENOENT for a slash.
  ['create: mkdir over a dangling link with a slash is EEXIST', (k, at) => k.mkdir(`${at}dang/`, 0o755), 'EEXIST'],
  ['create: mkdir of a new name with a slash is fine', (k, at) => k.mkdir(`${at}new/`, 0o755), 'ok'],
  ['create: symlink over a dangling link with a slash is EEXIST', (k, at) => k.symlink('f', `${at}dang/`), 'EEXIST'],
  ['create: symlink at a new name with a slash is ENOENT', (k, at) => k.symlink('f', `${at}new/`), 'ENOENT'],
  ['create: mknod at a new name with a slash is ENOENT', (k, at) => k.mknod(`${at}new/`, 'fifo', 0o644), 'ENOENT'],
  // do_linkat: old name looked up (slash follows, wants a directory), new one created.
  ['link: a slash after the old file is ENOTDIR', (k, at) => k.link(`${at}f/`, `${at}g1`), 'ENOTDIR'],
  ['link: a slash after an old link to a file is ENOTDIR', (k, at) => k.link(`${at}lf/`, `${at}g1`), 'ENOTDIR'],
  ['link: a slash after an old dangling link is ENOENT', (k, at) => k.link(`${at}dang/`, `${at}g1`), 'ENOENT'],
  ['link: a slash after a new name is ENOENT', (k, at) => k.link(`${at}f`, `${at}g2/`), 'ENOENT'],
  ['link: a slash after an existing new name is EEXIST', (k, at) => k.link(`${at}f`, `${at}dang/`), 'EEXIST'],
  ['link: a directory through its link with a slash is EPERM', (k, at) => k.link(`${at}ld/`, `${at}g1`), 'EPERM'],
  // do_unlinkat: with a slash, ENOENT / EISDIR / ENOTDIR on what is there, never followed.
  ['unlink: a slash after a file is ENOTDIR', (k, at) => k.unlink(`${at}f/`), 'ENOTDIR'],
  ['unlink: a slash after a dangling link is ENOTDIR (the link is there)', (k, at) => k.unlink(`${at}dang/`), 'ENOTDIR'],
  ['unlink: a slash after a link to a directory is ENOTDIR (not followed)', (k, at) => k.unlink(`${at}ld/`), 'ENOTDIR'],
  ['unlink: a slash after a directory is EISDIR', (k, at) => k.unlink(`${at}d/`), 'EISDIR'],
  ['unlink: a slash after a missing name is ENOENT', (k, at) => k.unlink(`${at}none/`), 'ENOENT'],
  // do_rmdir: never follows the last name.
  ['rmdir: a link to a directory with a slash is ENOTDIR', (k, at) => k.rmdir(`${at}ld/`), 'ENOTDIR'],
  ['rmdir: a file with a slash is ENOTDIR', (k, at) => k.rmdir(`${at}f/`), 'ENOTDIR'],
  // do_renameat2: unless the source is a directory, a slash on either name is ENOTDIR.
  ['rename: a slash after the source file is ENOTDIR', (k, at) => k.rename(`${at}f/`, `${at}h`), 'ENOTDIR'],
  ['rename: a slash after the new name of a file is ENOTDIR', (k, at) => k.rename(`${at}f`, `${at}h/`), 'ENOTDIR'],
  ['rename: a link to a directory with a slash is not followed: ENOTDIR', (k, at) => k.rename(`${at}ld/`, `${at}h`), 'ENOTDIR'],
  ['rename: a missing source with a slash is ENOENT', (k, at) => k.rename(`${at}none/`, `${at}h`), 'ENOENT'],
  ['rename: a directory with slashes on both names is fine', (k, at) => (k.mkdir(`${at}n`, 0o755), k.rename(`${at}n/`, `${at}e/`)), 'ok'],
];

/** What upper/ holds, by name. */
function upperOf(k: Kernel): string[] {
  const walk = (dir: string): string[] => {
    const r = k.readdir(dir);
    if (!r.ok) return [];
    return r.value.flatMap((e) => [`${dir}/${e.name}`, ...(e.type === 'dir' ? walk(`${dir}/${e.name}`) : [])]);
  };
  return walk('upper').sort();
}

describe.each([
  ['on the plain disk', false],
  ['through an overlay (a refused call copies nothing up)', true],
])('namei rules %s', (_, over) => {
  it.each(RULES)('%s', (_rule, call, want) => {
    const { k, at } = world(over);
    const before = over ? upperOf(k) : [];
    const r = call(k, at);
    expect(r.ok ? 'ok' : r.errno).toBe(want);
    if (over && !r.ok) expect(upperOf(k)).toEqual(before);
  });
});
