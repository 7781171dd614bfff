// Every layer of an opened image as the page browses it: one row per path
// any layer holds (for the tree, its filters and sorts), and on request one
// path's versions, top layer first, with what hides each. Plain data that
// crosses from the worker, which keeps the image.

/** A path's type: the tree format's letters, and `w` for a whiteout (the path deleted). */
export type BrowseType = 'f' | 'd' | 'l' | 'c' | 'b' | 'p' | 's' | 'w';

/** Row flags. */
export const SEEN = 1;
/** A directory some layer marks opaque. */
export const OPAQUE = 2;
/** Some version of the path is hidden by a layer above. */
export const SHADOWED = 4;

/** Every path any layer holds, in columns, parents before their children. */
export interface ImageIndex {
  /** The last name of each row's path. */
  names: string[];
  /** The row of each row's parent directory, -1 at the root. */
  parents: Int32Array;
  /** One BrowseType letter per row: the version the merged view shows, or the topmost one when none is seen. */
  types: string;
  /** The layer the path comes from (1 = bottom): the topmost layer holding it. */
  layers: Uint16Array;
  /** A regular file's size; a directory's: the bytes of the files seen below it; 0 otherwise. */
  sizes: Float64Array;
  /** Bytes of this path's versions the merged view cannot reach (a hard-linked file once, at the first name met). */
  wasted: Float64Array;
  /** SEEN, OPAQUE, SHADOWED. */
  flags: Uint8Array;
  /** For each layer, bottom first: the rows it holds an entry of (its "changed in this layer" set). */
  changed: Int32Array[];
  /** Our count: bytes stored, bytes hidden, and the efficiency they give. */
  hiddenBytes: number;
  storedBytes: number;
  efficiency: number;
  /** dive's figures for the same image (see diveFigure in src/image/analysis.ts). */
  dive: { wastedBytes: number; efficiency: number; userSizeBytes: number; userWastedPercent: number };
  /** Why dive's figure differs from ours, in bytes. */
  diff: {
    /** The copies the merged view shows of files stored in two or more layers: dive counts them as waste, we do not. */
    visibleCopies: number;
    /** Hidden bytes dive never counts: files whose path only one layer holds (under an opaque or deleted directory, or a directory replaced by a file). */
    missed: number;
    /** Of those, the bytes under opaque directories (dive ignores `.wh..wh..opq`). */
    underOpaque: number;
    /** Hidden names dive counts whose file a hard link still shows (no waste: the bytes are read through the other name). */
    stillSeen: number;
  };
}

export type HideBy = { kind: 'overwritten' | 'whiteout' | 'opaque'; layer: number; at: string };

/** One layer's version of a path. */
export interface PathVersionInfo {
  layer: number;
  type: BrowseType;
  /** A regular file's size. */
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** The first 16 hex digits of a regular file's sha256, '' otherwise. */
  sha256: string;
  target: string;
  opaque: boolean;
  status: 'visible' | 'whiteout' | 'hidden';
  by?: HideBy;
  /** Bytes this version wastes: a hidden file's size, 0 when the file is still seen through another name. */
  wasted: number;
}

/** One path of the image, every layer's version of it, top layer first. */
export interface PathProvenance {
  path: string;
  versions: PathVersionInfo[];
}
