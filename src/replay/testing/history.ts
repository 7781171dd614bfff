// Checks of the history for tests: states recomputed on demand against a
// run that keeps every state (how the history used to be kept).
import { expect } from 'vitest';
import { Kernel } from '../../engine/kernel.ts';
import { walkMounts } from '../../engine/overlay/walk.ts';
import { runStep } from '../../shell/run.ts';
import { stateAt } from '../states.ts';
import type { Timeline } from '../timeline.ts';
import { sameValue } from './same.ts';
import type { GridRow } from '../../engine/explain.ts';
import { applySplices } from '../rows.ts';
import { Viewer, type ViewRequest } from '../view.ts';

/** Runs a command keeping every state, as the history used to. */
export function recordedWhole(t: Timeline, i: number) {
  const c = t.commands[i];
  const k = new Kernel(c.before, c.cwdBefore, { record: 'states' });
  runStep(k, c.cmd, c.optionsBefore);
  walkMounts(k);
  k.settle();
  return k.log;
}

/** Every position's state, by recompute, equals the one recorded whole. */
export function checkTimeline(t: Timeline): void {
  for (let i = 0; i < t.commands.length; i++) {
    const c = t.commands[i];
    const whole = recordedWhole(t, i);
    expect(whole.map((r) => r.event), `events of "${c.cmd}"`).toEqual(c.events);
    if (c.count === 0) expect(c.after).toBe(c.before);
    else expect(sameValue(whole[whole.length - 1].state, c.after), `last micro-step of "${c.cmd}" is its after`).toBeNull();
    // Backwards too: a re-run must not depend on what was asked before.
    for (const j of [...whole.keys()].reverse()) {
      const d = sameValue(stateAt(t, c.first + j + 1), whole[j].state);
      expect(d, `"${c.cmd}", micro-step ${j + 1} of ${c.count}`).toBeNull();
    }
  }
}


/**
 * Views reached by stepping (one Viewer, each position sent as changes to
 * the one shown before, with the views either side made in between and
 * never shown, as the page asks for them ahead) are the views a fresh
 * Viewer computes by seeking there: forwards through every position, then
 * back, with every directory open.
 */
export function checkViews(t: Timeline): void {
  const req = (position: number): ViewRequest => ({ position, selected: null, follow: true, preferredMount: null, treeMode: 'open', toggled: [] });
  // What a fresh viewer sees at each position: computed once, compared with both sweeps.
  const sought = new Map<number, { rows: GridRow[]; rest: unknown }>();
  const seek = (p: number) => {
    let v = sought.get(p);
    if (!v) {
      const { grid, id: _id, ...rest } = new Viewer().view(t, req(p));
      v = { rows: grid ? applySplices([], grid.splices) : [], rest };
      sought.set(p, v);
    }
    return v;
  };
  const stepper = new Viewer();
  let rows: GridRow[] = [];
  let key = '';
  let shown: number | undefined;
  const positions = [...Array(t.total + 1).keys()];
  for (const p of [...positions, ...positions.slice(0, -1).reverse()]) {
    const { grid, id, ...rest } = stepper.view(t, { ...req(p), base: shown });
    if (grid) {
      rows = grid.reset || grid.key !== key ? applySplices([], grid.splices) : applySplices(rows, grid.splices);
      key = grid.key;
      expect(rows.length, `rows at ${p}`).toBe(grid.length);
    } else rows = [];
    const want = seek(p);
    expect(sameValue(rows, want.rows), `grid rows at position ${p}`).toBeNull();
    expect(sameValue(rest, want.rest), `views at position ${p}`).toBeNull();
    // The page asks for the views either side ahead of a step and may never show them: the next view is still sent as the change from the one shown.
    shown = id;
    for (const q of [p - 1, p + 1]) if (q >= 0 && q <= t.total) stepper.view(t, { ...req(q), base: shown });
  }
}
