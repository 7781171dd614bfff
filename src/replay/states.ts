// The state at a position of a timeline, written once. Command ends are
// kept in the history; a state inside a command is recomputed by running
// the command again from its `before` and keeping the states of the
// micro-steps around the one asked for. The states of the command in view
// are cached, so stepping through it is an index; a very long command
// (rm -rf of a big tree) keeps a window of them, not all.
import type { EngineEvent } from '../engine/events.ts';
import type { Workspace } from '../engine/workspace.ts';
import { commandAt, endOf, runTimelineStep, type CommandStep, type Timeline } from './timeline.ts';

/** States kept per re-run: a command with more micro-steps keeps a window this wide around the cursor. */
export const STATE_WINDOW = 4096;

interface Window {
  command: CommandStep;
  /** States after micro-steps lo .. lo + states.length - 1 (0-based within the command). */
  lo: number;
  states: Workspace[];
}

/** The windows recently used, the newest last (a few: the command in view, and one just left). */
const windows: Window[] = [];
const KEEP = 3;

/** Thrown from the event sink to stop a run once the states asked for are in (the engine is pure: nothing is left half-done). */
const ENOUGH = Symbol('enough');

/**
 * Runs the command again from its `before` and keeps the states of micro-steps [lo, hi).
 * The run stops at `hi`: a window at the start of a 40,000-step command costs its own steps, not the command's.
 */
export function rerunCommand(c: CommandStep, lo = 0, hi = c.count): { states: Workspace[]; events: EngineEvent[] } {
  const states: Workspace[] = [];
  const events: EngineEvent[] = [];
  let n = 0;
  const stop = hi < c.count;
  try {
    const { k } = runTimelineStep(c.before, c.cwdBefore, c.cmd, {
      onEvent: (e, ws) => {
        if (n >= lo && n < hi) {
          states.push(ws);
          events.push(e);
        }
        n++;
        if (stop && n >= hi) throw ENOUGH;
      },
    }, c.optionsBefore);
    if (k.events.length !== c.count) {
      throw new Error(`engine bug: running "${c.cmd}" again made ${k.events.length} micro-steps, not ${c.count}`);
    }
  } catch (e) {
    if (e !== ENOUGH) throw e;
  }
  if (stop && states.length !== hi - lo) {
    throw new Error(`engine bug: running "${c.cmd}" again made ${lo + states.length} micro-steps, not at least ${hi}`);
  }
  return { states, events };
}

/** Makes the states of a long command's last micro-steps ahead of time (a step back from its end is then an index). */
export function prepareEnd(c: CommandStep): void {
  if (c.count > STATE_WINDOW) microState(c, c.count - 2);
}

/** The state right after micro-step `j` (0-based) of command `c`. */
export function microState(c: CommandStep, j: number): Workspace {
  if (j >= c.count - 1) return c.after;
  for (let i = windows.length - 1; i >= 0; i--) {
    const w = windows[i];
    if (w.command === c && j >= w.lo && j < w.lo + w.states.length) {
      if (i !== windows.length - 1) windows.push(...windows.splice(i, 1));
      return w.states[j - w.lo];
    }
  }
  // Centre the window a little ahead: stepping forward is the common move.
  const lo = c.count <= STATE_WINDOW ? 0 : Math.max(0, Math.min(c.count - STATE_WINDOW, j - (STATE_WINDOW >> 2)));
  const { states } = rerunCommand(c, lo, lo + STATE_WINDOW);
  windows.push({ command: c, lo, states });
  if (windows.length > KEEP) windows.splice(0, windows.length - KEEP);
  return states[j - lo];
}

/** Whether the state after micro-step `j` of `c` is at hand without running anything. */
export function microStateReady(c: CommandStep, j: number): boolean {
  if (j >= c.count - 1) return true;
  return windows.some((w) => w.command === c && j >= w.lo && j < w.lo + w.states.length);
}

/** Forgets every recomputed state (tests; a session replaced). */
export function dropStateCache(): void {
  windows.length = 0;
}

/**
 * The workspace after `position` micro-steps: the initial one at 0, a
 * command's `after` at its last micro-step (and a command with none leaves
 * the state as it found it), a recomputed state inside a command.
 */
export function stateAt(t: Timeline, position: number): Workspace {
  if (position <= 0) return t.initial;
  if (position >= t.total) return endOf(t).state;
  const i = commandAt(t, position);
  const c = t.commands[i];
  return microState(c, position - c.first - 1);
}

/** Whether stateAt(position) would answer at once (no command run again). */
export function stateReady(t: Timeline, position: number): boolean {
  if (position <= 0 || position >= t.total) return true;
  const c = t.commands[commandAt(t, position)];
  return microStateReady(c, position - c.first - 1);
}
