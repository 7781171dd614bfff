// How a page load picks its session: the one saved in this browser, else
// the seed demo; then a share link in the address, if any, replaces it
// (and a bad link leaves the session as it was, with a message).
import type { StoreApi } from 'zustand';
import { focusAt } from './cursor.ts';
import { parseSaved, STORAGE_KEY } from './persist.ts';
import type { LabState } from './types.ts';

export interface Seed {
  text: string;
  name: string;
}

/**
 * The seed demo, replayed, with its closing umounts taken back into the
 * redo stack: the page opens mounted and ready to edit, and Redo (or the
 * timeline) still shows how the scenario ends.
 */
export function openSeed(store: StoreApi<LabState>, seed: Seed): void {
  const s = store.getState();
  if (!s.loadScript(seed.text, seed.name)) return;
  while (/^umount\b/.test(store.getState().timeline.commands.at(-1)?.cmd ?? '')) store.getState().undo();
  const { timeline } = store.getState();
  store.setState({ selected: focusAt(timeline, timeline.micro.length, null) });
}

/** Restores the saved session, or opens the seed. Synchronous: the first paint already shows it. */
export function restoreSession(store: StoreApi<LabState>, storage: Storage | null, seed: Seed): void {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const saved = parseSaved(raw);
  if (!saved) {
    openSeed(store, seed);
    if (raw) store.getState().showNotice({ kind: 'error', key: 'notice.savedUnreadable' });
    return;
  }
  if (!store.getState().loadScript(saved.script, saved.name, saved.base)) {
    const failed = store.getState().notice;
    openSeed(store, seed);
    store.getState().showNotice({ kind: 'error', key: 'notice.savedRejected', detail: failed?.detail });
    return;
  }
  store.setState({ redoStack: saved.redo, selected: saved.selected, course: saved.course ?? null, lessonStep: saved.lessonStep ?? 0, sideTab: saved.course ? 'course' : 'details' });
  store.getState().seek(saved.position);
  // Seeking selects what the step was about; the saved selection wins.
  store.setState({ selected: saved.selected });
}

/** Replaces the session with the scenario a share link carries. */
export async function openShareLink(store: StoreApi<LabState>, value: string): Promise<boolean> {
  const { decodeShare, ShareLinkError } = await import('../scenario/share.ts');
  let text: string;
  try {
    text = decodeShare(value);
  } catch (e) {
    const detail = e instanceof ShareLinkError ? e.message : String(e);
    store.getState().showNotice({ kind: 'error', key: 'notice.badLink', detail });
    return false;
  }
  if (!store.getState().loadScript(text, 'shared.sh')) {
    const n = store.getState().notice;
    store.getState().showNotice({ kind: 'error', key: 'notice.badLinkScript', detail: n?.detail });
    return false;
  }
  return true;
}
