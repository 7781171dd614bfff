// The whole simulated world: one disk (the base filesystem, where the
// layers are ordinary directories) plus the overlay mounts in force, and
// the few counters the kernel keeps in memory.
import type { WalkMarks } from './overlay/walk-marks.ts';
import { emptyFs, type Fs } from './fs/fs.ts';
import type { IntTable } from './fs/table.ts';
import type { Dcache } from './overlay/dcache.ts';
import type { Ino, Inode } from './fs/inode.ts';
import type { OvlConfig } from './overlay/params.ts';

/** A place in the namespace: a base inode, or a path inside an overlay mount. */
export type Loc = { readonly kind: 'base'; readonly ino: Ino } | { readonly kind: 'ovl'; readonly mount: number; readonly path: readonly string[] };

export interface Layer {
  readonly root: Ino;
  /** The path as written in the mount options. */
  readonly given: string;
  /** Its workspace path at mount time. */
  readonly path: string;
  /**
   * A lower layer that is itself an overlay mount (stacked overlays): its
   * objects are that mount's merged objects, looked up and listed through
   * it. `root` is then the real directory the inner overlay shows at `path`.
   */
  readonly ovl?: { readonly mount: number; readonly path: readonly string[] };
}

export interface OverlayMount {
  readonly id: number;
  /** Where it is attached: a base directory or a directory inside another overlay. */
  readonly mountpoint: Loc;
  readonly target: string;
  readonly source: string;
  readonly config: OvlConfig;
  /** Top first, like lowerdir=top:middle:base. */
  readonly lowers: readonly Layer[];
  /** Data-only lower layers (lowerdir=a::b), below all others. */
  readonly dataLowers: readonly Layer[];
  readonly upper?: Layer;
  /** workdir (the user's) and work/work and work/index inside it. */
  readonly work?: { readonly dir: Ino; readonly path: string; readonly work: Ino; readonly index?: Ino };
  /** The shared whiteout the kernel keeps in work/work for the mount's life. */
  readonly whiteout?: Ino;
  /**
   * Lower layers where a lookup met a directory marked opaque="x"
   * (ovl_layer_set_xwhiteouts): only in these does readdir check files for
   * xattr whiteouts. Set for the mount's life.
   */
  readonly xwhiteoutLayers?: readonly number[];
  /** The lower roots (not the lowest) marked opaque="x", found at mount: the root's own flag. */
  readonly rootXwhiteouts?: readonly number[];
  readonly noSharedWhiteout: boolean;
  /** Mounted read-only (-o ro, or no upperdir). */
  readonly readonly: boolean;
  /** The per-mount uuid the kernel puts in file handles and trusted.overlay.uuid. */
  readonly uuid: string;
  /** Directories lookup must not enter (layer roots, work dirs): ELOOP if met. */
  readonly traps: readonly Ino[];
  /**
   * The dentry cache: every lookup result (found or not) by merged path, kept
   * until an operation through this mount changes that name. Changes made
   * to the layers directly do not reach it, as on a real kernel.
   */
  readonly dcache: Dcache;
  /** Real inodes the cache refers to, counted: they outlive their last name. */
  readonly pins: IntTable<number>;
  /**
   * Merged directories whose every name has been looked up, with the real
   * directories they were listed from: unchanged, they need no new lookups.
   */
  readonly walked: WalkMarks;
}

export interface WalkMark {
  /** The real directory inodes (upper first), as objects: any change makes new ones. */
  readonly reals: readonly (Inode | undefined)[];
  readonly subdirs: readonly string[];
}

export interface Workspace {
  readonly fs: Fs;
  /** In mount order: a later mount on the same place covers an earlier one. */
  readonly mounts: readonly OverlayMount[];
  /** The kernel's global counter behind `#<hex>` temp names. */
  readonly tempId: number;
  readonly nextMountId: number;
  /** Seeds the deterministic uuids the kernel would draw at random. */
  readonly uuidSeq: number;
}

/**
 * { ...m, dcache, pins, walked }, written out: the dentry cache changes a
 * few times for every name an operation touches, and a spread of a mount
 * costs far more than this. The fields keep the order a mount is made with
 * (mountOverlay's, then the shared whiteout once there is one).
 */
export function withDentries(m: OverlayMount, dcache: OverlayMount['dcache'], pins: OverlayMount['pins'], walked: OverlayMount['walked']): OverlayMount {
  if (m.xwhiteoutLayers !== undefined || m.rootXwhiteouts !== undefined) return { ...m, dcache, pins, walked };
  if (!('whiteout' in m)) {
    return { id: m.id, mountpoint: m.mountpoint, target: m.target, source: m.source, config: m.config, lowers: m.lowers, dataLowers: m.dataLowers, upper: m.upper, work: m.work, noSharedWhiteout: m.noSharedWhiteout, readonly: m.readonly, uuid: m.uuid, traps: m.traps, dcache, pins, walked };
  }
  return { id: m.id, mountpoint: m.mountpoint, target: m.target, source: m.source, config: m.config, lowers: m.lowers, dataLowers: m.dataLowers, upper: m.upper, work: m.work, noSharedWhiteout: m.noSharedWhiteout, readonly: m.readonly, uuid: m.uuid, traps: m.traps, dcache, pins, walked, whiteout: m.whiteout };
}

export function createWorkspace(): Workspace {
  return { fs: emptyFs(), mounts: [], tempId: 0, nextMountId: 1, uuidSeq: 0 };
}

/** The kernel's workdir for staging: work/index when the index is on, else work/work. */
export function stagingDir(m: OverlayMount): Ino {
  return m.work!.index ?? m.work!.work;
}

export function mountById(ws: Workspace, id: number): OverlayMount {
  const m = ws.mounts.find((x) => x.id === id);
  if (!m) throw new Error(`engine bug: no mount ${id}`);
  return m;
}

export function sameLoc(a: Loc, b: Loc): boolean {
  if (a.kind === 'base') return b.kind === 'base' && a.ino === b.ino;
  if (b.kind !== 'ovl' || a.mount !== b.mount || a.path.length !== b.path.length) return false;
  return a.path.every((n, i) => n === b.path[i]);
}

/**
 * Where an unmounted overlay that is still a layer of another one is
 * attached: nowhere. umount detaches it from the namespace; the outer
 * overlay keeps its own reference, so it lives on until that one goes.
 */
export const DETACHED: Loc = { kind: 'base', ino: -1 };

export const isDetached = (m: OverlayMount): boolean => m.mountpoint.kind === 'base' && m.mountpoint.ino === -1;

/** The topmost mount attached at `loc`, if any. */
export function mountAt(ws: Workspace, loc: Loc): OverlayMount | undefined {
  for (let i = ws.mounts.length - 1; i >= 0; i--) {
    if (!isDetached(ws.mounts[i]) && sameLoc(ws.mounts[i].mountpoint, loc)) return ws.mounts[i];
  }
  return undefined;
}
