// Values the views read that are computed from the state: the mount shown
// at the cursor and its grid. Memoized on their inputs, so every component
// gets the very same object until the timeline, cursor or pick changes
// (selectors must be stable, or React would re-render forever).
import type { Grid } from '../engine/explain.ts';
import { gridOf } from '../replay/grid.ts';
import { shownMount, viewStateAt, type ShownMount } from '../replay/mounts.ts';
import type { MicroStep, Timeline } from '../replay/timeline.ts';
import type { LabState } from './types.ts';

let last: { t: Timeline; p: number; pref: number | null; value: ShownMount | null } | null = null;

export function selectShown(s: LabState): ShownMount | null {
  if (last && last.t === s.timeline && last.p === s.position && last.pref === s.preferredMount) return last.value;
  const value = shownMount(s.timeline, s.position, s.preferredMount);
  // The same mount in the same state needs no new object either.
  const same = last?.value && value && last.value.state === value.state && last.value.mount === value.mount && last.value.phase === value.phase;
  last = { t: s.timeline, p: s.position, pref: s.preferredMount, value: same ? last!.value : value };
  return last.value;
}

/** The grid at the cursor (gridOf caches per state, so this is cheap to call again). */
export function selectGrid(s: LabState): Grid | null {
  const shown = selectShown(s);
  return shown ? gridOf(shown) : null;
}

export function selectState(s: LabState) {
  return viewStateAt(s.timeline, s.position);
}

/** The micro-step just applied (null at the start). */
export function selectCurrentMicro(s: LabState): MicroStep | null {
  return s.position > 0 ? s.timeline.micro[s.position - 1] ?? null : null;
}

/** The command the cursor is in or just after (-1 before the first). */
export function selectCurrentCommand(s: LabState): number {
  return selectCurrentMicro(s)?.command ?? -1;
}
