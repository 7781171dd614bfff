// Lookup stops, one row each (ovl_lookup, ovl_lookup_layer,
// ovl_lookup_single in fs/overlayfs/namei.c): which layers a lookup asks,
// what each answered, and where the walk down the stack stops. The stack
// is three lowers and an upper; a row names the rule it checks, so a broken
// rule fails under its own name rather than as "tree differs at step N".
import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel.ts';
import { dirs, writeFile } from '../testkit.ts';
import type { EngineEvent } from '../events.ts';

function stack(): Kernel {
  const k = new Kernel(undefined, '', { record: 'events' });
  dirs(k, 'l1', 'l2', 'l3', 'upper', 'work', 'merged');
  dirs(k, 'l1/d', 'l2/d', 'l3/d', 'l2/o', 'l3/o', 'l1/n', 'l3/n', 'upper/ud', 'l2/ud', 'upper/uo', 'l1/uo');
  writeFile(k, 'l1/a', 'one');
  writeFile(k, 'l2/a', 'two');
  writeFile(k, 'l3/b', 'three');
  writeFile(k, 'l2/n', 'a file under a directory');
  writeFile(k, 'l3/o/x', 'hidden by the opaque l2/o');
  writeFile(k, 'upper/u', 'upper only');
  writeFile(k, 'l1/w', 'hidden by a whiteout');
  writeFile(k, 'l2/w', 'hidden too');
  k.unlink('l1/w');
  k.mknod('l1/w', 'chardev', 0, 0, 0);
  k.setxattr('l2/o', 'trusted.overlay.opaque', 'y');
  k.setxattr('upper/uo', 'trusted.overlay.opaque', 'y');
  const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=l1:l2:l3,upperdir=upper,workdir=work');
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

type Row = { rule: string; name: string; probes: string; found: string; stat: string };

const ROWS: Row[] = [
  { rule: 'a non-directory ends the lookup: layers below it are not asked', name: 'a', probes: 'upper:absent lower1:file', found: 'file', stat: 'file' },
  { rule: 'an absent name goes on down to the layer that has it', name: 'b', probes: 'upper:absent lower1:absent lower2:absent lower3:file', found: 'file', stat: 'file' },
  { rule: 'a whiteout (0/0 character device) ends the lookup with no entry', name: 'w', probes: 'upper:absent lower1:whiteout', found: 'none', stat: 'ENOENT' },
  { rule: 'directories in several layers merge: every layer is asked', name: 'd', probes: 'upper:absent lower1:dir lower2:dir lower3:dir', found: 'dir', stat: 'dir' },
  { rule: 'an opaque lower directory ends the merge below it', name: 'o', probes: 'upper:absent lower1:absent lower2:opaque-dir', found: 'dir', stat: 'dir' },
  { rule: 'an opaque upper directory ends the merge at once', name: 'uo', probes: 'upper:opaque-dir', found: 'dir', stat: 'dir' },
  { rule: 'a non-directory under a directory is ignored and ends the merge', name: 'n', probes: 'upper:absent lower1:dir lower2:skipped-nondir', found: 'dir', stat: 'dir' },
  { rule: 'an upper directory over a lower one is a merge', name: 'ud', probes: 'upper:dir lower1:absent lower2:dir lower3:absent', found: 'dir', stat: 'dir' },
  { rule: 'an upper file ends the lookup in the upper layer', name: 'u', probes: 'upper:file', found: 'file', stat: 'file' },
  { rule: 'a name no layer has asks every layer and is negative', name: 'zz', probes: 'upper:absent lower1:absent lower2:absent lower3:absent', found: 'none', stat: 'ENOENT' },
  { rule: 'a name inside a directory is asked only in the layers the directory merged', name: 'o/x', probes: 'lower2:absent', found: 'none', stat: 'ENOENT' },
  { rule: 'below a skipped non-directory the name is not looked for', name: 'n/q', probes: 'lower1:absent', found: 'none', stat: 'ENOENT' },
];

const probeText = (e: Extract<EngineEvent, { type: 'lookup' }>) =>
  e.probes.map((p) => `${p.layer.kind === 'upper' ? 'upper' : `${p.layer.kind}${p.layer.index + 1}`}:${p.outcome}`).join(' ');

describe('overlay lookup: where the walk down the layers stops', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = stack();
    const from = k.events.length;
    const s = k.lstat(`merged/${row.name}`);
    const lookups = k.events.slice(from).filter((e): e is Extract<EngineEvent, { type: 'lookup' }> => e.type === 'lookup');
    const last = lookups[lookups.length - 1];
    expect(last?.path).toBe(`merged/${row.name}`);
    expect(probeText(last)).toBe(row.probes);
    expect(last.found ?? 'none').toBe(row.found);
    expect(s.ok ? s.value.type : s.errno).toBe(row.stat);
  });
});

describe('ovl_get_inode: names that find one lower object are one overlay inode', () => {
  // A file copied up (origin = its lower), whose lower is then renamed while
  // unmounted: the new lower name and the upper copy key the same inode.
  function renamedLower(): Kernel {
    const k = new Kernel(undefined, '', { record: 'events' });
    dirs(k, 'l', 'l/d', 'upper', 'work', 'merged');
    writeFile(k, 'l/d/f', 'f');
    k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=l,upperdir=upper,workdir=work');
    k.chmod('merged/d/f', 0o600);
    k.umount('merged');
    k.rename('l/d/f', 'l/a');
    k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=l,upperdir=upper,workdir=work');
    return k;
  }
  const mode = (k: Kernel, p: string) => {
    const s = k.lstat(p);
    return s.ok ? (s.value.mode & 0o777).toString(8) : s.errno;
  };

  it('a lower name found after the copy is an alias of it: it shows the copy', () => {
    const k = renamedLower();
    expect(mode(k, 'merged/d/f')).toBe('600');
    expect(mode(k, 'merged/a')).toBe('600');
  });

  it('ovl_verify_inode: a copy found after its renamed lower, whose inode has no upper, is ESTALE', () => {
    const k = renamedLower();
    expect(mode(k, 'merged/a')).toBe('644');
    expect(mode(k, 'merged/d/f')).toBe('ESTALE');
  });

  it('the ESTALE lookup is narrated as one: the layers it asked, found: null, and why (stale: inode)', () => {
    const k = renamedLower();
    k.lstat('merged/a');
    const from = k.events.length;
    expect(k.open('merged/d/f', 0).ok).toBe(false);
    const looks = k.events.slice(from).filter((e): e is Extract<EngineEvent, { type: 'lookup' }> => e.type === 'lookup' && e.path === 'merged/d/f');
    expect(looks).toHaveLength(1);
    expect(looks[0].stale).toBe('inode');
    expect(looks[0].found).toBeNull();
    expect(probeText(looks[0])).toBe('upper:file');
  });
});

describe('ovl_verify_inode: a directory', () => {
  it('found without an upper while its lower is another cached name with one (an uncovered redirect origin) is ESTALE', () => {
    const k = new Kernel(undefined, '', { record: 'none' });
    dirs(k, 'l', 'l/a', 'upper', 'work', 'merged');
    const opts = 'lowerdir=l,upperdir=upper,workdir=work,redirect_dir=on';
    k.mount('overlay', 'merged', 'overlay', 0, opts);
    k.rename('merged/a', 'merged/b');
    k.umount('merged');
    k.unlink('upper/a');
    k.mount('overlay', 'merged', 'overlay', 0, opts);
    expect(k.lstat('merged/b').ok).toBe(true);
    const a = k.lstat('merged/a');
    expect(a.ok ? 'found' : a.errno).toBe('ESTALE');
  });
});

describe('d_splice_alias: an upper directory renamed behind the overlay, found under its new name', () => {
  /** upper/b is renamed to upper/a/b after merged/b was looked up; then merged/a/b is looked up; what merged/b lists. */
  function renamedUpper(lowerB: boolean): string {
    const k = new Kernel(undefined, '', { record: 'none' });
    dirs(k, 'l', 'upper', 'upper/a', 'upper/b', 'work', 'merged');
    if (lowerB) dirs(k, 'l/b');
    writeFile(k, 'upper/b/f', 'in b');
    k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=l,upperdir=upper,workdir=work');
    expect(k.lstat('merged/b').ok).toBe(true);
    k.rename('upper/b', 'upper/a/b');
    expect(k.lstat('merged/a/b/f').ok).toBe(true);
    const ls = k.readdir('merged/b');
    return ls.ok ? ls.value.map((e) => e.name).filter((n) => n !== '.' && n !== '..').join(' ') || 'empty' : ls.errno;
  }

  it('a pure upper directory is one overlay inode keyed by its upper: the dentry moves, and merged/b is looked up afresh (gone)', () => {
    expect(renamedUpper(false)).toBe('ENOENT');
  });

  it('a merged directory is keyed by its lower (ovl_hash_bylower): the upper found alone is another inode, so merged/b keeps its dentry and still reads the moved upper', () => {
    expect(renamedUpper(true)).toBe('f');
  });
});
