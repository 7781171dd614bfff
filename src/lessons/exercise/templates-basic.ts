// Exercises for lessons 1-4: one lower and one upper layer.
import { lowerDir, lowerFile, type Template } from './template.ts';

const withParent = (path: string, parent: string | null) => (parent ? [parent, path] : [path]);

export const BASIC: Template[] = [
  {
    id: 'read-union',
    level: 1,
    layout: 'two',
    noChange: true,
    build(b, rng) {
      const [lo, up, both] = [b.fresh(rng, 'file'), b.fresh(rng, 'file'), b.fresh(rng, 'file')];
      b.file('lower', lo).file('upper', up).file('lower', both).file('upper', both);
      return { command: `cat merged/${rng.pick([lo, both])}`, ask: [lo, up, both], target: { kind: 'file', path: both } };
    },
  },
  {
    id: 'list-dir',
    level: 1,
    layout: 'two',
    noChange: true,
    build(b, rng) {
      const dir = b.fresh(rng, 'dir');
      const [x, y] = [b.child(rng, dir), b.child(rng, dir)];
      b.file('lower', x).file('upper', y);
      return { command: `ls merged/${dir}`, ask: [dir, x, y], target: { kind: 'dir', path: dir } };
    },
  },
  ...(['overwrite', 'append', 'touch', 'chmod'] as const).map(
    (how): Template => ({
      id: `${how}-lower`,
      level: 2,
      layout: 'two',
      build(b, rng) {
        const { path, parent } = lowerFile(b, rng);
        const command = { overwrite: `echo "changed" > merged/${path}`, append: `echo "more" >> merged/${path}`, touch: `touch merged/${path}`, chmod: `chmod 600 merged/${path}` }[how];
        return { command, ask: withParent(path, parent), target: { kind: 'file', path } };
      },
    }),
  ),
  {
    id: 'create-in-lower-dir',
    level: 2,
    layout: 'two',
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng);
      const fresh = b.child(rng, dir);
      return { command: `echo "new" > merged/${fresh}`, ask: [dir, fresh, child], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'write-both',
    level: 2,
    layout: 'two',
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      b.file('lower', f).file('upper', f);
      return { command: `echo "changed" > merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
    },
  },
  ...(['lower', 'both', 'upper'] as const).map(
    (where): Template => ({
      id: `rm-${where}`,
      level: 3,
      layout: 'two',
      build(b, rng) {
        const f = b.fresh(rng, 'file');
        if (where !== 'upper') b.file('lower', f);
        if (where !== 'lower') b.file('upper', f);
        return { command: `rm merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
      },
    }),
  ),
  {
    id: 'rm-nested',
    level: 3,
    layout: 'two',
    build(b, rng) {
      const dir = b.fresh(rng, 'dir');
      const [gone, kept] = [b.child(rng, dir), b.child(rng, dir)];
      b.file('lower', gone).file('lower', kept);
      return { command: `rm merged/${gone}`, ask: [dir, gone, kept], target: { kind: 'file', path: gone } };
    },
  },
  {
    id: 'rm-r-dir',
    level: 3,
    layout: 'two',
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng);
      const ask = [dir, child];
      if (rng.chance(0.5)) {
        const own = b.child(rng, dir);
        b.file('upper', own);
        ask.push(own);
      }
      return { command: `rm -r merged/${dir}`, ask, target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'rmdir-nonempty',
    level: 4,
    layout: 'two',
    mayFail: true,
    noChange: true,
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng);
      return { command: `rmdir merged/${dir}`, ask: [dir, child], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'rmdir-empty',
    level: 4,
    layout: 'two',
    mayFail: true,
    build(b, rng) {
      const dir = b.fresh(rng, 'dir');
      b.dir('lower', dir);
      return { command: `rmdir merged/${dir}`, ask: [dir], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'recreate-dir',
    level: 4,
    layout: 'two',
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng);
      return { command: `rm -rf merged/${dir} && mkdir merged/${dir}`, ask: [dir, child], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'mkdir-over-whiteout',
    level: 4,
    layout: 'two',
    build(b, rng) {
      const { dir, child } = lowerDir(b, rng);
      b.pre.push(`rm -rf merged/${dir}`);
      return { command: `mkdir merged/${dir}`, ask: [dir, child], target: { kind: 'dir', path: dir } };
    },
  },
  {
    id: 'file-over-whiteout',
    level: 4,
    layout: 'two',
    build(b, rng) {
      const f = b.fresh(rng, 'file');
      b.file('lower', f);
      b.pre.push(`rm merged/${f}`);
      return { command: `echo "back" > merged/${f}`, ask: [f], target: { kind: 'file', path: f } };
    },
  },
];
