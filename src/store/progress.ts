// Lesson progress survives a reload: the store's Progress, written as the
// lessons layer encodes it, under its own key (a new session or a
// damaged saved session never costs the learner their progress).
import type { StoreApi } from 'zustand';
import { decodeProgress, encodeProgress, PROGRESS_KEY } from '../lessons/progress.ts';
import type { LabState } from './types.ts';

export function restoreProgress(store: StoreApi<LabState>, storage: Storage | null): void {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    raw = null;
  }
  store.setState({ progress: decodeProgress(raw) });
}

/** Writes progress as soon as it changes: a goal met must not be lost to a quick reload. */
export function persistProgress(store: StoreApi<LabState>, storage: Storage): () => void {
  return store.subscribe((s, prev) => {
    if (s.progress === prev.progress) return;
    try {
      storage.setItem(PROGRESS_KEY, encodeProgress(s.progress));
    } catch {
      // Storage full or denied: progress lasts for this page only.
    }
  });
}
