// The words the grid's test handles use for a cell: the trace's entry
// types (overlay-trace/1), plus "absent". The engine's kinds map onto them
// one to one, except the two the trace folds into "other".
import type { Cell, CellKind } from '../../engine/explain.ts';

export type TraceKind = 'file' | 'dir' | 'symlink' | 'whiteout' | 'chardev' | 'fifo' | 'other' | 'unresolvable' | 'absent';

export function traceKind(k: CellKind): TraceKind {
  return k === 'blockdev' || k === 'socket' ? 'other' : k;
}

/** The i18n key that names what a cell holds, most telling mark first. */
export function cellLabelKey(c: Cell): string {
  if (c.kind === 'dir' && c.opaque) return 'kind.opaqueDir';
  if (c.kind === 'dir' && c.redirect !== undefined) return 'kind.redirectDir';
  if (c.kind === 'file' && c.metacopy) return 'kind.metacopy';
  return `kind.${traceKind(c.kind)}`;
}
