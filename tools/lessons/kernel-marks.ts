// Grid marks read off a kernel trace, for checking the engine's revealed
// answers against Linux. Written independently of src/lessons/predict.ts's
// markOf (which reads the engine's layer grid): if the two ever disagree,
// the kernel test says so.
import type { Column, Mark } from '../../src/lessons/types.ts';
import type { TraceEntry } from '../../src/scenario/trace.ts';

const X = 'trusted.overlay.';

export interface Place {
  /** Workspace path of the mount point. */
  mount: string;
  /** Workspace path of the upper layer; null for a read-only overlay. */
  upper: string | null;
}

export function markOnTrace(tree: readonly TraceEntry[], place: Place, path: string, column: Column): Mark {
  const root = column === 'upper' ? place.upper : place.mount;
  if (root === null) return 'absent';
  const e = tree.find((x) => x.path === `${root}/${path}`);
  if (!e) return 'absent';
  if (column === 'merged') return e.type === 'file' || e.type === 'dir' || e.type === 'symlink' ? e.type : 'other';
  const x = e.xattrs ?? {};
  switch (e.type) {
    case 'whiteout':
    case 'symlink':
      return e.type;
    case 'dir':
      return x[`${X}opaque`] === 'y' ? 'opaque' : x[`${X}redirect`] !== undefined ? 'redirect' : 'dir';
    case 'file':
      return `${X}metacopy` in x ? 'metacopy' : 'file';
    default:
      return 'other';
  }
}
