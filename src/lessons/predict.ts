// Predict, then reveal. The learner marks grid cells (what upper/ and
// merged/ will hold at each asked path); the truth is the engine's own
// layer grid after actually running the command, the same grid the app
// draws, so the reveal and the check can never disagree.
import type { Cell } from '../engine/explain.ts';
import { gridOf } from '../replay/whole-grid.ts';
import { shownMount } from '../replay/mounts.ts';
import { stateAt } from '../replay/states.ts';
import { appendCommand, checkCommand, type Timeline } from '../replay/timeline.ts';
import { kindMsg } from './expect.ts';
import type { Column, GoalResult, Mark, Msg, PredictAnswer, PredictGoal } from './types.ts';

export interface TruthCell {
  mark: Mark;
  /** For merged cells: the workspace path of the layer the object comes from (names alone collide: overlay2's are all "diff"). */
  from?: string;
  /** ...and its kernel layer index (0 upper, 1.. lowers top to bottom), as the grid's columns. */
  layer?: number;
}

export interface PredictTruth {
  command: string;
  status: number;
  ok: boolean;
  /** path -> column -> what the engine shows there after the command. */
  cells: Record<string, Record<Column, TruthCell>>;
  /** The timeline with the command appended: the reveal plays its micro-steps. */
  after: Timeline;
  /** Micro-step position where the command begins in `after`. */
  start: number;
  /** Where the answer was read: the mount point and the upper layer (workspace paths); null when no overlay was in sight. */
  place: { mount: string; upper: string | null; phase: 'mounted' | 'unmounted' | 'not-yet' } | null;
}

export const ALL_MARKS: readonly Mark[] = ['absent', 'file', 'metacopy', 'dir', 'opaque', 'redirect', 'whiteout', 'symlink', 'other'];
export const MERGED_MARKS: readonly Mark[] = ['absent', 'file', 'dir', 'symlink', 'other'];

/** The mark a grid cell deserves. Merged cells say only what a program sees. */
export function markOf(c: Cell, column: Column): Mark {
  if (column === 'merged') {
    if (c.kind === 'absent' || c.kind === 'file' || c.kind === 'dir' || c.kind === 'symlink') return c.kind;
    return 'other';
  }
  switch (c.kind) {
    case 'absent':
    case 'whiteout':
    case 'symlink':
      return c.kind;
    case 'dir':
      return c.opaque ? 'opaque' : c.redirect !== undefined ? 'redirect' : 'dir';
    case 'file':
      return c.metacopy ? 'metacopy' : 'file';
    default:
      return 'other';
  }
}

/**
 * Runs `before` then the command after `from`'s end, and reads the answer
 * off the grid. Throws ScriptRejected for a command outside the language.
 */
export function revealPredict(goal: Pick<PredictGoal, 'command' | 'ask' | 'columns' | 'mount' | 'before'>, from: Timeline): PredictTruth {
  let before = from;
  for (const c of [...(goal.before ?? []), goal.command]) checkCommand(c);
  for (const c of goal.before ?? []) before = appendCommand(before, c, before.commands.length + 1);
  const after = appendCommand(before, goal.command, before.commands.length + 1);
  const cmd = after.commands[after.commands.length - 1];
  const end = after.total;
  const state = stateAt(after, end);
  const preferred = state.mounts.find((m) => m.target === goal.mount)?.id ?? null;
  const shown = shownMount(after, end, preferred);
  const grid = shown ? gridOf(shown) : null;
  const upper = grid ? grid.layers.findIndex((l) => l.role === 'upper') : -1;
  const cells: PredictTruth['cells'] = {};
  for (const path of goal.ask) {
    const row = grid?.rows.find((r) => r.path === path);
    const byColumn = {} as Record<Column, TruthCell>;
    for (const column of goal.columns) {
      if (!row) {
        byColumn[column] = { mark: 'absent' };
      } else if (column === 'upper') {
        byColumn[column] = { mark: upper < 0 ? 'absent' : markOf(row.cells[upper], 'upper') };
      } else {
        const src = row.from === null ? undefined : grid!.layers.find((l) => l.index === row.from);
        const mark = markOf(row.merged, 'merged');
        byColumn[column] = src ? { mark, from: src.path, layer: src.index } : { mark };
      }
    }
    cells[path] = byColumn;
  }
  const place = shown ? { mount: shown.mount.target, upper: shown.mount.upper?.path ?? null, phase: shown.phase } : null;
  return { command: goal.command, status: cmd.status, ok: cmd.status === 0, cells, after, start: cmd.first, place };
}

/** The right answer, as the learner would have marked it ("show me"). */
export function answerOf(truth: PredictTruth): PredictAnswer {
  const cells: PredictAnswer['cells'] = {};
  for (const [path, cols] of Object.entries(truth.cells)) {
    cells[path] = {};
    for (const [col, cell] of Object.entries(cols) as [Column, TruthCell][]) cells[path][col] = cell.mark;
  }
  return { cells, ok: truth.ok };
}

export function checkPrediction(goal: Pick<PredictGoal, 'ask' | 'columns' | 'askStatus'>, truth: PredictTruth, answer: PredictAnswer): GoalResult {
  const missing: Msg[] = [];
  for (const path of goal.ask) {
    for (const column of goal.columns) {
      const want = truth.cells[path][column].mark;
      const got = answer.cells[path]?.[column];
      const where = { path, column: { key: `column.${column}` } };
      if (got === undefined) missing.push({ key: 'goal.predict.unmarked', params: where });
      else if (got !== want) missing.push({ key: 'goal.predict.cell', params: { ...where, got: kindMsg(got), want: kindMsg(want) } });
    }
  }
  if (goal.askStatus) {
    if (answer.ok === undefined) missing.push({ key: 'goal.predict.status.unmarked' });
    else if (answer.ok !== truth.ok) missing.push({ key: truth.ok ? 'goal.predict.status.ok' : 'goal.predict.status.fail', params: { status: truth.status } });
  }
  return { met: missing.length === 0, missing };
}
