// How a page load picks its session: the one saved in this browser, else
// the seed demo; then a share link in the address, if any, replaces it
// (and a bad link leaves the session as it was, with a message).
import type { StoreApi } from 'zustand';
import { parseSaved, STORAGE_KEY, type SavedBase, type SavedSession } from './persist.ts';
import type { SharedImage, SharedSession } from '../scenario/share.ts';
import { knownAs, shelf } from './shelf.ts';
import type { Base, LabState } from './types.ts';

/** A saved base as the session needs it: an image's archive fetched from the shelf (null: no longer kept). */
async function baseOf(b: SavedBase): Promise<Base | null> {
  if (b.kind !== 'image') return b;
  const blob = await shelf()
    .get(b.kept)
    .catch(() => undefined);
  if (!blob) return null;
  knownAs(blob, b.kept);
  return { kind: 'image', name: b.name, size: b.size, blob };
}

export interface Seed {
  text: string;
  name: string;
}

/** A script without the umount commands it ends with (nor the blank lines and comments after them). */
export function withoutClosingUmounts(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^umount\b/.test(line)) break;
    end = i;
  }
  return end === lines.length ? text : `${lines.slice(0, end).join('\n')}\n`;
}

/**
 * The seed demo, replayed, without its closing umounts (a command typed
 * after it runs on the mounted overlay), opened at its start: a first
 * step, the lessons in view and one call to action (the welcome card).
 */
export async function openSeed(store: StoreApi<LabState>, seed: Seed): Promise<void> {
  // One load, without the umounts: taking them back with Undo after the load raced with a file opened
  // meanwhile (the Undo, sent after that file's load, cut the learner's session to the seed's length).
  if (!(await store.getState().loadScript(withoutClosingUmounts(seed.text), seed.name, undefined, { undoable: false }))) return;
  store.setState({ redoStack: [], edited: false, sideTab: 'course', welcomeAt: store.getState().version });
  store.getState().seek(0);
}

/** Restores the saved session, or opens the seed. */
export async function restoreSession(store: StoreApi<LabState>, storage: Storage | null, seed: Seed): Promise<void> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const saved = parseSaved(raw);
  if (!saved) {
    await openSeed(store, seed);
    if (raw) store.getState().showNotice({ kind: 'error', key: 'notice.savedUnreadable' });
    return;
  }
  const base = await baseOf(saved.base);
  if (!base) {
    await openSeed(store, seed);
    store.getState().showNotice({ kind: 'error', key: 'notice.imageNotKept', params: { name: saved.base.kind === 'image' ? saved.base.name : '' } });
    return;
  }
  if (!(await store.getState().loadScript(saved.script, saved.name, base, { undoable: false }))) {
    const failed = store.getState().notice;
    await openSeed(store, seed);
    store.getState().showNotice({ kind: 'error', key: 'notice.savedRejected', detail: failed?.detail });
    return;
  }
  await showSaved(store, saved);
}

/** After a saved session's script has loaded: its redo stack, lesson, cursor and selection as saved. */
async function showSaved(store: StoreApi<LabState>, saved: SavedSession): Promise<void> {
  store.setState({ redoStack: saved.redo, course: saved.course ?? null, lessonStep: saved.lessonStep ?? 0, results: {}, sideTab: saved.course ? 'course' : 'details' });
  store.getState().seek(saved.position);
  await store.getState().settled();
  // Seeking selects what the step was about; the saved selection wins.
  store.setState({ selected: saved.selected });
  store.getState().refreshView();
}

/** Opens a session from the recent list (itself undoable: the one it replaces is kept). */
export async function openRecent(store: StoreApi<LabState>, saved: SavedSession): Promise<boolean> {
  const base = await baseOf(saved.base);
  if (!base) {
    store.getState().showNotice({ kind: 'error', key: 'notice.imageNotKept', params: { name: saved.base.kind === 'image' ? saved.base.name : '' } });
    return false;
  }
  if (!(await store.getState().loadScript(saved.script, saved.name, base))) return false;
  await showSaved(store, saved);
  return true;
}

/**
 * Replaces the session with the scenario a share link carries, at micro-step
 * `step` if given. A link on an image opens it from this browser's shelf
 * when an archive there has the digest it names; otherwise the session
 * stays as it is and the link waits (`pendingShare`) for the learner to
 * open that file (giveSharedImage).
 */
export async function openShareLink(store: StoreApi<LabState>, value: string, step: number | null = null): Promise<boolean> {
  const { decodeShareLink, ShareLinkError } = await import('../scenario/share.ts');
  let link: SharedSession;
  try {
    link = decodeShareLink(value);
  } catch (e) {
    const detail = e instanceof ShareLinkError ? e.message : String(e);
    store.getState().showNotice({ kind: 'error', key: 'notice.badLink', detail });
    return false;
  }
  if (link.image) {
    const { findKept } = await import('./digest.ts');
    const kept = await findKept(link.image);
    if (kept) return openShared(store, link.script, link.image, kept, step);
    store.setState({ pendingShare: { script: link.script, image: link.image, step, refused: null, checking: false } });
    return false;
  }
  if (!(await store.getState().loadScript(link.script, 'shared.sh'))) {
    const n = store.getState().notice;
    store.getState().showNotice({ kind: 'error', key: 'notice.badLinkScript', detail: n?.detail });
    return false;
  }
  if (step !== null) store.getState().seek(step);
  return true;
}

/** Replays a shared image session on `blob` (known to be the image the link names); undoable like any replacement. */
async function openShared(store: StoreApi<LabState>, script: string, image: SharedImage, blob: Blob, step: number | null): Promise<boolean> {
  store.setState({ treeMode: 'auto', toggled: new Set() });
  if (!(await store.getState().loadScript(script, image.name, { kind: 'image', name: image.name, size: blob.size, blob }))) {
    const n = store.getState().notice;
    store.getState().showNotice({ kind: 'error', key: 'notice.badLinkScript', detail: n?.detail });
    return false;
  }
  store.setState({ sideTab: 'image' });
  if (step !== null) store.getState().seek(step);
  return true;
}

/**
 * The file the learner opened for a waiting share link: refused (and the
 * link still waiting, the session unchanged) unless its sha256 is the one
 * the link names; otherwise the shared session opens on it.
 */
export async function giveSharedImage(store: StoreApi<LabState>, file: Blob, name: string): Promise<boolean> {
  const pending = store.getState().pendingShare;
  if (!pending || pending.checking) return false;
  store.setState({ pendingShare: { ...pending, checking: true } });
  const { archiveDigest } = await import('./digest.ts');
  const digest = await archiveDigest(file).catch(() => 'unreadable');
  if (digest !== pending.image.digest) {
    store.setState({ pendingShare: { ...pending, checking: false, refused: { name, digest } } });
    return false;
  }
  const ok = await openShared(store, pending.script, pending.image, file, pending.step);
  store.setState({ pendingShare: null });
  return ok;
}

/** The learner declined to open the image a link names: the link is dropped, the session stays. */
export function dropSharedImage(store: StoreApi<LabState>): void {
  store.setState({ pendingShare: null });
}
