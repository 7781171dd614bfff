// The position every view shows: a count of micro-steps applied. Seeking
// is an index into the timeline; nothing is undone by running an inverse.
import type { StateCreator } from 'zustand';
import { focusOf } from '../replay/focus.ts';
import { shownMount } from '../replay/mounts.ts';
import type { Timeline } from '../replay/timeline.ts';
import type { CursorSlice, LabState } from './types.ts';

/** Positions at command ends, ascending, without repeats (commands with no micro-steps share one). */
export function commandBoundaries(t: Timeline): number[] {
  const out = [0];
  for (const c of t.commands) {
    const end = c.first + c.count;
    if (end !== out[out.length - 1]) out.push(end);
  }
  return out;
}

/** The next command boundary after `position` (delta 1) or before it (delta -1). */
export function commandStep(t: Timeline, position: number, delta: 1 | -1): number {
  const b = commandBoundaries(t);
  if (delta > 0) return b.find((x) => x > position) ?? t.micro.length;
  for (let i = b.length - 1; i >= 0; i--) if (b[i] < position) return b[i];
  return 0;
}

/** The row the micro-step just applied is about, in the mount the views show there. */
export function focusAt(t: Timeline, position: number, preferredMount: number | null): string | null {
  if (position <= 0) return null;
  const shown = shownMount(t, position, preferredMount);
  return shown ? focusOf(t.micro[position - 1].event, shown.mount) : null;
}

export const cursorSlice: StateCreator<LabState, [], [], CursorSlice> = (set, get) => ({
  position: 0,

  seek(position) {
    const { timeline, follow, preferredMount, selected } = get();
    const p = Math.max(0, Math.min(timeline.micro.length, Math.round(position)));
    const focus = follow ? focusAt(timeline, p, preferredMount) : null;
    set({ position: p, selected: focus ?? selected });
  },

  stepMicro(delta) {
    get().seek(get().position + delta);
  },

  stepCommand(delta) {
    const { timeline, position } = get();
    get().seek(commandStep(timeline, position, delta));
  },
});
