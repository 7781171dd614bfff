// The session survives a reload: the script (plain text, the same a user
// would save), where the cursor stood and what undo can bring back. On
// load the script is replayed; nothing engine-shaped is ever stored.
import type { StoreApi } from 'zustand';
import { formatScenario } from '../scenario/script.ts';
import type { Base, Course, LabState, Replaced } from './types.ts';

export const STORAGE_KEY = 'overlay-lab:session';

export interface SavedSession {
  v: 1;
  script: string;
  name: string;
  base: Base;
  position: number;
  redo: string[];
  selected: string | null;
  /** The lesson or exercise set open with the session, if any. */
  course?: Course | null;
  lessonStep?: number;
}

/** The session as a scenario script that runs unchanged in bash. */
export function scriptOf(s: { title?: string; description?: string; commands: readonly { cmd: string }[] }): string {
  return formatScenario({ title: s.title, description: s.description, steps: s.commands.map((c, i) => ({ line: i + 1, source: c.cmd })) });
}

/** The session's script as saved, shared or kept: once edited, without the title and description it was opened with (they describe what it was). */
export function sessionScript(s: LabState): string {
  return s.edited ? scriptOf({ commands: s.commands }) : scriptOf(s);
}

export function savedOf(s: LabState): SavedSession {
  return { v: 1, script: sessionScript(s), name: s.name, base: s.base, position: s.position, redo: s.redoStack, selected: s.selected, course: s.course, lessonStep: s.lessonStep };
}

function isBase(b: unknown): b is Base {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Record<string, unknown>;
  if (o.kind === 'empty') return true;
  return o.kind === 'stack' && Number.isInteger(o.layers) && Number.isInteger(o.entries) && (o.layers as number) >= 1 && (o.entries as number) <= 1_000_000 && (o.fanout === undefined || (Number.isInteger(o.fanout) && (o.fanout as number) >= 2 && (o.fanout as number) <= 1_000_000));
}

const ID = /^[\w-]{1,60}$/;

/** A course as saved, or null when it is not one. */
export function parseCourse(c: unknown): Course | null {
  if (typeof c !== 'object' || c === null) return null;
  const o = c as Record<string, unknown>;
  if (o.kind === 'lesson' && typeof o.id === 'string' && ID.test(o.id)) return { kind: 'lesson', id: o.id };
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
  const write = () => {
    timer = undefined;
    // An opened image is not kept across reloads yet (its bytes would need IndexedDB): the session
    // saved last (the one the image replaced) stays, rather than one a reload could not open.
    if (store.getState().base.kind === 'image') return;
    const text = JSON.stringify(savedOf(store.getState()));
    if (text === last) return;
    try {
      storage.setItem(STORAGE_KEY, text);
      last = text;
    } catch {
      // Storage full or denied (private mode): the session still works, it just will not survive a reload.
    }
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
    out.push({ ...saved, when: typeof r.when === 'number' ? r.when : 0, title: typeof r.title === 'string' ? r.title : null, commands: Number.isInteger(r.commands) ? (r.commands as number) : 0 });
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
  // Not reopenable after a reload yet: the image's bytes are not kept.
  if (r.request.base.kind === 'image') return null;
  const script = scriptOf({ title: r.request.title, description: r.request.description, commands: commands.map((cmd) => ({ cmd })) });
  return { v: 1, script, name: r.name, base: r.request.base, position: r.position, redo: r.redo, selected: r.selected, course: r.course, lessonStep: r.lessonStep, when, title: r.request.title ?? null, commands: commands.length };
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
