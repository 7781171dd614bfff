import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerInfo } from '../../engine/explain.ts';
import { shownMount } from '../../replay/mounts.ts';
import { replayScenario } from '../../replay/timeline.ts';
import { MAX_DRAWN_LOWERS, stackLayout } from './layout.ts';
import { motionOf } from '../../replay/motion.ts';
import { stateAt } from '../../replay/states.ts';

const layer = (role: LayerInfo['role'], name: string, index: number): LayerInfo => ({ role, name, path: name, index });

describe('stack layout', () => {
  it('puts merged on top, upper beside work, lowers below in order', () => {
    const { slabs, height } = stackLayout([layer('upper', 'upper', 0), layer('lower', 'top', 1), layer('lower', 'base', 2)], true, 600);
    expect(slabs.map((s) => s.key)).toEqual(['merged', 'layer:0', 'work', 'layer:1', 'layer:2']);
    const [merged, upper, work, top, base] = slabs;
    expect(merged.y).toBeLessThan(upper.y);
    expect(upper.y).toBe(work.y);
    expect(work.x).toBeGreaterThan(upper.x + upper.w);
    expect(work.x + work.w).toBeCloseTo(600);
    expect(top.y).toBeLessThan(base.y);
    expect(base.y + base.h).toBeLessThanOrEqual(height);
  });

  it('puts work under upper when the stack is narrow', () => {
    const { slabs } = stackLayout([layer('upper', 'upper', 0), layer('lower', 'low', 1)], true, 400);
    expect(slabs.map((s) => s.key)).toEqual(['merged', 'layer:0', 'work', 'layer:1']);
    const [, upper, work] = slabs;
    expect(work.y).toBeGreaterThan(upper.y);
    expect(work.w).toBe(400);
  });

  it('folds lowers past the limit into one slab', () => {
    const many = [layer('upper', 'u', 0), ...Array.from({ length: 9 }, (_, i) => layer('lower', `l${i}`, i + 1))];
    const { slabs, hidden } = stackLayout(many, true, 400);
    expect(slabs.at(-1)!.key).toBe('more');
    expect(hidden).toBe(9 - (MAX_DRAWN_LOWERS - 1));
  });

  it('draws a read-only stack without upper and work', () => {
    expect(stackLayout([layer('lower', 'a', 1), layer('lower', 'b', 2)], false, 300).slabs.map((s) => s.key)).toEqual(['merged', 'layer:0', 'layer:1']);
  });
});

describe('motion', () => {
  const t = replayScenario(readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'));
  const m = shownMount(t, t.total)!.mount;
  const motions = (cmd: string) => {
    const c = t.commands.find((x) => x.cmd.startsWith(cmd))!;
    return c.events.map((e, i) => motionOf(stateAt(t, c.first + i + 1), e, m, c.events, i)).filter((x) => x !== null);
  };

  it('carries a copy-up from lower through work into upper', () => {
    const moves = motions('echo "in lower!').filter((x) => x.kind === 'copy');
    const path = moves.map((x) => `${x.from ?? ''}>${x.to}`);
    expect(path).toContain('layer:1>work');
    expect(path).toContain('work>layer:0');
    expect(path.indexOf('layer:1>work')).toBeLessThan(path.indexOf('work>layer:0'));
    expect(moves.every((x) => x.label === 'in_lower.txt')).toBe(true);
  });

  it('makes a whiteout in work and moves it onto the name in upper', () => {
    const wh = motions('rm -f').filter((x) => x.kind === 'whiteout');
    expect(wh[0]).toMatchObject({ from: null, to: 'work' });
    expect(wh.at(-1)).toMatchObject({ from: 'work', to: 'layer:0', label: 'in_lower.txt' });
  });

  it('lets a lookup fall from merged to where it stopped', () => {
    expect(motions('cat merged/in_both.txt')[0]).toMatchObject({ kind: 'lookup', from: 'merged', to: 'layer:0' });
  });
});
