// Where a workspace path sits in an overlay: the merged view, one of its
// layers, or its workdir, and the path inside it. Events name workspace
// paths ("upper/a.txt", "work/work/#1"); the views name rows by the path
// inside the overlay ("a.txt") and columns by layer.
import type { EngineEvent } from '../engine/events.ts';
import { layersOf } from '../engine/explain.ts';
import type { OverlayMount } from '../engine/workspace.ts';

export type Slot = { kind: 'merged' } | { kind: 'work' } | { kind: 'layer'; index: number };

export interface Place {
  slot: Slot;
  /** Path inside the slot ("" for its root). */
  path: string;
}

function under(root: string, path: string): string | null {
  if (root === '') return path;
  if (path === root) return '';
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : null;
}

/** The slot holding a workspace path; the deepest root wins (a layer may sit inside another). */
export function placeOf(m: OverlayMount, workspacePath: string): Place | null {
  // Narration labels unnamed objects: "work/work (O_TMPFILE)".
  const path = workspacePath.replace(/ \([^)]*\)$/, '');
  const roots: { root: string; slot: Slot }[] = [{ root: m.target, slot: { kind: 'merged' } }];
  layersOf(m).forEach((l, index) => roots.push({ root: l.path, slot: { kind: 'layer', index } }));
  if (m.work) roots.push({ root: m.work.path, slot: { kind: 'work' } });
  let best: Place | null = null;
  let bestLen = -1;
  for (const { root, slot } of roots) {
    const rest = under(root, path);
    if (rest !== null && root.length > bestLen) {
      best = { slot, path: rest };
      bestLen = root.length;
    }
  }
  return best;
}

/** The workspace paths an event touches, the main one first. */
export function pathsOf(e: EngineEvent): string[] {
  switch (e.type) {
    case 'lookup':
    case 'create':
    case 'unlink':
    case 'rmdir':
    case 'write':
    case 'truncate':
    case 'setattr':
    case 'setxattr':
    case 'removexattr':
    case 'error':
      return [e.path];
    case 'copy-up':
      return [e.path, e.from, e.to];
    case 'link':
    case 'rename':
      return [e.to, e.from];
    case 'mount':
    case 'umount':
      return [e.target];
  }
}

/** The row (path inside the overlay) an event is about, if it is about one. */
export function focusOf(e: EngineEvent, m: OverlayMount): string | null {
  for (const p of pathsOf(e)) {
    const place = placeOf(m, p);
    if (place && place.slot.kind !== 'work' && place.path !== '') return place.path;
  }
  return null;
}
