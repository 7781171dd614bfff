// readdir of an overlay directory narrates its reads as the kernel makes
// them: a merged directory one layer at a time, upper first, each read
// saying what it added and what it kept out (whiteouts, names decided
// above, an opaque directory ending the merge); a directory that is not
// merged is read directly. The reads change nothing, and a big directory
// keeps its events small.
import { describe, expect, it } from 'vitest';
import { O_CREAT, O_WRONLY } from '../api.ts';
import { READDIR_NAMES, type EngineEvent, type ReaddirEvent } from '../events.ts';
import { Kernel } from '../kernel.ts';

function touch(k: Kernel, path: string): void {
  const fd = k.open(path, O_WRONLY | O_CREAT, 0o644);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.close(fd.value);
}

/** lower1 over lower2, with d in both and pure only in lower2, mounted on merged. */
function stack(): Kernel {
  const k = new Kernel();
  for (const d of ['lower1', 'lower2', 'upper', 'work', 'merged', 'lower1/d', 'lower2/d', 'lower2/pure']) k.mkdir(d, 0o755);
  touch(k, 'lower2/d/a');
  touch(k, 'lower1/d/b');
  touch(k, 'lower2/pure/p');
  const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower1:lower2,upperdir=upper,workdir=work');
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

/** The readdir events of one readdir call. */
function reads(k: Kernel, path: string): ReaddirEvent[] {
  const from = k.log.length;
  const r = k.readdir(path);
  expect(r.ok).toBe(true);
  return k.log
    .slice(from)
    .map((x) => x.event)
    .filter((e): e is ReaddirEvent => e.type === 'readdir');
}

describe('readdir events', () => {
  it('read a merged directory layer by layer, upper first, each with what it added', () => {
    const k = stack();
    const ev = reads(k, 'merged');
    expect(ev.map((e) => [e.from, e.step, e.of, e.how])).toEqual([
      ['upper', 1, 3, 'merged'],
      ['lower1', 2, 3, 'merged'],
      ['lower2', 3, 3, 'merged'],
    ]);
    expect(ev.map((e) => e.layer)).toEqual([0, 1, 2]);
    expect(ev[0].cache).toBe('built');
    expect(ev[1].cache).toBeUndefined();
    expect(ev[1].added).toEqual(['d']);
    expect(ev[2].added).toEqual(['pure']);
    expect(ev[2].hidden).toEqual([{ name: 'd', by: 'above' }]);
    expect(ev[2].counts).toEqual({ added: 1, whiteouts: 0, whitedOut: 0, above: 1 });
  });

  it('say which names a whiteout hides, and list the whiteout as neither', () => {
    const k = stack();
    expect(k.unlink('merged/d/a').ok).toBe(true);
    const ev = reads(k, 'merged/d');
    expect(ev.map((e) => e.from)).toEqual(['upper/d', 'lower1/d', 'lower2/d']);
    expect(ev[0]).toMatchObject({ added: [], whiteouts: ['a'], counts: { added: 0, whiteouts: 1, whitedOut: 0, above: 0 } });
    expect(ev[1].added).toEqual(['b']);
    expect(ev[2]).toMatchObject({ added: [], hidden: [{ name: 'a', by: 'whiteout' }], counts: { whitedOut: 1 } });
  });

  it('read a directory that is not merged directly, and say when an opaque one ends the merge', () => {
    const k = stack();
    const pure = reads(k, 'merged/pure');
    expect(pure).toHaveLength(1);
    expect(pure[0]).toMatchObject({ how: 'real', from: 'lower2/pure', layer: 2, added: ['p'], step: 1, of: 1 });
    expect(pure[0].cache).toBeUndefined();
    expect(pure[0].opaque).toBeUndefined();
    // rmdir needs the directory empty; the new one over its whiteout is opaque.
    expect(k.unlink('merged/d/a').ok).toBe(true);
    expect(k.unlink('merged/d/b').ok).toBe(true);
    expect(k.rmdir('merged/d').ok).toBe(true);
    expect(k.mkdir('merged/d', 0o755).ok).toBe(true);
    touch(k, 'merged/d/new');
    const opaque = reads(k, 'merged/d');
    expect(opaque).toHaveLength(1);
    expect(opaque[0]).toMatchObject({ how: 'real', from: 'upper/d', layer: 0, added: ['new'], opaque: true });
  });

  it('change nothing: the workspace is the same object before and after the reads', () => {
    const k = stack();
    k.readdir('merged/d');
    const before = k.ws;
    const from = k.log.length;
    k.readdir('merged/d');
    const events = k.log.slice(from);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((x) => x.event.type === 'readdir' && x.state === before)).toBe(true);
    expect(k.ws).toBe(before);
  });

  it('keep a 10,000-entry directory cheap: names capped, counts whole', () => {
    const k = stack();
    for (let i = 0; i < 10_000; i++) touch(k, `lower2/pure/f${i}`);
    for (let i = 0; i < 10; i++) touch(k, `merged/pure/f${i}`);
    const ev = reads(k, 'merged/pure');
    expect(ev.map((e) => e.how)).toEqual(['merged', 'merged']);
    expect(ev[0].counts.added).toBe(10);
    expect(ev[1].counts).toEqual({ added: 10_001 - 10, whiteouts: 0, whitedOut: 0, above: 10 });
    expect(ev[1].added).toHaveLength(READDIR_NAMES);
    expect(ev[1].hidden.length).toBeLessThanOrEqual(READDIR_NAMES);
    expect(JSON.stringify(ev).length).toBeLessThan(5000);
  });

  it('stay out of quiet walks (the look at the tree after each command)', () => {
    const k = stack();
    k.quiet = true;
    const from = k.log.length;
    k.readdir('merged');
    expect(k.log.slice(from).map((x) => x.event.type)).not.toContain<EngineEvent['type']>('readdir');
  });
});

describe('the emptiness check of rmdir and rename', () => {
  it('reads the merged directory layer by layer, and says why it is empty or not', () => {
    const k = stack();
    expect(k.unlink('merged/d/a').ok).toBe(true);
    // b is still in lower1: not empty.
    let from = k.log.length;
    expect(k.rmdir('merged/d').ok).toBe(false);
    let ev = k.log.slice(from).map((x) => x.event).filter((e): e is ReaddirEvent => e.type === 'readdir');
    expect(ev.map((e) => [e.why, e.from, e.counts.added])).toEqual([
      ['empty', 'upper/d', 0],
      ['empty', 'lower1/d', 1],
      ['empty', 'lower2/d', 0],
    ]);
    expect(ev.every((e) => e.cache === undefined)).toBe(true);
    expect(k.unlink('merged/d/b').ok).toBe(true);
    from = k.log.length;
    expect(k.rmdir('merged/d').ok).toBe(true);
    ev = k.log.slice(from).map((x) => x.event).filter((e): e is ReaddirEvent => e.type === 'readdir');
    expect(ev.map((e) => e.counts.added)).toEqual([0, 0, 0]);
    expect(ev[0].whiteouts).toEqual(['a', 'b']);
  });

  it('is not narrated for a directory only ever in the upper layer (no check is made)', () => {
    const k = stack();
    expect(k.mkdir('merged/new', 0o755).ok).toBe(true);
    const from = k.log.length;
    expect(k.rmdir('merged/new').ok).toBe(true);
    expect(k.log.slice(from).some((x) => x.event.type === 'readdir')).toBe(false);
  });
});

describe('xattr whiteouts: which a listing hides (ovl_dir_read_merged, ovl_iterate)', () => {
  // top over mid over base; `x` marks a directory opaque="x", `w` an xattr
  // whiteout (an empty file with trusted.overlay.whiteout).
  function xstack(setup: (k: Kernel) => void): Kernel {
    const k = new Kernel();
    for (const d of ['top', 'mid', 'base', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
    setup(k);
    const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=top:mid:base,upperdir=upper,workdir=work');
    if (!m.ok) throw new Error(`mount: ${m.errno}`);
    return k;
  }
  const dir = (k: Kernel, path: string, x = false) => {
    k.mkdir(path, 0o755);
    if (x) k.setxattr(path, 'trusted.overlay.opaque', 'x');
  };
  const xw = (k: Kernel, path: string) => {
    touch(k, path);
    k.setxattr(path, 'trusted.overlay.whiteout', 'y');
  };
  const names = (k: Kernel, path: string) => {
    const r = k.readdir(path);
    return r.ok ? r.value.map((e) => e.name).filter((n) => n !== '.' && n !== '..').sort() : [r.errno];
  };

  const ROWS: { rule: string; setup: (k: Kernel) => void; before?: string; dir: string; names: string[] }[] = [
    {
      rule: 'a lower directory marked x flags itself and its layer: its xattr whiteouts are hidden',
      setup: (k) => (dir(k, 'top/d', true), dir(k, 'base/d'), xw(k, 'top/d/w')),
      dir: 'merged/d',
      names: [],
    },
    {
      rule: 'the lowest layer is never read for x (d->last)',
      setup: (k) => (dir(k, 'top/d'), dir(k, 'base/d', true), xw(k, 'base/d/w')),
      dir: 'merged/d',
      names: ['w'],
    },
    {
      rule: 'the upper is never read for x',
      setup: (k) => (dir(k, 'upper/d', true), dir(k, 'base/d'), xw(k, 'upper/d/w')),
      dir: 'merged/d',
      names: ['w'],
    },
    {
      rule: 'a layer counts once any of its directories was looked up marked x (ovl_layer_set_xwhiteouts)',
      setup: (k) => (dir(k, 'top/d', true), dir(k, 'mid/d'), dir(k, 'base/d'), xw(k, 'mid/d/w'), dir(k, 'mid/a', true), dir(k, 'base/a')),
      before: 'merged/a',
      dir: 'merged/d',
      names: [],
    },
    {
      rule: 'a layer no directory of which was found marked x is not checked',
      setup: (k) => (dir(k, 'top/d', true), dir(k, 'mid/d'), dir(k, 'base/d'), xw(k, 'mid/d/w')),
      dir: 'merged/d',
      names: ['w'],
    },
    {
      rule: 'the root is flagged at mount from its lower roots, not the lowest',
      setup: (k) => (k.setxattr('top', 'trusted.overlay.opaque', 'x'), xw(k, 'top/w'), k.setxattr('base', 'trusted.overlay.opaque', 'x'), xw(k, 'base/v')),
      dir: 'merged',
      names: ['v'],
    },
  ];

  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = xstack(row.setup);
    if (row.before) k.lstat(row.before);
    expect(names(k, row.dir)).toEqual(row.names);
  });

  it('ovl_check_empty_dir: an xattr whiteout is not a whiteout there (checked only by iterate): ENOTEMPTY for a directory listed empty', () => {
    const k = xstack((k) => (dir(k, 'top/e', true), dir(k, 'base/e'), xw(k, 'top/e/x'), touch(k, 'base/e/x')));
    expect(names(k, 'merged/e')).toEqual([]);
    expect(k.rmdir('merged/e')).toMatchObject({ ok: false, errno: 'ENOTEMPTY' });
  });
});
