// Copy-up stages, one row each (fs/overlayfs/copy_up.c): the order in which
// the kernel builds the upper copy (ovl_copy_up_one, ovl_copy_up_tmpfile
// for regular files, ovl_copy_up_workdir for the rest), what metacopy=on
// leaves out, and how index=on keeps hard links whole. Each row lists the
// disk changes an operation makes (lookups left out) and what the upper
// layer holds afterwards. Recorded scenarios (scenarios/copy-up-*.sh,
// metacopy-*.sh, index-*.sh) check the resulting trees against Linux 6.18;
// these rows name the stage that broke.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_RDONLY, O_WRONLY } from '../api.ts';
import { Kernel } from '../kernel.ts';
import { dirs, readFile, stagesOf, writeFile } from '../testkit.ts';

function stack(opts = ''): Kernel {
  const k = new Kernel(undefined, '', { record: 'events' });
  dirs(k, 'lower', 'lower/d', 'lower/d/e', 'upper', 'work', 'merged');
  writeFile(k, 'lower/f', 'lf');
  writeFile(k, 'lower/d/e/deep', 'deep');
  writeFile(k, 'lower/h', 'hh');
  k.link('lower/h', 'lower/h2');
  k.symlink('f', 'lower/sl');
  const m = k.mount('overlay', 'merged', 'overlay', 0, `lowerdir=lower,upperdir=upper,workdir=work${opts ? `,${opts}` : ''}`);
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

function append(k: Kernel, path: string): void {
  const fd = k.open(path, O_WRONLY | O_APPEND);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, '+');
  k.close(fd.value);
}

function xattrs(k: Kernel, path: string): string[] {
  const x = k.listxattr(path, { nofollow: true });
  return x.ok ? x.value.map((n) => n.replace(/^trusted\.overlay\./, '')).sort() : [x.errno];
}

// A regular file's copy: made nameless in work/ (O_TMPFILE), filled,
// labelled, given the lower's attributes, and only then linked into place.
const TMPFILE_COPY = ['create:copy-up:tmpfile', 'write:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work'];

interface Row {
  rule: string;
  opts?: string;
  /** Done before the stages are counted. */
  setup?: (k: Kernel) => void;
  act: (k: Kernel) => { ok: boolean; errno?: string } | void;
  /** The errno the act fails with, when it should fail. */
  errno?: string;
  stages: string[];
  /** Upper path -> its trusted.overlay.* xattrs (short names, sorted). */
  upper?: Record<string, string[]>;
  /** Merged path -> what reading it gives. */
  reads?: Record<string, string>;
}

const ROWS: Row[] = [
  {
    rule: 'ovl_copy_up_tmpfile: a write copies a regular file up through an O_TMPFILE in work/, linked into upper at the end',
    act: (k) => append(k, 'merged/f'),
    stages: ['copy-up-begin', 'setxattr:impure:upper', ...TMPFILE_COPY, 'link:copy-up:upper/f', 'copy-up-end', 'write:syscall:upper/f'],
    upper: { 'upper/f': ['origin'] },
    reads: { f: 'lf+' },
  },
  {
    rule: 'ovl_open: opening for reading copies nothing up',
    act: (k) => {
      const fd = k.open('merged/f', O_RDONLY);
      if (fd.ok) k.close(fd.value);
    },
    stages: [],
    upper: { 'upper/f': ['ENOENT'] },
  },
  {
    rule: 'ovl_open: opening for writing copies up even if nothing is written',
    act: (k) => {
      const fd = k.open('merged/f', O_WRONLY);
      if (fd.ok) k.close(fd.value);
    },
    stages: ['copy-up-begin', 'setxattr:impure:upper', ...TMPFILE_COPY, 'link:copy-up:upper/f', 'copy-up-end'],
    upper: { 'upper/f': ['origin'] },
  },
  {
    rule: 'ovl_copy_up_flags: the parents are copied up first, top down, each marking its parent impure',
    act: (k) => append(k, 'merged/d/e/deep'),
    stages: [
      'copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', 'rename:copy-up:upper/d', 'copy-up-end',
      'copy-up-begin', 'setxattr:impure:upper/d', 'create:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', 'rename:copy-up:upper/d/e', 'copy-up-end',
      'copy-up-begin', 'setxattr:impure:upper/d/e', ...TMPFILE_COPY, 'link:copy-up:upper/d/e/deep', 'copy-up-end',
      'write:syscall:upper/d/e/deep',
    ],
    upper: { 'upper/d': ['impure', 'origin'], 'upper/d/e': ['impure', 'origin'], 'upper/d/e/deep': ['origin'] },
    reads: { 'd/e/deep': 'deep+' },
  },
  {
    rule: 'ovl_copy_up_workdir: a directory is made under a temporary name in work/ and renamed into upper',
    act: (k) => k.chmod('merged/d', 0o700),
    stages: ['copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', 'rename:copy-up:upper/d', 'copy-up-end', 'setattr:syscall:upper/d'],
    upper: { 'upper/d': ['origin'] },
  },
  {
    rule: 'ovl_copy_up_workdir: a symlink is copied like a directory (no O_TMPFILE), then changed',
    act: (k) => k.chown('merged/sl', 1, 1, { nofollow: true }),
    stages: ['copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', 'rename:copy-up:upper/sl', 'copy-up-end', 'setattr:syscall:upper/sl'],
    upper: { 'upper/sl': ['origin'] },
  },
  {
    rule: 'metacopy=on: a change of attributes copies metadata only, marked trusted.overlay.metacopy',
    opts: 'metacopy=on',
    act: (k) => k.chmod('merged/f', 0o600),
    stages: ['copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:tmpfile', 'setxattr:origin:work', 'setxattr:metacopy:work', 'truncate:metacopy:work', 'setattr:copy-up:work', 'link:copy-up:upper/f', 'copy-up-end', 'setattr:syscall:upper/f'],
    upper: { 'upper/f': ['metacopy', 'origin'] },
    reads: { f: 'lf' },
  },
  {
    rule: 'metacopy=on: a later write copies the data into the upper file and removes the metacopy mark',
    opts: 'metacopy=on',
    setup: (k) => k.chmod('merged/f', 0o600),
    act: (k) => append(k, 'merged/f'),
    stages: ['copy-up-begin', 'write:copy-up:upper/f', 'removexattr:metacopy:upper/f', 'copy-up-end', 'write:syscall:upper/f'],
    upper: { 'upper/f': ['origin'] },
    reads: { f: 'lf+' },
  },
  {
    rule: 'ovl_setattr: a size change copies the data even under metacopy=on',
    opts: 'metacopy=on',
    act: (k) => k.truncate('merged/f', 1),
    stages: ['copy-up-begin', 'setxattr:impure:upper', ...TMPFILE_COPY, 'link:copy-up:upper/f', 'copy-up-end', 'truncate:syscall:upper/f'],
    upper: { 'upper/f': ['origin'] },
    reads: { f: 'l' },
  },
  {
    rule: 'without index a hard-linked lower file gets no origin, and each name is copied up on its own (the link breaks)',
    setup: (k) => append(k, 'merged/h'),
    act: (k) => append(k, 'merged/h2'),
    stages: ['copy-up-begin', 'create:copy-up:tmpfile', 'write:copy-up:work', 'setattr:copy-up:work', 'link:copy-up:upper/h2', 'copy-up-end', 'write:syscall:upper/h2'],
    upper: { 'upper/h': [], 'upper/h2': [] },
    reads: { h: 'hh+', h2: 'hh+' },
  },
  {
    rule: 'index=on: a hard-linked file is copied into work/index/ (named by its origin) first, then linked into upper',
    opts: 'index=on',
    act: (k) => append(k, 'merged/h'),
    stages: [
      'copy-up-begin', 'create:copy-up:tmpfile', 'write:copy-up:index', 'setxattr:origin:index', 'setattr:copy-up:index', 'link:index:index', 'setxattr:nlink:index', 'copy-up-end',
      'setxattr:impure:upper', 'setxattr:nlink:index', 'link:index:upper/h', 'setxattr:nlink:upper/h', 'write:syscall:upper/h',
    ],
    upper: { 'upper/h': ['nlink', 'origin'] },
    reads: { h: 'hh+', h2: 'hh+' },
  },
  {
    rule: "index=on: the other name is linked from the index: no copy, the two names stay one inode",
    opts: 'index=on',
    setup: (k) => append(k, 'merged/h'),
    act: (k) => append(k, 'merged/h2'),
    stages: ['setxattr:nlink:index', 'link:index:upper/h2', 'setxattr:nlink:upper/h2', 'write:syscall:upper/h2'],
    reads: { h: 'hh++', h2: 'hh++' },
  },
  {
    rule: 'ovl_link_up: a name put into upper behind the overlay makes the link from the index fail with EEXIST, after the parent is marked impure and the index entry counted "L"',
    opts: 'nfs_export=on',
    setup: (k) => {
      readFile(k, 'merged/f');
      k.mknod('upper/f', 'chardev', 0o644, 0, 0);
    },
    act: (k) => k.unlink('merged/f'),
    errno: 'EEXIST',
    stages: [
      'copy-up-begin', 'create:copy-up:tmpfile', 'write:copy-up:index', 'setxattr:origin:index', 'setattr:copy-up:index', 'link:index:index', 'setxattr:nlink:index', 'copy-up-end',
      'setxattr:impure:upper', 'setxattr:nlink:index', 'error:EEXIST',
    ],
    upper: { upper: ['impure', 'origin', 'uuid'] },
    reads: { f: 'lf' },
  },
  {
    rule: 'index=on: a looked-up hard link keeps its dentry when another name is copied up (one overlay inode), so its own link-up still fails with EEXIST where its name was taken',
    opts: 'index=on',
    setup: (k) => {
      readFile(k, 'merged/h2');
      k.mknod('upper/h2', 'chardev', 0o644, 0, 0);
      append(k, 'merged/h');
    },
    act: (k) => k.unlink('merged/h2'),
    errno: 'EEXIST',
    stages: ['setxattr:nlink:index', 'error:EEXIST'],
    reads: { h: 'hh+', h2: 'hh+' },
  },
];

describe('copy-up: the stages of making an upper copy', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = stack(row.opts);
    row.setup?.(k);
    let r: ReturnType<Row['act']> = undefined;
    expect(stagesOf(k, () => (r = row.act(k)))).toEqual(row.stages);
    if (row.errno) expect(r).toMatchObject({ ok: false, errno: row.errno });
    for (const [path, want] of Object.entries(row.upper ?? {})) expect(xattrs(k, path), path).toEqual(want);
    for (const [name, want] of Object.entries(row.reads ?? {})) expect(readFile(k, `merged/${name}`), name).toBe(want);
  });

  it('index=on: both names of a copied-up hard link are one upper inode', () => {
    const k = stack('index=on');
    append(k, 'merged/h');
    append(k, 'merged/h2');
    const a = k.lstat('upper/h');
    const b = k.lstat('upper/h2');
    expect(a.ok && b.ok && a.value.ino === b.value.ino).toBe(true);
  });
});
