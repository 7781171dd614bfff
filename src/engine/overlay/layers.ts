// Names the overlay writes on disk, and how its layers are labelled.
import { dirPathString, joinPath } from '../fs/fs.ts';
import type { Bytes } from '../api.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount, Workspace } from '../workspace.ts';
import type { OvlConfig } from './params.ts';

/** The private xattrs an overlay keeps on its layers (enum ovl_xattr). */
const OVL_XATTR_KINDS = ['opaque', 'redirect', 'origin', 'impure', 'nlink', 'upper', 'metacopy', 'uuid', 'protattr', 'whiteout'] as const;
export type OvlXattrKind = (typeof OVL_XATTR_KINDS)[number];

/** Their full names under one prefix, with the prefix and its escape. */
export type OvlXattrNames = Readonly<Record<OvlXattrKind, string>> & {
  /** `trusted.overlay.` or `user.overlay.`: every name under it is the overlay's own. */
  readonly prefix: string;
  /** `<prefix>overlay.`: where an xattr of that namespace set through the overlay is kept (since 6.7). */
  readonly escaped: string;
};

function namesUnder(prefix: string): OvlXattrNames {
  const names = Object.fromEntries(OVL_XATTR_KINDS.map((k) => [k, prefix + k])) as Record<OvlXattrKind, string>;
  return Object.freeze({ ...names, prefix, escaped: `${prefix}overlay.` });
}

/** The default namespace (OVL_XATTR_TRUSTED_PREFIX). */
export const TRUSTED_OVL_XATTRS = namesUnder('trusted.overlay.');
/** With -o userxattr (OVL_XATTR_USER_PREFIX), for mounts in a user namespace. */
export const USER_OVL_XATTRS = namesUnder('user.overlay.');

/**
 * The names a mount reads and writes its private xattrs under: the kernel
 * picks the row of ovl_xattr_table by ofs->config.userxattr, for every one
 * of them, and only that namespace is hidden and escaped through the mount;
 * the other is an ordinary xattr there.
 */
export const ovlXattrs = (m: { readonly config: Pick<OvlConfig, 'userxattr'> }): OvlXattrNames => (m.config.userxattr ? USER_OVL_XATTRS : TRUSTED_OVL_XATTRS);

/**
 * Whether an object of this kind can carry the mount's marks: user.* xattrs
 * exist only on regular files and directories (xattr_permission), so under
 * userxattr a symlink or special file copied up records no origin.
 */
export const canHoldMarks = (x: OvlXattrNames, kind: string): boolean => !x.prefix.startsWith('user.') || kind === 'file' || kind === 'dir';

/** One private xattr's name for a mount. */
export const ovlXattr = (m: { readonly config: Pick<OvlConfig, 'userxattr'> }, kind: OvlXattrKind): string => ovlXattrs(m)[kind];

/**
 * The overlay's own, never shown, set or copied up (ovl_is_private_xattr):
 * under its prefix and not escaped. An escaped one is an ordinary xattr the
 * user set through an overlay, kept and copied as it is.
 */
export const isPrivateXattr = (x: OvlXattrNames, name: string): boolean => name.startsWith(x.prefix) && !name.startsWith(x.escaped);

/** A real xattr name as an overlay shows it: its own hidden (null), an escaped one under the name it was set with. */
export function unescapeXattr(x: OvlXattrNames, real: string): string | null {
  if (real.startsWith(x.escaped)) return x.prefix + real.slice(x.escaped.length);
  return isPrivateXattr(x, real) ? null : real;
}

/** The real name an xattr the user names through the overlay is kept under (ovl_xattr_set escapes its own namespace). */
export const escapeXattr = (x: OvlXattrNames, name: string): string => (name.startsWith(x.prefix) ? x.escaped + name.slice(x.prefix.length) : name);

/**
 * An object's xattrs as an overlay shows them to whatever reads through it
 * (ovl_listxattr / ovl_xattr_get), another overlay stacked on it included.
 */
export function viewXattrs(x: OvlXattrNames, xattrs: Readonly<Record<string, Bytes>>): Record<string, Bytes> {
  const out: Record<string, Bytes> = {};
  for (const [k, v] of Object.entries(xattrs)) {
    const n = unescapeXattr(x, k);
    if (n !== null) out[n] = v;
  }
  return out;
}

/** The workspace path of `name` inside a real directory of a layer. */
export function layerLabelPath(ws: Workspace, _m: OverlayMount, _layer: number, dirIno: Ino, name: string): string {
  return joinPath(dirPathString(ws.fs, dirIno), name);
}
