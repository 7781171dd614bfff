// Names the overlay writes on disk, and how its layers are labelled.
import { dirPathString, joinPath } from '../fs/fs.ts';
import type { Bytes } from '../api.ts';
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

/** Where the overlay keeps a trusted.overlay.X set through it (since 6.7): trusted.overlay.overlay.X. */
export const OVL_XATTR_ESCAPED = `${OVL_XATTR_PREFIX}overlay.`;

/** A real xattr name as an overlay shows it: its own hidden (null), an escaped one under the name it was set with. */
export function unescapeXattr(real: string): string | null {
  if (real.startsWith(OVL_XATTR_ESCAPED)) return OVL_XATTR_PREFIX + real.slice(OVL_XATTR_ESCAPED.length);
  return isPrivateXattr(real) ? null : real;
}

/**
 * An object's xattrs as an overlay shows them to whatever reads through it
 * (ovl_listxattr / ovl_xattr_get), another overlay stacked on it included.
 */
export function viewXattrs(xattrs: Readonly<Record<string, Bytes>>): Record<string, Bytes> {
  const out: Record<string, Bytes> = {};
  for (const [k, v] of Object.entries(xattrs)) {
    const n = unescapeXattr(k);
    if (n !== null) out[n] = v;
  }
  return out;
}

/** The workspace path of `name` inside a real directory of a layer. */
export function layerLabelPath(ws: Workspace, _m: OverlayMount, _layer: number, dirIno: Ino, name: string): string {
  return joinPath(dirPathString(ws.fs, dirIno), name);
}
