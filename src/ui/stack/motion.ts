// What moves in the stack view at a micro-step: from which slab to which,
// and what kind of thing it is. A copy-up's temp file rises from the lower
// layer into work/, then is linked or renamed up into upper/; a whiteout
// is made in work/ and renamed onto its name in upper/; a lookup falls
// from merged to the layer where it stopped.
import type { EngineEvent } from '../../engine/events.ts';
import type { OverlayMount } from '../../engine/workspace.ts';
import { placeOf } from '../../replay/focus.ts';
import { slotKey } from './layout.ts';

export type MotionKind = 'lookup' | 'copy' | 'whiteout' | 'opaque' | 'mark' | 'create' | 'move' | 'write' | 'remove' | 'mount' | 'error';

export interface Motion {
  /** Slab the token starts in (null: it appears in place). */
  from: string | null;
  to: string;
  kind: MotionKind;
  label: string;
}

const base = (p: string) => p.split('/').filter(Boolean).pop() ?? p;

/** The slab key holding a workspace path, or null when it is outside the overlay. */
function slab(m: OverlayMount, path: string): string | null {
  const p = placeOf(m, path);
  return p ? slotKey(p.slot) : null;
}

/** The source slab of the copy-up running at this point of the command, if any. */
function copyUpSource(m: OverlayMount, prior: readonly EngineEvent[]): { from: string | null; name: string } | null {
  for (let i = prior.length - 1; i >= 0; i--) {
    const e = prior[i];
    if (e.type !== 'copy-up') continue;
    return e.phase === 'begin' ? { from: slab(m, e.from), name: base(e.path) } : null;
  }
  return null;
}

/** `prior`: the events of the same command before this one. */
export function motionOf(e: EngineEvent, m: OverlayMount, prior: readonly EngineEvent[]): Motion | null {
  const cu = copyUpSource(m, prior);
  const at = (path: string, kind: MotionKind, label = base(path), from: string | null = null): Motion | null => {
    const to = slab(m, path);
    if (!to) return null;
    // Inside a copy-up, what happens in work/ happens to the file being copied (the temp file has no name of its own).
    if (cu && to === 'work' && kind !== 'whiteout') return { from, to, kind: 'copy', label: cu.name };
    return { from, to, kind, label };
  };
  switch (e.type) {
    case 'lookup': {
      const last = e.probes[e.probes.length - 1];
      const to = last ? slab(m, last.path) : 'merged';
      return to ? { from: 'merged', to, kind: 'lookup', label: base(e.path) } : null;
    }
    case 'copy-up':
      return e.phase === 'begin' ? at(e.from, 'copy', base(e.path)) : at(e.to, 'copy', base(e.path));
    case 'create':
      if (e.node === 'whiteout' || e.cause === 'whiteout') return at(e.path, 'whiteout');
      if (cu && e.cause === 'copy-up') return at(e.path, 'copy', cu.name, cu.from);
      return at(e.path, 'create');
    case 'link':
    case 'rename': {
      const to = slab(m, e.to);
      if (!to) return null;
      const kind: MotionKind = e.cause === 'whiteout' ? 'whiteout' : e.cause === 'copy-up' ? 'copy' : 'move';
      return { from: slab(m, e.from), to, kind, label: base(e.to) };
    }
    case 'write':
    case 'truncate':
    case 'setattr':
      return at(e.path, 'write');
    case 'setxattr':
    case 'removexattr':
      return at(e.path, e.cause === 'opaque' || e.name.endsWith('.opaque') ? 'opaque' : 'mark', e.name.replace(/^(trusted|user)\.overlay\./, ''));
    case 'unlink':
    case 'rmdir':
      return at(e.path, 'remove');
    case 'mount':
    case 'umount':
      return { from: null, to: 'merged', kind: 'mount', label: e.target };
    case 'error':
      return { from: null, to: 'merged', kind: 'error', label: e.errno };
  }
}
