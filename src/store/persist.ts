// The session survives a reload: the script (plain text, the same a user
// would save), where the cursor stood and what undo can bring back. On
// load the script is replayed; nothing engine-shaped is ever stored.
import type { StoreApi } from 'zustand';
import { formatScenario } from '../scenario/script.ts';
import { shelf, shelfKey } from './shelf.ts';
import type { Base, Course, LabState, Replaced } from './types.ts';

export const STORAGE_KEY = 'overlay-lab:session';

/** An opened image as saved: its archive is on the shelf (src/store/shelf.ts) under `kept`. */
export interface KeptImage {
  kind: 'image';
  name: string;
  size: number;
  kept: string;
}

/** A base as text can hold it. */
export type SavedBase = Exclude<Base, { kind: 'image' }> | KeptImage;

/** The base as saved: an image by the key its archive is kept under. */
export function savedBase(b: Base): SavedBase {
  return b.kind === 'image' ? { kind: 'image', name: b.name, size: b.size, kept: shelfKey(b.blob) } : b;
}

export interface SavedSession {
  v: 1;
  script: string;
  name: string;
  base: SavedBase;
  position: number;
  redo: string[];
  selected: string | null;
  /** The lesson or exercise set open with the session, if any. */
  course?: Course | null;
  lessonStep?: number;
}

/** The session as a scenario script that runs unchanged in bash. */
export function scriptOf(s: { title?: string; description?: string; titleZh?: string; descriptionZh?: string; commands: readonly { cmd: string }[] }): string {
  return formatScenario({ title: s.title, description: s.description, titleZh: s.titleZh, descriptionZh: s.descriptionZh, steps: s.commands.map((c, i) => ({ line: i + 1, source: c.cmd })) });
}

/** The session's script as saved, shared or kept: once edited, without the title and description it was opened with (they describe what it was). */
export function sessionScript(s: LabState): string {
  return s.edited ? scriptOf({ commands: s.commands }) : scriptOf(s);
}

export function savedOf(s: LabState): SavedSession {
  return { v: 1, script: sessionScript(s), name: s.name, base: savedBase(s.base), position: s.position, redo: s.redoStack, selected: s.selected, course: s.course, lessonStep: s.lessonStep };
}

const KEPT = /^image-[a-z0-9-]{1,40}$/;

function isBase(b: unknown): b is SavedBase {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Record<string, unknown>;
  if (o.kind === 'empty') return true;
  if (o.kind === 'image') return typeof o.name === 'string' && o.name.length <= 4096 && Number.isInteger(o.size) && (o.size as number) >= 0 && typeof o.kept === 'string' && KEPT.test(o.kept);
  return o.kind === 'stack' && Number.isInteger(o.layers) && Number.isInteger(o.entries) && (o.layers as number) >= 1 && (o.entries as number) <= 1_000_000 && (o.fanout === undefined || (Number.isInteger(o.fanout) && (o.fanout as number) >= 2 && (o.fanout as number) <= 1_000_000));
}

const ID = /^[\w-]{1,60}$/;

/** A course as saved, or null when it is not one. */
export function parseCourse(c: unknown): Course | null {
  if (typeof c !== 'object' || c === null) return null;
  const o = c as Record<string, unknown>;
  if (o.kind === 'lesson' && typeof o.id === 'string' && ID.test(o.id)) return { kind: 'lesson', id: o.id, ...(Number.isInteger(o.imageLayers) && (o.imageLayers as number) >= 0 && (o.imageLayers as number) <= 100_000 ? { imageLayers: o.imageLayers as number } : {}) };
  const int = (x: unknown, max: number) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
  if (o.kind === 'exercises' && typeof o.seed === 'string' && ID.test(o.seed) && int(o.level, 99) && int(o.index, 9999)) {
    return { kind: 'exercises', seed: o.seed, level: o.level as number, index: o.index as number };
  }
  return null;
}

/** A saved session, or null when there is none or it is not one of ours. */
export function parseSaved(raw: string | null): SavedSession | null {
  if (!raw) return null;
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null) return null;
  const s = o as Record<string, unknown>;
  if (s.v !== 1 || typeof s.script !== 'string' || typeof s.name !== 'string' || !isBase(s.base)) return null;
  if (typeof s.position !== 'number' || !Array.isArray(s.redo) || !s.redo.every((r) => typeof r === 'string')) return null;
  const lessonStep = Number.isInteger(s.lessonStep) && (s.lessonStep as number) >= 0 ? (s.lessonStep as number) : 0;
  return { v: 1, script: s.script, name: s.name, base: s.base, position: s.position, redo: s.redo as string[], selected: typeof s.selected === 'string' ? s.selected : null, course: parseCourse(s.course), lessonStep };
}

/**
 * Writes the session whenever it changes, a moment later so a burst of
 * steps (playback, a held arrow key) costs one write. Returns the unsubscribe.
 */
export function persistTo(store: StoreApi<LabState>, storage: Storage, delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  /** Archives already on the shelf (by key), and the one being put there. */
  const shelved = new Set<string>();
  let putting: string | null = null;
  const write = () => {
    timer = undefined;
    const state = store.getState();
    const base = state.base;
    if (base.kind === 'image') {
      // The archive goes on the shelf before the text that names it is saved, so a reload never
      // finds a session it cannot open; until then the session saved before stays.
      const key = shelfKey(base.blob);
      if (!shelved.has(key)) {
        if (putting === key) return;
        putting = key;
        shelving.add(key);
        shelf()
          .put(key, base.blob)
          .then(() => {
            shelved.add(key);
            if (store.getState().base === base) write();
          })
          .catch(() => {
            // IndexedDB refused (private mode, quota): the image works, it just will not survive a reload.
          })
          .finally(() => {
            if (putting === key) putting = null;
            // Named by the saved text now (or not wanted any more): pruning may judge it.
            shelving.delete(key);
          });
        return;
      }
    }
    const text = JSON.stringify(savedOf(state));
    if (text === last) return;
    try {
      storage.setItem(STORAGE_KEY, text);
      last = text;
    } catch {
      // Storage full or denied (private mode): the session still works, it just will not survive a reload.
      return;
    }
    void pruneShelf(storage, liveShelfKeys(state));
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.commands === prev.commands && s.title === prev.title && s.position === prev.position && s.redoStack === prev.redoStack && s.selected === prev.selected && s.name === prev.name && s.course === prev.course && s.lessonStep === prev.lessonStep && s.edited === prev.edited) return;
    if (timer === undefined) timer = setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
}

/** The detail level the reader chose last (none yet: a first visit, which starts simple). */
export const DETAIL_KEY = 'overlay-lab:detail';

/** Restores the detail level chosen before, then keeps it saved whenever it changes. Returns the unsubscribe. */
export function persistDetail(store: StoreApi<LabState>, storage: Storage): () => void {
  try {
    const saved = storage.getItem(DETAIL_KEY);
    if (saved === 'simple' || saved === 'full') store.getState().setDetail(saved);
  } catch {
    // Storage denied: the first-visit default stays.
  }
  return store.subscribe((s, prev) => {
    if (s.detail === prev.detail) return;
    try {
      storage.setItem(DETAIL_KEY, s.detail);
    } catch {
      // As for the session: it works, it just will not survive a reload.
    }
  });
}

/** The sessions replaced lately, newest first, kept across reloads so any can be opened again. */
export const RECENT_KEY = 'overlay-lab:recent';
export const MAX_RECENT = 10;

export interface RecentSession extends SavedSession {
  /** When it was replaced (ms since the epoch). */
  when: number;
  title: string | null;
  /** The title in Simplified Chinese, when the session had one. */
  titleZh?: string;
  commands: number;
}

/** The recent sessions saved in `storage`, newest first; unreadable entries are skipped. */
export function readRecent(storage: Storage | null): RecentSession[] {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(RECENT_KEY) ?? null;
  } catch {
    return [];
  }
  if (!raw) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: RecentSession[] = [];
  for (const o of list.slice(0, MAX_RECENT)) {
    const saved = parseSaved(JSON.stringify(o));
    if (!saved || typeof o !== 'object') continue;
    const r = o as Record<string, unknown>;
    out.push({ ...saved, when: typeof r.when === 'number' ? r.when : 0, title: typeof r.title === 'string' ? r.title : null, ...(typeof r.titleZh === 'string' ? { titleZh: r.titleZh } : {}), commands: Number.isInteger(r.commands) ? (r.commands as number) : 0 });
  }
  return out;
}

const sameSession = (a: SavedSession, b: SavedSession) => a.script === b.script && a.name === b.name && JSON.stringify(a.base) === JSON.stringify(b.base);

/** Puts `entry` first in the recent list (dropping an older copy of the same session), ten at most. */
export function recordRecent(storage: Storage, entry: RecentSession): void {
  const list = [entry, ...readRecent(storage).filter((e) => !sameSession(e, entry))].slice(0, MAX_RECENT);
  try {
    storage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Storage full or denied: the list is a convenience, the session itself is unaffected.
  }
}

/** A replaced session as a recent-list entry; null when there is nothing to reopen (no command on an empty workspace). */
export function recentOf(r: Replaced, when: number): RecentSession | null {
  const commands = r.request.commands ?? [];
  if (commands.length === 0 && r.request.base.kind === 'empty') return null;
  const script = scriptOf({ title: r.request.title, description: r.request.description, titleZh: r.request.titleZh, descriptionZh: r.request.descriptionZh, commands: commands.map((cmd) => ({ cmd })) });
  return { v: 1, script, name: r.name, base: savedBase(r.request.base), position: r.position, redo: r.redo, selected: r.selected, course: r.course, lessonStep: r.lessonStep, when, title: r.request.title ?? null, ...(r.request.titleZh ? { titleZh: r.request.titleZh } : {}), commands: commands.length };
}

/** Keeps every session replaced (and so kept for Undo) in the recent list too. Returns the unsubscribe. */
export function recordReplaced(store: StoreApi<LabState>, storage: Storage): () => void {
  return store.subscribe((s, prev) => {
    const top = s.replacedStack[s.replacedStack.length - 1];
    if (!top || top === prev.replacedStack[prev.replacedStack.length - 1] || s.replacedStack.length < prev.replacedStack.length) return;
    const entry = recentOf(top, Date.now());
    if (entry) recordRecent(storage, entry);
  });
}

/**
 * Takes off the shelf every archive that neither the saved session nor the
 * recent list names any more (images are big; only those a reload or the
 * recent list can open again are kept).
 */
export async function pruneShelf(storage: Storage, live: Iterable<string> = []): Promise<void> {
  try {
    const s = shelf();
    const keys = await s.keys();
    // What the saved texts name is read after the shelf's keys, and an archive being shelved is never
    // removed: one put there while the keys were read is named only once its put has finished.
    const named = new Set<string>([...shelving, ...live]);
    const note = (b: SavedBase | undefined) => b?.kind === 'image' && named.add(b.kept);
    note(parseSaved(storage.getItem(STORAGE_KEY))?.base);
    for (const r of readRecent(storage)) note(r.base);
    for (const k of keys) if (!named.has(k)) await s.del(k);
  } catch {
    // The shelf or the storage cannot be read: nothing is removed.
  }
}

/**
 * The shelf keys of the archives the page still holds: the session's, and those Undo or Redo can bring
 * back. Their texts may not be saved at this moment (Undo went back from an image), but Redo will save
 * them again, naming the key, so their archives must stay on the shelf.
 */
function liveShelfKeys(s: LabState): string[] {
  const bases = [s.base, ...s.replacedStack.map((r) => r.request.base), ...s.forwardStack.flatMap((f) => [f.session.request.base, f.back.request.base])];
  return bases.flatMap((b) => (b.kind === 'image' ? [shelfKey(b.blob)] : []));
}

/** Archives on their way to the shelf (put, then the text naming them saved): pruning leaves them alone. */
const shelving = new Set<string>();
