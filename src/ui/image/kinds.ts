// The image tree's type letters as the grid's cell kinds and their words.
import type { Cell } from '../../engine/explain.ts';
import type { BrowseType } from '../../session/image-browse-types.ts';

const KIND: Record<BrowseType, Cell['kind']> = { f: 'file', d: 'dir', l: 'symlink', c: 'chardev', b: 'blockdev', p: 'fifo', s: 'socket', w: 'whiteout' };

export function cellOf(type: BrowseType, opaque = false): Cell {
  return { kind: KIND[type], ...(opaque ? { opaque: true } : {}) };
}

/** The i18n key naming the type (kind.file, kind.opaqueDir, ...). */
export function typeKey(type: BrowseType, opaque = false): string {
  if (type === 'd' && opaque) return 'kind.opaqueDir';
  const k = KIND[type];
  return `kind.${k === 'blockdev' || k === 'socket' ? 'other' : k}`;
}
