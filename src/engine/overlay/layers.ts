// Names the overlay writes on disk, and how its layers are labelled.
import { dirPathString, joinPath } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount, Workspace } from '../workspace.ts';

/** The trusted.overlay.* xattrs (OVL_XATTR_*). */
export const X = {
  opaque: 'trusted.overlay.opaque',
  redirect: 'trusted.overlay.redirect',
  origin: 'trusted.overlay.origin',
  impure: 'trusted.overlay.impure',
  nlink: 'trusted.overlay.nlink',
  upper: 'trusted.overlay.upper',
  metacopy: 'trusted.overlay.metacopy',
  uuid: 'trusted.overlay.uuid',
  protattr: 'trusted.overlay.protattr',
  whiteout: 'trusted.overlay.whiteout',
} as const;

export const OVL_XATTR_PREFIX = 'trusted.overlay.';

export const isPrivateXattr = (name: string): boolean => name.startsWith(OVL_XATTR_PREFIX);

/** The workspace path of `name` inside a real directory of a layer. */
export function layerLabelPath(ws: Workspace, _m: OverlayMount, _layer: number, dirIno: Ino, name: string): string {
  return joinPath(dirPathString(ws.fs, dirIno), name);
}
