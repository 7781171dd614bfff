// What a name in a merged directory is made of: its upper object, the lower
// objects beneath it, and the flags lookup found on the way.
import type { FileType } from '../api.ts';
import type { LayerProbe } from '../events.ts';
import type { Ino } from '../fs/inode.ts';

/** A real object in one layer: 0 is the upper, 1..n the lowers, then data-only layers. */
export interface RealRef {
  readonly layer: number;
  readonly ino: Ino;
  /**
   * In a layer that is an overlay mount: the object's path in that mount
   * (its lookups and listings go through it). `ino` is then the real object
   * that overlay answers with (its data for a file, its top directory).
   */
  readonly via?: Via;
  /**
   * In a layer that is an overlay mount, when that overlay keeps the data
   * apart from the metadata (a metacopy there): the real object with the
   * data. `ino` is then the one with the metadata.
   */
  readonly data?: Ino;
}

/** An object of an overlay mount used as a layer: the mount, and the object's path in it. */
export interface Via {
  readonly mount: number;
  readonly path: readonly string[];
}

export interface OvlEntry {
  readonly negative: false;
  readonly path: readonly string[];
  readonly type: FileType;
  /** The upper object (found by name, or the index entry standing in for it). */
  readonly upper?: Ino;
  /** Whether the upper object was found by name in the upper parent. */
  readonly upperAlias: boolean;
  /** Directories: the lower directories merged, top first. Non-dirs: the origin. */
  readonly lowers: readonly RealRef[];
  /** Where the file's bytes live when the upper is a metacopy or absent. */
  readonly lowerData?: RealRef;
  readonly opaque: boolean;
  /** The upper's redirect, as stored. */
  readonly redirect?: string;
  /** The upper holds metadata only; the data is in lowerData. */
  readonly metacopy: boolean;
  /**
   * Directories: the lower layers (not the upper, not the lowest) whose copy
   * is marked opaque="x", so may hold xattr whiteouts (OVL_E_XWHITEOUTS).
   */
  readonly xwhiteouts?: readonly number[];
  /** The index entry (work/index/<fh>) for this object, if any. */
  readonly index?: Ino;
  /**
   * False when the inode was not hashed by its lower at lookup
   * (ovl_hash_bylower): then it is no "origin" type (OVL_CONST_INO unset),
   * even once copied up. Kept by copy-up, as the inode flag is.
   */
  readonly constIno?: false;
  readonly probes: readonly LayerProbe[];
}

export interface OvlNegative {
  readonly negative: true;
  readonly path: readonly string[];
  /** The upper layer holds a whiteout here (ovl_dentry_is_whiteout). */
  readonly whiteout: boolean;
  readonly probes: readonly LayerProbe[];
}

export type OvlLookup = OvlEntry | OvlNegative;

/** The real object that answers stat and read: upper if it has the data, else the lower. */
export function realForData(e: OvlEntry): RealRef {
  if (e.upper !== undefined && !e.metacopy) return { layer: 0, ino: e.upper };
  if (e.lowerData) return dataOfRef(e.lowerData);
  if (e.lowers.length > 0) return dataOfRef(e.lowers[0]);
  return { layer: 0, ino: e.upper! };
}

/** Where a layer object's bytes are (apart from its metadata only through a metacopy in an overlay layer). */
export const dataOfRef = (r: RealRef): RealRef => (r.data === undefined ? r : { layer: r.layer, ino: r.data, ...(r.via ? { via: r.via } : {}) });

/** The real object whose attributes (mode, owner, xattrs) the entry shows. */
export function realForMeta(e: OvlEntry): RealRef {
  if (e.upper !== undefined) return { layer: 0, ino: e.upper };
  return e.lowers[0];
}

export const hasLower = (e: OvlEntry): boolean => e.lowers.length > 0;

/** OVL_TYPE_MERGE: a directory with layers below, or a metacopy file. */
export function isMerge(e: OvlEntry): boolean {
  if (e.upper !== undefined) return e.lowers.length > 0 && (e.type === 'dir' || e.metacopy);
  return e.lowers.length > 1;
}

/** ovl_type_merge_or_lower: has a lower part that a rename must account for. */
export const isMergeOrLower = (e: OvlEntry): boolean => isMerge(e) || e.upper === undefined;

/** OVL_TYPE_ORIGIN: an upper with a known copy-up origin (or a redirect that needs one). */
export const hasOrigin = (e: OvlEntry): boolean => e.upper !== undefined && e.lowers.length > 0;
