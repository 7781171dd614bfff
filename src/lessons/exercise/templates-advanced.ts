// Exercises for lessons 5-8: several lowers, renames, links and options,
// read-only overlays.
import { lowerDir, lowerFile, type Template } from './template.ts';

export const ADVANCED: Template[] = [
  {
    id: 'shadowed-edit',
    level: 5,
    layout: 'three',
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      b.file('mid', f).file('base', f);
      return { command: `echo "more" >> merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
    },
  },
  {
    id: 'mid-whiteout-read',
    level: 5,
    layout: 'three',
    mayFail: true,
    noChange: true,
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      b.file('base', f).whiteout('mid', f);
      return { command: `cat merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
    },
  },
  {
    id: 'mid-whiteout-mkdir',
    level: 5,
    layout: 'three',
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng, 'base');
      b.whiteout('mid', dir);
      return { command: `mkdir merged/${dir}`, ask: [dir, child], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'mid-opaque-list',
    level: 5,
    layout: 'three',
    noChange: true,
    build(b, rng) {
      const dir = b.fresh(rng, 'dir');
      const [t, m, x] = [b.child(rng, dir), b.child(rng, dir), b.child(rng, dir)];
      b.opaque('mid', dir).file('top', t).file('mid', m).file('base', x);
      return { command: `ls merged/${dir}`, ask: [t, m, x], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'rm-mid',
    level: 5,
    layout: 'three',
    build(b, rng) {
      const { path, parent } = lowerFile(b, rng, 'mid');
      return { command: `rm merged/${path}`, ask: parent ? [parent, path] : [path], target: { kind: 'file', path } };
    },
  },
  {
    id: 'mv-file',
    level: 6,
    layout: 'two',
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      const g = b.fresh(rng, 'file');
      b.file('lower', f);
      return { command: `mv merged/${f} merged/${g}`, ask: [f, g], target: { kind: 'file', path: f } };
    },
  },
  ...([false, true] as const).map(
    (redirect): Template => ({
      id: redirect ? 'mv-dir-redirect' : 'mv-dir-exdev',
      level: 6,
      layout: 'two',
      options: redirect ? ['redirect_dir=on'] : [],
      build(b, rng) {
        const { dir, child } = lowerDir(b, rng);
        const to = b.fresh(rng, 'dir');
        const moved = `${to}${child.slice(dir.length)}`;
        return { command: `mv merged/${dir} merged/${to}`, ask: [dir, to, moved], target: { kind: 'dir', path: dir } };
      },
    }),
  ),
  {
    id: 'mv-dir-upper',
    level: 6,
    layout: 'two',
    build(b, rng) {
      const dir = b.fresh(rng, 'dir');
      b.file('upper', b.child(rng, dir));
      const to = b.fresh(rng, 'dir');
      return { command: `mv merged/${dir} merged/${to}`, ask: [dir, to], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'index-link',
    level: 7,
    layout: 'two',
    options: ['index=on'],
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      const g = b.fresh(rng, 'file');
      b.file('lower', f).hardlink('lower', f, g);
      return { command: `echo "more" >> merged/${f}`, ask: [f, g], target: { kind: 'file', path: f } };
    },
  },
  {
    id: 'ln-copy-up',
    level: 7,
    layout: 'two',
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      const g = b.fresh(rng, 'file');
      b.file('lower', f);
      return { command: `ln merged/${f} merged/${g}`, ask: [f, g], target: { kind: 'file', path: f } };
    },
  },
  ...(['chmod', 'append', 'mv'] as const).map(
    (how): Template => ({
      id: `metacopy-${how}`,
      level: 7,
      layout: 'two',
      options: ['metacopy=on'],
      build(b, rng) {
        const f = b.fresh(rng, 'file');
        b.file('lower', f);
        if (how !== 'mv') return { command: how === 'chmod' ? `chmod 600 merged/${f}` : `echo "more" >> merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
        const g = b.fresh(rng, 'file');
        return { command: `mv merged/${f} merged/${g}`, ask: [f, g], target: { kind: 'file', path: f } };
      },
    }),
  ),
  ...(['write', 'rm', 'mkdir', 'read'] as const).map(
    (how): Template => ({
      id: `ro-${how}`,
      level: 8,
      layout: 'read-only',
      mayFail: true,
      noChange: true,
      build(b, rng) {
        const f = b.fresh(rng, 'file');
        b.file(rng.pick(['top', 'base']), f);
        if (how === 'read') b.file('top', f).file('base', f);
        const fresh = b.fresh(rng, 'dir');
        const command = { write: `echo "changed" > merged/${f}`, rm: `rm merged/${f}`, mkdir: `mkdir merged/${fresh}`, read: `cat merged/${f}` }[how];
        return { command, ask: how === 'mkdir' ? [fresh, f] : [f], target: { kind: 'file', path: f } };
      },
    }),
  ),
];
