// Stacked overlays, one row per rule: an overlay's merged/ used as the lower
// layer of another. Each row names the kernel rule it checks (docs/
// kernel-notes.md section 19); the scenarios stack-*.sh and
// mount-merged-as-lower.sh hold the same facts as recorded on Linux 6.18.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../api.ts';
import type { EngineEvent, LayerProbe } from '../events.ts';
import { Kernel } from '../kernel.ts';

function file(k: Kernel, path: string, data: string, flags = O_TRUNC): void {
  const fd = k.open(path, O_WRONLY | O_CREAT | flags, 0o644);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, data);
  k.close(fd.value);
}

function read(k: Kernel, path: string): string {
  const fd = k.open(path, O_RDONLY);
  if (!fd.ok) return fd.errno;
  const r = k.read(fd.value);
  k.close(fd.value);
  return r.ok ? r.value : r.errno;
}

const names = (k: Kernel, path: string): string => {
  const r = k.readdir(path);
  return r.ok ? r.value.map((e) => e.name).sort().join(' ') : r.errno;
};

const xattr = (k: Kernel, path: string, name: string): string | null => {
  const r = k.getxattr(path, name);
  return r.ok ? r.value : null;
};

const INNER = 'lowerdir=lower,upperdir=upper,workdir=work';
const OUTER = 'lowerdir=merged,upperdir=upper2,workdir=work2';

/** lower/, upper/, work/ mounted on merged/; upper2/, work2/, merged2/, base/ ready for an outer overlay. */
function inner(): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'lower/dir', 'upper', 'work', 'merged', 'upper2', 'work2', 'merged2', 'base', 'base/dir', 'upper3', 'work3', 'merged3']) k.mkdir(d, 0o755);
  file(k, 'lower/a.txt', 'lower a\n');
  file(k, 'lower/gone.txt', 'lower gone\n');
  file(k, 'lower/dir/old.txt', 'lower in dir\n');
  file(k, 'base/gone.txt', 'base gone\n');
  file(k, 'base/dir/deep.txt', 'base in dir\n');
  const m = k.mount('overlay', 'merged', 'overlay', 0, INNER);
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

function must(r: { ok: boolean; errno?: string }, what: string): void {
  if (!r.ok) throw new Error(`${what}: ${r.errno}`);
}

interface Row {
  rule: string;
  run: (k: Kernel) => void;
  check: (k: Kernel) => void;
}

const ROWS: Row[] = [
  {
    rule: 'ovl_dir_read_merged: a directory the inner cannot read (its lower removed behind it) ends the outer listing with ENOENT, base unlisted; it is still merged',
    run: (k) => {
      file(k, 'merged/dir/new.txt', 'inner new\n');
      must(k.unlink('lower/dir/old.txt'), 'rm');
      must(k.rmdir('lower/dir'), 'rmdir');
      must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    },
    check: (k) => {
      expect(names(k, 'merged/dir')).toBe('ENOENT');
      expect(names(k, 'merged2/dir')).toBe('ENOENT');
      expect(read(k, 'merged2/dir/deep.txt')).toBe('base in dir\n');
      expect(k.rmdir('merged2/dir')).toMatchObject({ ok: false, errno: 'ENOENT' });
    },
  },
  {
    rule: 'ovl_lower_dir: a lowerdir may be an overlay mount; the outer shows the inner merged view',
    run: (k) => must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount'),
    check: (k) => {
      expect(names(k, 'merged2')).toBe('a.txt dir gone.txt');
      expect(read(k, 'merged2/a.txt')).toBe('lower a\n');
    },
  },
  {
    rule: 'ovl_lookup through the inner: a name the inner whites out is absent there, and the outer goes on to its next lower',
    run: (k) => {
      must(k.unlink('merged/gone.txt'), 'rm');
      must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    },
    check: (k) => expect(read(k, 'merged2/gone.txt')).toBe('base gone\n'),
  },
  {
    rule: "the inner's opaque directory is not opaque to the outer: the outer merges what lies below it",
    run: (k) => {
      must(k.unlink('merged/dir/old.txt'), 'rm');
      must(k.rmdir('merged/dir'), 'rmdir');
      must(k.mkdir('merged/dir', 0o755), 'mkdir');
      file(k, 'merged/dir/new.txt', 'inner new\n');
      must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    },
    check: (k) => {
      expect(xattr(k, 'upper/dir', 'trusted.overlay.opaque')).toBe('y');
      expect(names(k, 'merged2/dir')).toBe('deep.txt new.txt');
    },
  },
  {
    rule: 'a name made through the inner after the outer mounted is found by the outer',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      expect(names(k, 'merged2')).toBe('a.txt dir gone.txt');
      file(k, 'merged/late.txt', 'late\n');
    },
    check: (k) => {
      expect(read(k, 'merged2/late.txt')).toBe('late\n');
      expect(names(k, 'merged2')).toBe('a.txt dir gone.txt late.txt');
    },
  },
  {
    rule: "ovl_get_origin_fh: copy-up from an overlay lower records an empty origin; the inner's own xattrs are not copied",
    run: (k) => {
      must(k.setxattr('merged/a.txt', 'user.tag', 'inner'), 'setfattr');
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      file(k, 'merged2/a.txt', 'outer\n', O_APPEND);
      file(k, 'merged2/dir/new.txt', '');
    },
    check: (k) => {
      expect(xattr(k, 'upper/a.txt', 'trusted.overlay.origin')).not.toBe('');
      expect(xattr(k, 'upper2/a.txt', 'trusted.overlay.origin')).toBe('');
      expect(xattr(k, 'upper2/a.txt', 'user.tag')).toBe('inner');
      expect(xattr(k, 'upper2/dir', 'trusted.overlay.origin')).toBe('');
      expect(xattr(k, 'upper2', 'trusted.overlay.impure')).toBe('y');
      expect(read(k, 'merged2/a.txt')).toBe('lower a\nouter\n');
      expect(read(k, 'merged/a.txt')).toBe('lower a\n');
    },
  },
  {
    rule: "ovl_listxattr of the inner: the outer sees none of the inner's trusted.overlay.* xattrs",
    run: (k) => {
      must(k.unlink('merged/dir/old.txt'), 'rm');
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
    },
    check: (k) => {
      expect(xattr(k, 'upper/dir', 'trusted.overlay.origin')).not.toBeNull();
      const l = k.listxattr('merged2/dir');
      expect(l.ok && l.value).toEqual([]);
    },
  },
  {
    rule: 'ovl_xattr_get of the inner: an escaped trusted.overlay.overlay.opaque in its layer is opaque to the outer',
    run: (k) => {
      must(k.setxattr('lower/dir', 'trusted.overlay.overlay.opaque', 'y'), 'setfattr');
      must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    },
    check: (k) => {
      expect(names(k, 'merged/dir')).toBe('old.txt');
      expect(names(k, 'merged2/dir')).toBe('old.txt');
      const l = k.listxattr('merged2/dir');
      expect(l.ok && l.value).toEqual([]);
    },
  },
  {
    rule: 'trusted.overlay.opaque set through the inner (stored escaped) makes the directory opaque to the outer only',
    run: (k) => {
      must(k.setxattr('merged/dir', 'trusted.overlay.opaque', 'y'), 'setfattr');
      must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    },
    check: (k) => {
      expect(xattr(k, 'upper/dir', 'trusted.overlay.overlay.opaque')).toBe('y');
      expect(names(k, 'merged/dir')).toBe('old.txt');
      expect(names(k, 'merged2/dir')).toBe('old.txt');
      file(k, 'merged2/dir/new.txt', '');
      expect(xattr(k, 'upper2/dir', 'trusted.overlay.opaque')).toBeNull();
      expect(names(k, 'merged2/dir')).toBe('new.txt old.txt');
    },
  },
  {
    rule: "a metacopy in the inner (metacopy=on) is one file to the outer: the inner's metadata, the lower's data, both copied up",
    run: (k) => {
      must(k.umount('merged'), 'umount');
      must(k.mount('overlay', 'merged', 'overlay', 0, `${INNER},metacopy=on`), 'mount');
      must(k.chmod('merged/a.txt', 0o600), 'chmod');
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
    },
    check: (k) => {
      expect(xattr(k, 'upper/a.txt', 'trusted.overlay.metacopy')).toBe('');
      const st = k.stat('merged2/a.txt');
      expect(st.ok && (st.value.mode & 0o7777).toString(8)).toBe('600');
      expect(read(k, 'merged2/a.txt')).toBe('lower a\n');
      file(k, 'merged2/a.txt', 'outer\n', O_APPEND);
      const up = k.stat('upper2/a.txt');
      expect(up.ok && (up.value.mode & 0o7777).toString(8)).toBe('600');
      expect(read(k, 'upper2/a.txt')).toBe('lower a\nouter\n');
    },
  },
  {
    rule: 'ovl_mount_dir_check: an upperdir on an overlay is EINVAL, "not supported as upperdir", nothing written',
    run: (k) => {
      must(k.mkdir('merged/up', 0o755), 'mkdir');
      const r = k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=base,upperdir=merged/up,workdir=work2');
      expect(r.ok ? 'ok' : r.errno).toBe('EINVAL');
      expect(!r.ok && r.why).toBe('filesystem on merged/up not supported as upperdir');
    },
    check: (k) => {
      expect(names(k, 'work2')).toBe('');
      expect(k.mounts().map((m) => m.target)).toEqual(['merged']);
    },
  },
  {
    rule: 'ovl_mount_dir_check: a workdir on an overlay is refused the same way (upper is set for workdir too)',
    run: (k) => {
      must(k.mkdir('merged/wk', 0o755), 'mkdir');
      const r = k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=base,upperdir=upper2,workdir=merged/wk');
      expect(!r.ok && r.why).toBe('filesystem on merged/wk not supported as upperdir');
    },
    check: (k) => {
      expect(xattr(k, 'upper2', 'trusted.overlay.uuid')).toBeNull();
      expect(names(k, 'merged/wk')).toBe('');
    },
  },
  {
    rule: 'ovl_get_lowerstack: FILESYSTEM_MAX_STACK_DEPTH is 2, a third level is EINVAL after work/work is made',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      const r = k.mount('overlay', 'merged3', 'overlay', 0, 'lowerdir=merged2,upperdir=upper3,workdir=work3');
      expect(!r.ok && r.why).toBe('maximum fs stacking depth exceeded');
      const ro = k.mount('overlay', 'merged3', 'overlay', 0, 'lowerdir=base:merged2');
      expect(ro.ok ? 'ok' : ro.errno).toBe('EINVAL');
    },
    check: (k) => {
      expect(names(k, 'work3')).toBe('work');
      expect(xattr(k, 'upper3', 'trusted.overlay.uuid')).toBeNull();
      // Two lowers, one an overlay: depth 2, allowed.
      must(k.mount('overlay', 'merged3', 'overlay', 0, 'lowerdir=base:merged'), 'mount');
      expect(names(k, 'merged3')).toBe('a.txt dir gone.txt');
    },
  },
  {
    rule: 'ovl_lower_dir: index=on over an overlay lower (no file handles to decode) falls back to index=off: no work/index',
    run: (k) => must(k.mount('overlay', 'merged2', 'overlay', 0, `${OUTER},index=on`), 'mount'),
    check: (k) => {
      expect(names(k, 'work2')).toBe('work');
      expect(xattr(k, 'upper2', 'trusted.overlay.origin')).toBeNull();
      expect(k.mounts()[1].options).not.toContain('index=on');
    },
  },
  {
    rule: 'ovl_set_redirect: a directory from an overlay lower renames with a redirect and an empty origin',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, `${OUTER},redirect_dir=on`), 'mount');
      must(k.rename('merged2/dir', 'merged2/moved'), 'rename');
    },
    check: (k) => {
      expect(xattr(k, 'upper2/moved', 'trusted.overlay.redirect')).toBe('dir');
      expect(xattr(k, 'upper2/moved', 'trusted.overlay.origin')).toBe('');
      expect(names(k, 'merged2/moved')).toBe('old.txt');
    },
  },
  {
    rule: 'umount of the inner first: it leaves the namespace, the outer keeps it and goes on through it',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      must(k.umount('merged'), 'umount');
    },
    check: (k) => {
      expect(names(k, 'merged')).toBe('');
      expect(k.mounts().map((m) => m.target)).toEqual(['merged2']);
      expect(k.umount('merged').ok).toBe(false);
      expect(read(k, 'merged2/dir/old.txt')).toBe('lower in dir\n');
      file(k, 'merged2/a.txt', 'outer\n', O_APPEND);
      expect(read(k, 'upper2/a.txt')).toBe('lower a\nouter\n');
      // The outer's umount frees the inner too.
      must(k.umount('merged2'), 'umount');
      expect(k.ws.mounts).toEqual([]);
    },
  },
  {
    rule: "ovl_lower_positive through the inner: rm -r of a directory the inner has only in its lower leaves a whiteout in the outer's upper",
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      must(k.unlink('merged2/dir/old.txt'), 'rm');
      must(k.rmdir('merged2/dir'), 'rmdir');
    },
    check: (k) => {
      expect(names(k, 'merged2')).toBe('a.txt gone.txt');
      const w = k.lstat('upper2/dir');
      expect(w.ok && [w.value.type, w.value.rdevMajor, w.value.rdevMinor]).toEqual(['chardev', 0, 0]);
      expect(names(k, 'merged/dir')).toBe('old.txt');
    },
  },
  {
    rule: 'ovl_calc_d_ino: with xino=on and an overlay layer, readdir looks up every name and leaves out one cached as absent',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, `${OUTER},xino=on`), 'mount');
      expect(read(k, 'merged2/late.txt')).toBe('ENOENT');
      file(k, 'merged/late.txt', 'late\n');
    },
    check: (k) => expect(names(k, 'merged2')).toBe('a.txt dir gone.txt'),
  },
  {
    rule: 'xino=auto with an upper falls back to off at an overlay layer: readdir lists a name cached as absent',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, `${OUTER},xino=auto`), 'mount');
      expect(read(k, 'merged2/late.txt')).toBe('ENOENT');
      file(k, 'merged/late.txt', 'late\n');
    },
    check: (k) => expect(names(k, 'merged2')).toBe('a.txt dir gone.txt late.txt'),
  },
  {
    rule: "the outer caches the inner's dentry: a copy-up through the inner reaches a name the outer looked up before",
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      expect(read(k, 'merged2/a.txt')).toBe('lower a\n');
      file(k, 'merged/a.txt', 'inner a\n');
      must(k.chmod('merged/a.txt', 0o600), 'chmod');
    },
    check: (k) => {
      expect(read(k, 'merged2/a.txt')).toBe('inner a\n');
      const st = k.stat('merged2/a.txt');
      expect(st.ok && st.value.mode & 0o7777).toBe(0o600);
    },
  },
  {
    rule: 'umount of an inner still used as a layer succeeds (status 0) and the outer lists the same names after it',
    run: (k) => {
      must(k.mount('overlay', 'merged2', 'overlay', 0, OUTER), 'mount');
      expect(names(k, 'merged2')).toBe('a.txt dir gone.txt');
      must(k.umount('merged'), 'umount');
    },
    check: (k) => expect(names(k, 'merged2')).toBe('a.txt dir gone.txt'),
  },
];

describe('stacked overlays', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = inner();
    row.run(k);
    row.check(k);
  });

  it('a lookup in an overlay layer is narrated with the inner lookup nested in its probe', () => {
    const k = inner();
    must(k.unlink('merged/gone.txt'), 'rm');
    must(k.mount('overlay', 'merged2', 'overlay', 0, 'lowerdir=merged:base,upperdir=upper2,workdir=work2'), 'mount');
    const seen: EngineEvent[] = [];
    const k2 = new Kernel(k.ws, '', { record: 'none', onEvent: (e) => seen.push(e) });
    expect(read(k2, 'merged2/gone.txt')).toBe('base gone\n');
    const lookup = seen.find((e): e is Extract<EngineEvent, { type: 'lookup' }> => e.type === 'lookup' && e.path === 'merged2/gone.txt');
    expect(lookup).toBeDefined();
    const probes = lookup!.probes.map((p: LayerProbe) => [p.path, p.outcome, (p.nested ?? []).map((q) => [q.path, q.outcome])]);
    expect(probes).toEqual([
      ['upper2/gone.txt', 'absent', []],
      ['merged/gone.txt', 'absent', [['upper/gone.txt', 'whiteout']]],
      ['base/gone.txt', 'file', []],
    ]);
  });
});
