// Values the views read that are derived from the store: the shown
// overlay, the micro-step at the cursor and the command it belongs to.
// Each returns a value already in the store (or a primitive), so selectors
// stay stable and React renders only on real change.
import type { MicroStep } from '../replay/timeline.ts';
import type { ShownInfo } from '../replay/view.ts';
import { commandAtPosition } from './cursor.ts';
import type { LabState } from './types.ts';

export function selectShown(s: LabState): ShownInfo | null {
  return s.view?.shown ?? null;
}

/** The micro-step just applied (null at the start, or before the host has answered). */
export function selectCurrentMicro(s: LabState): MicroStep | null {
  return s.view && s.view.position === s.position ? s.view.micro : null;
}

/** The views show the session as it stands: no command, load or view on its way (tests and tools wait for this). */
export function selectSettled(s: LabState): boolean {
  return !s.booting && s.working === 0 && !s.fetching && s.view !== null && s.view.position === s.position;
}

/** The command the cursor is in or just after (-1 before the first). */
export function selectCurrentCommand(s: LabState): number {
  return commandAtPosition(s.commands, s.position);
}

/**
 * The position the long lists (the timeline, the terminal log) follow: the
 * cursor, except while the scrubber is dragged, when they stay where the drag
 * began. Following thousands of entries at every move made the drag stutter.
 */
export function selectListPosition(s: LabState): number {
  return s.scrubbing ?? s.position;
}
