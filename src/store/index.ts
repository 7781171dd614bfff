// The one store, assembled from its slices. `createLabStore` makes a fresh
// one (tests make many); the app uses `labStore` and the `useLab` hook.
import { createStore, useStore } from 'zustand';
import { courseSlice } from './course.ts';
import { cursorSlice } from './cursor.ts';
import { playbackSlice, prefsSlice } from './playback.ts';
import { selectionSlice } from './selection.ts';
import { sessionSlice } from './session.ts';
import type { LabState } from './types.ts';
import { LocalHost, type SessionHost } from '../session/host.ts';
import { defaultHost } from '../session/default-host.ts';

/** A store over a session host: a Web Worker in the browser, this thread elsewhere (tests, Node). */
export function createLabStore(host: SessionHost = new LocalHost()) {
  return createStore<LabState>()((...a) => ({
    ...sessionSlice(host)(...a),
    ...cursorSlice(...a),
    ...selectionSlice(...a),
    ...playbackSlice(...a),
    ...prefsSlice(...a),
    ...courseSlice(...a),
  }));
}

export const labStore = createLabStore(defaultHost());

export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(labStore, selector);
}

export type { PendingShare, Replaced, Forward, ContainerRow, ExportFormat, MadeFile, Base, Busy, CommandMeta, Course, DetailLevel, LabState, Notice, Rejected, SideTab, TreeMode, ViewState } from './types.ts';
export { SPEEDS } from './types.ts';
export { commandAtPosition, commandBoundaries, commandStep } from './cursor.ts';
export { isOpen, OPEN_TREE_LIMIT } from './selection.ts';
export { scriptOf, sessionScript, persistTo, persistDetail, STORAGE_KEY, DETAIL_KEY, RECENT_KEY, readRecent, recordReplaced, type RecentSession } from './persist.ts';
export { persistProgress, restoreProgress } from './progress.ts';
export { indexedDbShelf, setShelf } from './shelf.ts';
export { restoreSession, openShareLink, giveSharedImage, dropSharedImage, openSeed, openRecent, type Seed } from './boot.ts';
export { UNTITLED, currentRequest, undoRestores, redoNext, terminalCwd, containerAt, cdLine } from './session.ts';
export { selectShown, selectCurrentMicro, selectCurrentCommand, selectSettled, selectListPosition } from './derived.ts';
