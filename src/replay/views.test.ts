// The helpers the visualizer reads the timeline through: which mount is
// shown, its grid on and off disk, where events land, what a row holds.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLine } from './complete.ts';
import { focusOf, placeOfDir, placeOfRef } from './place.ts';
import { stateAt } from './states.ts';
import { GridModel } from './grid.ts';
import { gridOf, resolutionOf } from './whole-grid.ts';
import { inspectRow } from './inspect.ts';
import { mountOptions, shownMount } from './mounts.ts';
import { replayScenario, positionAfterCommand, type Timeline } from './timeline.ts';
import { workEntries } from './work-entries.ts';

const seed = replayScenario(readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'));
const afterCmd = (t: Timeline, cmd: string) => positionAfterCommand(t, t.commands.findIndex((c) => c.cmd.startsWith(cmd)));

function kinds(t: Timeline, position: number) {
  const shown = shownMount(t, position)!;
  const g = gridOf(shown);
  return { phase: shown.phase, layers: g.layers.map((l) => l.name), rows: Object.fromEntries(g.rows.map((r) => [r.path, [r.merged.kind, ...r.cells.map((c) => c.kind)].join(' ')])) };
}

describe('the shown mount', () => {
  it('is nothing before a scenario mounts anything', () => {
    expect(shownMount(replayScenario('mkdir a\n'), 1)).toBeNull();
  });

  it('is the coming mount, on disk, before the mount step', () => {
    const k = kinds(seed, afterCmd(seed, 'echo "In both. from upper"'));
    expect(k.phase).toBe('not-yet');
    expect(k.layers).toEqual(['upper', 'lower']);
    expect(k.rows['in_lower.txt']).toBe('absent absent file');
    expect(k.rows['in_both.txt']).toBe('absent file file');
  });

  it('is the mount in force while mounted, merged view included', () => {
    const k = kinds(seed, afterCmd(seed, 'rm -f'));
    expect(k.phase).toBe('mounted');
    expect(k.rows).toEqual({ 'in_both.txt': 'file file file', 'in_lower.txt': 'absent whiteout file', 'in_upper.txt': 'file file absent' });
    expect(gridOf(shownMount(seed, afterCmd(seed, 'rm -f'))!)).toBe(gridOf(shownMount(seed, afterCmd(seed, 'rm -f'))!));
  });

  it('is the last unmounted one after umount, the mount point empty again', () => {
    const k = kinds(seed, seed.total);
    expect(k.phase).toBe('unmounted');
    expect(k.rows['in_lower.txt']).toBe('absent whiteout file');
    expect(k.rows['in_upper.txt']).toBe('absent file absent');
  });

  it('prefers the mount the user picked among several', () => {
    const t = replayScenario(
      ['mkdir l u w m l2 u2 w2 m2', 'mount -t overlay overlay -o lowerdir=./l,upperdir=./u,workdir=./w ./m', 'mount -t overlay overlay -o lowerdir=./l2,upperdir=./u2,workdir=./w2 ./m2'].join('\n'),
    );
    const end = t.total;
    expect(shownMount(t, end)!.mount.target).toBe('m2');
    const first = shownMount(t, end)!.state.mounts[0].id;
    expect(shownMount(t, end, first)!.mount.target).toBe('m');
  });
});

describe('resolution and inspection', () => {
  const at = afterCmd(seed, 'rm -f');
  const shown = shownMount(seed, at)!;
  const grid = gridOf(shown);

  it('explains a whiteout stop', () => {
    const r = resolutionOf(shown, 'in_lower.txt')!;
    expect(r.probes.map((p) => p.outcome)).toEqual(['whiteout']);
    expect(resolutionOf(shownMount(seed, seed.total)!, 'in_lower.txt')).toBeNull();
  });

  it('shows each layer as stored and merged as read', () => {
    const row = grid.rows.find((r) => r.path === 'in_both.txt')!;
    const d = inspectRow(shown.state, grid.layers, row, shown.mount.target);
    expect(d.layers.map((l) => l.content?.text)).toEqual(['In both. from upper\n', 'In both. from lower\n']);
    expect(d.merged.content?.text).toBe('In both. from upper\n');
    const upperRoot = inspectRow(shown.state, grid.layers, grid.rows.find((r) => r.path === 'in_lower.txt')!, 'merged');
    expect(upperRoot.layers[0].cell.kind).toBe('whiteout');
    expect(upperRoot.merged.xattrs).toEqual([]);
  });

  it('lists the shared whiteout waiting in work/work', () => {
    expect(workEntries(shown.state, shown.mount).entries.map((e) => `${e.path}:${e.kind}`)).toEqual(['work:dir', 'work/#1:whiteout']);
  });
});

describe('where events land', () => {
  const shown = shownMount(seed, afterCmd(seed, 'rm -f'))!;
  const m = shown.mount;
  const ws = shown.state;
  const ino = (path: string) => {
    let cur = 1;
    for (const n of path.split('/')) {
      const d = ws.fs.inodes.get(cur)!;
      cur = d.kind === 'dir' ? d.entries.get(n)! : -1;
    }
    return cur;
  };
  it('places disk directories by their parents, up to a layer root, the workdir or the mount point', () => {
    expect(placeOfDir(ws, m, ino('upper'))).toEqual({ slot: { kind: 'layer', index: 0 }, path: '' });
    expect(placeOfRef(ws, m, { dir: ino('lower'), name: 'in_lower.txt' })).toEqual({ slot: { kind: 'layer', index: 1 }, path: 'in_lower.txt' });
    expect(placeOfRef(ws, m, { dir: ino('work/work'), name: null })).toEqual({ slot: { kind: 'work' }, path: 'work' });
    expect(placeOfRef(ws, m, { dir: 1, name: 'elsewhere' })).toBeNull();
  });

  it('follows the copy-up of the edit, through the unnamed temp file', () => {
    const i = seed.commands.findIndex((c) => c.cmd.startsWith('echo "in lower!'));
    const cmd = seed.commands[i];
    const foci = cmd.events.map((e, j) => focusOf(stateAt(seed, cmd.first + j + 1), shownMount(seed, cmd.first + j + 1)!.mount, e, cmd.events, j));
    expect(new Set(foci.filter(Boolean))).toEqual(new Set(['in_lower.txt']));
  });
});

describe('tab completion', () => {
  const state = shownMount(seed, afterCmd(seed, 'rm -f'))!.state;
  it('completes one match fully and several to their common part', () => {
    expect(completeLine(state, '', 'cat mer').line).toBe('cat merged/');
    expect(completeLine(state, '', 'cat merged/in_u').line).toBe('cat merged/in_upper.txt ');
    const many = completeLine(state, '', 'cat merged/in_');
    expect(many.options).toEqual(['merged/in_both.txt', 'merged/in_upper.txt']);
    expect(many.line).toBe('cat merged/in_');
    expect(completeLine(state, 'merged', 'ls in_b').line).toBe('ls in_both.txt ');
  });
});

describe('the state the views show', () => {
  it('is the state after the command at a command boundary, so the grid agrees with the next command', () => {
    // A lookup caches "renamed.txt: not found"; the rename through the overlay replaces it.
    const t = replayScenario(
      ['mkdir lower upper work merged', 'echo a > upper/a.txt', 'echo l > lower/l.txt', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged', 'echo x > merged/l.txt', 'mv -T merged/a.txt merged/renamed.txt'].join('\n'),
    );
    const end = shownMount(t, t.total)!;
    const row = gridOf(end).rows.find((r) => r.path === 'renamed.txt')!;
    expect(row.merged.kind).toBe('file');
  });
});

describe('mount options', () => {
  it('come from the mount table while mounted and from the mount step after', () => {
    const mounted = shownMount(seed, afterCmd(seed, 'rm -f'))!;
    expect(mountOptions(seed, mounted)).toMatch(/lowerdir=\.\/lower,upperdir=\.\/upper,workdir=\.\/work/);
    const after = shownMount(seed, seed.total)!;
    expect(mountOptions(seed, after, seed.total)).toMatch(/lowerdir=\.\/lower/);
  });
});

describe('before any mount', () => {
  it('shows the layer directories as an overlay would stack them, not yet mounted', () => {
    const t = replayScenario('mkdir lower2 lower1 upper work merged\necho x > lower1/x\n');
    const s = shownMount(t, t.total)!;
    expect(s.phase).toBe('not-yet');
    expect(s.mount.lowers).toHaveLength(2);
    expect(s.mount.upper).toBeDefined();
    expect(s.mount.target).toBe('merged');
    // The workspace drawn is the real one: the guess mounted a copy.
    expect(s.state.mounts).toHaveLength(0);
  });

  it('guesses nothing without layer names, or after a mount that failed', () => {
    const plain = replayScenario('mkdir a b\n');
    expect(shownMount(plain, plain.total)).toBeNull();
    const failed = replayScenario('mkdir lower merged\nmount -t overlay overlay -o lowerdir=./nope ./merged\n');
    expect(shownMount(failed, failed.total)).toBeNull();
  });
});

describe('one row alone', () => {
  // The inspector's row is made by itself when its directory's rows are not at hand (a big closed
  // directory): it must be the very row the directory's listing would hold, at every position.
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.sh') && !f.startsWith('fuzz-')))('is the row its directory lists, at every position of %s', (file) => {
    const t = replayScenario(readFileSync(`scenarios/${file}`, 'utf8'));
    for (let p = 0; p <= t.total; p++) {
      const shown = shownMount(t, p);
      if (!shown) continue;
      const listing = new GridModel(shown);
      const rows = listing.visible(shown, () => true);
      const alone = new GridModel(shown);
      for (const r of rows) expect(alone.row(shown, r.path), `${r.path} at ${p}`).toEqual(r);
      expect(alone.row(shown, rows.length > 0 ? `${rows[0].path}-not-there` : 'not-there')).toBeNull();
    }
  });
});

describe('counting rows', () => {
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.sh') && f.startsWith('lesson-')))('counts up to the limit exactly, at every position of %s', (file) => {
    const t = replayScenario(readFileSync(`scenarios/${file}`, 'utf8'));
    for (let p = 0; p <= t.total; p++) {
      const shown = shownMount(t, p);
      if (!shown) continue;
      const all = new GridModel(shown).visible(shown, () => true).length;
      for (const limit of [1, 2, 3, 5, 8, 500]) expect(new GridModel(shown).countRows(shown, limit), `limit ${limit} at ${p}`).toBe(Math.min(limit, all));
    }
  });
});

describe('a grid that follows the cursor', () => {
  // The view keeps one model per mount and feeds it each position the cursor
  // visits, reusing what did not change; it must draw what a model made
  // afresh at that position draws, going forward, back, and jumping.
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.sh') && !f.startsWith('fuzz-')))('draws what a fresh model draws, at every position of %s, in any order', (file) => {
    const t = replayScenario(readFileSync(`scenarios/${file}`, 'utf8'));
    const order = [...Array(t.total + 1).keys()];
    const visits = [...order, ...[...order].reverse(), ...order.filter((p) => p % 3 === 0), ...order.filter((p) => p % 2 === 1).reverse()];
    const models = new Map<unknown, GridModel>();
    for (const p of visits) {
      const shown = shownMount(t, p);
      if (!shown) continue;
      let m = models.get(shown.mount.id);
      if (!m || !m.fits(shown)) models.set(shown.mount.id, (m = new GridModel(shown)));
      expect(m.visible(shown, () => true), `at ${p}`).toEqual(new GridModel(shown).visible(shown, () => true));
    }
  });
});
