// What moves in the stack view at a micro-step: from which slab to which,
// and what kind of thing it is. A copy-up's temp file rises from the lower
// layer into work/, then is linked or renamed up into upper/; a whiteout
// is made in work/ and renamed onto its name in upper/; a lookup falls
// from merged to the layer where it stopped. Read off the events' own
// references (inodes, layers, paths inside the overlay), never their labels.
import type { EngineEvent } from '../engine/events.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';
import { kernelIndex, placeOfIno, placeOfRef, slotOfLayer, type Slot } from './place.ts';

export type MotionKind = 'lookup' | 'readdir' | 'copy' | 'whiteout' | 'opaque' | 'mark' | 'create' | 'move' | 'write' | 'remove' | 'mount' | 'error';

export interface Motion {
  /** Slab the token starts in (null: it appears in place). */
  from: string | null;
  to: string;
  kind: MotionKind;
  label: string;
  /** A slab read (not changed) at this step: readdir's layer. */
  read?: string;
}

export function slotKey(slot: Slot): string {
  return slot.kind === 'layer' ? `layer:${slot.index}` : slot.kind;
}

const last = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The copy-up running at this point of the command, if any: its source slab and the name it copies. */
function copyUpSource(m: OverlayMount, prior: readonly EngineEvent[], end: number): { from: string; name: string } | null {
  // A copy-up is a few dozen steps at most: no need to look further back.
  for (let i = end - 1; i >= Math.max(0, end - 256); i--) {
    const e = prior[i];
    if (e.type !== 'copy-up' || e.mount !== m.id) continue;
    return e.phase === 'begin' ? { from: slotKey(slotOfLayer(m, e.layer)), name: e.at[e.at.length - 1] ?? '' } : null;
  }
  return null;
}

/**
 * `ws`: the workspace right after the event; `prior[0 .. end)`: the events
 * of the same command before this one, oldest first.
 */
export function motionOf(ws: Workspace, e: EngineEvent, m: OverlayMount, prior: readonly EngineEvent[], end = prior.length): Motion | null {
  const cu = copyUpSource(m, prior, end);
  const place = (slot: Slot | null | undefined, kind: MotionKind, label: string, from: string | null = null): Motion | null => {
    if (!slot) return null;
    const to = slotKey(slot);
    // Inside a copy-up, what happens in work/ happens to the file being copied (the temp file has no name of its own).
    if (cu && to === 'work' && kind !== 'whiteout') return { from, to, kind: 'copy', label: cu.name };
    return { from, to, kind, label };
  };
  switch (e.type) {
    case 'lookup': {
      if (e.mount !== m.id) return null;
      const stop = e.probes[e.probes.length - 1];
      const label = e.at[e.at.length - 1] ?? m.target;
      return { from: 'merged', to: stop ? slotKey(slotOfLayer(m, kernelIndex(m, stop.layer))) : 'merged', kind: 'lookup', label };
    }
    case 'copy-up': {
      if (e.mount !== m.id) return null;
      const label = e.at[e.at.length - 1] ?? '';
      if (e.phase === 'begin') return { from: null, to: slotKey(slotOfLayer(m, e.layer)), kind: 'copy', label };
      return { from: null, to: e.into === 'index' ? 'work' : slotKey(slotOfLayer(m, 0)), kind: 'copy', label };
    }
    case 'create': {
      const p = placeOfRef(ws, m, e.ref);
      const name = e.ref.name ?? (cu?.name || '');
      if (e.node === 'whiteout' || e.cause === 'whiteout') return place(p?.slot, 'whiteout', name);
      if (cu && e.cause === 'copy-up') return place(p?.slot, 'copy', cu.name, cu.from);
      return place(p?.slot, 'create', name);
    }
    case 'link':
    case 'rename': {
      const to = placeOfRef(ws, m, e.ref);
      if (!to) return null;
      const src = e.type === 'rename' ? placeOfRef(ws, m, e.src) : placeOfIno(ws, m, e.ref.ino, prior, end);
      const kind: MotionKind = e.cause === 'whiteout' ? 'whiteout' : e.cause === 'copy-up' ? 'copy' : 'move';
      return { from: src ? slotKey(src.slot) : null, to: slotKey(to.slot), kind, label: e.ref.name ?? '' };
    }
    case 'write':
    case 'truncate':
    case 'setattr': {
      const p = placeOfIno(ws, m, e.ino, prior, end);
      return place(p?.slot, 'write', p ? last(p.path) : '');
    }
    case 'setxattr':
    case 'removexattr': {
      const p = placeOfIno(ws, m, e.ino, prior, end);
      return place(p?.slot, e.cause === 'opaque' || e.name.endsWith('.opaque') ? 'opaque' : 'mark', e.name.replace(/^(trusted|user)\.overlay\./, ''));
    }
    case 'unlink':
    case 'rmdir': {
      const p = placeOfRef(ws, m, e.ref);
      return place(p?.slot, 'remove', e.ref.name ?? '');
    }
    case 'mount':
    case 'umount':
      return { from: null, to: 'merged', kind: 'mount', label: e.target };
    case 'readdir': {
      // The layer read lights up; what it adds rises to merged, counted.
      if (e.mount !== m.id) return null;
      const hidden = e.counts.whiteouts + e.counts.whitedOut + e.counts.above;
      return { from: slotKey(slotOfLayer(m, e.layer)), to: 'merged', kind: 'readdir', label: `+${e.counts.added}${hidden > 0 ? ` −${hidden}` : ''}`, read: slotKey(slotOfLayer(m, e.layer)) };
    }
    case 'dcache':
      return null;
    case 'error':
      return { from: null, to: 'merged', kind: 'error', label: e.errno };
  }
}
