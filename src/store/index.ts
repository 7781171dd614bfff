// The one store, assembled from its slices. `createLabStore` makes a fresh
// one (tests make many); the app uses `labStore` and the `useLab` hook.
import { createStore, useStore } from 'zustand';
import { courseSlice } from './course.ts';
import { cursorSlice } from './cursor.ts';
import { playbackSlice, prefsSlice } from './playback.ts';
import { selectionSlice } from './selection.ts';
import { sessionSlice } from './session.ts';
import type { LabState } from './types.ts';

export function createLabStore() {
  return createStore<LabState>()((...a) => ({
    ...sessionSlice(...a),
    ...cursorSlice(...a),
    ...selectionSlice(...a),
    ...playbackSlice(...a),
    ...prefsSlice(...a),
    ...courseSlice(...a),
  }));
}

export const labStore = createLabStore();

export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(labStore, selector);
}

export type { Base, Course, LabState, Notice, Rejected, SideTab, TreeMode } from './types.ts';
export { SPEEDS } from './types.ts';
export { commandBoundaries, commandStep } from './cursor.ts';
export { isOpen, OPEN_TREE_LIMIT } from './selection.ts';
export { scriptOf, persistTo, STORAGE_KEY } from './persist.ts';
export { persistProgress, restoreProgress } from './progress.ts';
export { restoreSession, openShareLink, openSeed, type Seed } from './boot.ts';
export { UNTITLED } from './session.ts';
export { selectShown, selectGrid, selectState, selectCurrentMicro, selectCurrentCommand } from './derived.ts';
