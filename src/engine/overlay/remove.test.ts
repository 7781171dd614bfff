// Whiteouts and opaque directories, one row each (fs/overlayfs/dir.c:
// ovl_whiteout, ovl_remove_and_whiteout, ovl_clear_empty,
// ovl_create_over_whiteout). Each row lists the disk changes an operation
// makes (lookups and readdirs left out) and what the upper name is
// afterwards. scenarios/whiteout-*.sh and opaque-*.sh check the trees
// against Linux 6.18; these rows name the rule that broke.
import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel.ts';
import { dirs, readFile, stagesOf, writeFile } from '../testkit.ts';

function stack(): Kernel {
  const k = new Kernel(undefined, '', { record: 'events' });
  dirs(k, 'lower', 'lower/d', 'lower/e', 'lower/e/s', 'upper', 'upper/ud', 'work', 'merged');
  writeFile(k, 'lower/f', 'lf');
  writeFile(k, 'lower/g', 'lg');
  writeFile(k, 'lower/e/x', 'x');
  writeFile(k, 'upper/u', 'uu');
  const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work');
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

/** What an upper name is: a whiteout, an opaque directory, a plain type, or absent. */
function upperKind(k: Kernel, path: string): string {
  const s = k.lstat(path);
  if (!s.ok) return s.errno;
  if (s.value.type === 'chardev' && s.value.rdevMajor === 0 && s.value.rdevMinor === 0) return 'whiteout';
  const x = k.getxattr(path, 'trusted.overlay.opaque', { nofollow: true });
  return s.value.type === 'dir' && x.ok ? 'opaque-dir' : s.value.type;
}

interface Row {
  rule: string;
  setup?: (k: Kernel) => void;
  act: (k: Kernel) => { ok: boolean; errno?: string } | void;
  errno?: string;
  stages: string[];
  upper: Record<string, string>;
  merged?: Record<string, string>;
}

const ROWS: Row[] = [
  {
    rule: 'ovl_whiteout: removing a lower file makes a whiteout in work/ and renames it over the name in upper',
    act: (k) => k.unlink('merged/f'),
    stages: ['create:whiteout:work:whiteout', 'link:whiteout:work', 'rename:whiteout:upper/f'],
    upper: { 'upper/f': 'whiteout' },
    merged: { f: 'ENOENT', g: 'lg' },
  },
  {
    rule: 'ovl_whiteout: later whiteouts are hard links to the one shared whiteout in work/',
    setup: (k) => k.unlink('merged/g'),
    act: (k) => k.unlink('merged/f'),
    stages: ['link:whiteout:work', 'rename:whiteout:upper/f'],
    upper: { 'upper/f': 'whiteout', 'upper/g': 'whiteout' },
  },
  {
    rule: 'ovl_remove_upper: a name with nothing below is simply removed, no whiteout',
    act: (k) => k.unlink('merged/u'),
    stages: ['unlink:syscall:upper/u'],
    upper: { 'upper/u': 'ENOENT' },
  },
  {
    rule: 'ovl_remove_upper: an upper-only directory is simply removed',
    act: (k) => k.rmdir('merged/ud'),
    stages: ['rmdir:syscall:upper/ud'],
    upper: { 'upper/ud': 'ENOENT' },
  },
  {
    rule: 'ovl_remove_and_whiteout: an empty lower directory becomes a whiteout',
    act: (k) => k.rmdir('merged/d'),
    stages: ['create:whiteout:work:whiteout', 'link:whiteout:work', 'rename:whiteout:upper/d'],
    upper: { 'upper/d': 'whiteout' },
  },
  {
    rule: 'ovl_check_empty_dir: a lower directory with names still visible is not empty',
    act: (k) => k.rmdir('merged/e'),
    errno: 'ENOTEMPTY',
    stages: ['error:ENOTEMPTY'],
    upper: { 'upper/e': 'ENOENT' },
  },
  {
    rule: 'ovl_clear_empty: a merged directory holding only whiteouts is swapped for an opaque one, emptied, then whited out',
    setup: (k) => {
      k.unlink('merged/e/x');
      k.rmdir('merged/e/s');
    },
    act: (k) => k.rmdir('merged/e'),
    stages: [
      'create:opaque:work', 'setxattr:opaque:work', 'setattr:opaque:work', 'rename:opaque:upper/e:exchange',
      'unlink:cleanup:work', 'unlink:cleanup:work', 'rmdir:cleanup:work',
      'link:whiteout:work', 'rename:whiteout:upper/e:exchange', 'rmdir:cleanup:work',
    ],
    upper: { 'upper/e': 'whiteout' },
    merged: { e: 'ENOENT' },
  },
  {
    rule: 'ovl_remove_upper: an upper name replaced behind the overlay is not the upper the dentry holds (ovl_matches_upper): ESTALE, nothing removed, the old object still read',
    setup: (k) => {
      readFile(k, 'merged/u');
      k.unlink('upper/u');
      writeFile(k, 'upper/u', 'new');
    },
    act: (k) => k.unlink('merged/u'),
    errno: 'ESTALE',
    stages: ['error:ESTALE'],
    upper: { 'upper/u': 'file' },
    merged: { u: 'uu' },
  },
  {
    rule: 'ovl_remove_and_whiteout: a copied-up name whose upper was removed behind the overlay gets no whiteout: ESTALE',
    setup: (k) => {
      k.chmod('merged/f', 0o600);
      k.unlink('upper/f');
    },
    act: (k) => k.unlink('merged/f'),
    errno: 'ESTALE',
    stages: ['error:ESTALE'],
    upper: { 'upper/f': 'ENOENT' },
    merged: { f: 'lf' },
  },
  {
    rule: 'ovl_remove_and_whiteout: the name is first looked up in its upper parent; a parent removed behind the overlay fails that lookup (no child dentry in a dead directory): ENOENT, no whiteout made',
    setup: (k) => {
      writeFile(k, 'merged/e/n', 'n');
      k.unlink('upper/e/n');
      k.rmdir('upper/e');
    },
    act: (k) => k.unlink('merged/e/x'),
    errno: 'ENOENT',
    stages: ['error:ENOENT'],
    upper: { 'upper/e': 'ENOENT' },
    merged: { 'e/x': 'x' },
  },
  {
    rule: 'ovl_remove_upper: an upper-only name in a parent removed behind the overlay: the same lookup fails, ENOENT',
    setup: (k) => {
      writeFile(k, 'merged/ud/n', 'n');
      k.unlink('upper/ud/n');
      k.rmdir('upper/ud');
    },
    act: (k) => k.unlink('merged/ud/n'),
    errno: 'ENOENT',
    stages: ['error:ENOENT'],
    upper: { 'upper/ud': 'ENOENT' },
  },
  {
    rule: 'ovl_create_over_whiteout: mkdir over a whiteout makes an opaque directory in work/ and exchanges it with the whiteout',
    setup: (k) => k.unlink('merged/f'),
    act: (k) => k.mkdir('merged/f', 0o755),
    stages: ['create:syscall:work', 'setxattr:opaque:work', 'rename:opaque:upper/f:exchange', 'unlink:cleanup:work'],
    upper: { 'upper/f': 'opaque-dir' },
  },
  {
    rule: 'ovl_create_over_whiteout: a file over a whiteout is made in work/ and renamed over the whiteout',
    setup: (k) => k.unlink('merged/f'),
    act: (k) => writeFile(k, 'merged/f', 'new'),
    stages: ['create:syscall:work', 'rename:whiteout:upper/f', 'write:syscall:upper/f'],
    upper: { 'upper/f': 'file' },
    merged: { f: 'new' },
  },
  {
    rule: 'ovl_create_over_whiteout: a symlink over a whiteout, the same way',
    setup: (k) => k.unlink('merged/f'),
    act: (k) => k.symlink('g', 'merged/f'),
    stages: ['create:syscall:work', 'rename:whiteout:upper/f'],
    upper: { 'upper/f': 'symlink' },
    merged: { f: 'lg' },
  },
];

describe('whiteouts and opaque directories', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = stack();
    row.setup?.(k);
    let r: { ok: boolean; errno?: string } | void = undefined;
    expect(stagesOf(k, () => (r = row.act(k)))).toEqual(row.stages);
    const res = r as { ok: boolean; errno?: string } | undefined;
    expect(res && !res.ok ? res.errno : undefined).toBe(row.errno);
    for (const [path, want] of Object.entries(row.upper)) expect(upperKind(k, path), path).toBe(want);
    for (const [name, want] of Object.entries(row.merged ?? {})) expect(readFile(k, `merged/${name}`), name).toBe(want);
  });

  it('ovl_iterate: an opaque directory made over a whiteout lists nothing from below', () => {
    const k = stack();
    k.rmdir('merged/d');
    writeFile(k, 'lower/d/hidden', 'below');
    k.umount('merged');
    k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work');
    k.mkdir('merged/d', 0o755);
    const ls = k.readdir('merged/d');
    expect(ls.ok && ls.value.map((e) => e.name).filter((n) => n !== '.' && n !== '..')).toEqual([]);
  });
});
