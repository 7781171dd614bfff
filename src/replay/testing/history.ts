// Checks of the history for tests: states recomputed on demand against a
// run that keeps every state (how the history used to be kept).
import { expect } from 'vitest';
import { Kernel } from '../../engine/kernel.ts';
import { walkMounts } from '../../engine/overlay/walk.ts';
import { runStep } from '../../shell/run.ts';
import { stateAt } from '../states.ts';
import type { Timeline } from '../timeline.ts';
import { sameValue } from './same.ts';

/** Runs a command keeping every state, as the history used to. */
export function recordedWhole(t: Timeline, i: number) {
  const c = t.commands[i];
  const k = new Kernel(c.before, c.cwdBefore, { record: 'states' });
  runStep(k, c.cmd);
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

