// The micro-steps that explain an operation, in the kernel's terms. Every
// change to the disk is one event (with the state after it); overlay-level
// events (lookup, copy-up begin/end) mark what the kernel was doing.
// Consumers switch on `type` exhaustively, so a new kind cannot be ignored.
import type { Errno } from './errno.ts';
import type { FileType } from './api.ts';
import type { Ino } from './fs/inode.ts';

/** Why a change to the disk happened. */
export type Cause =
  | 'syscall' // the user's own operation, on a plain directory or in the upper layer
  | 'copy-up'
  | 'whiteout'
  | 'opaque'
  | 'redirect'
  | 'metacopy'
  | 'index'
  | 'origin' // recording or fixing a copy-up origin
  | 'impure'
  | 'mount'
  | 'cleanup';

/** Which layer of an overlay a probe looked at. */
export type LayerName = { kind: 'upper' } | { kind: 'lower'; index: number } | { kind: 'data'; index: number };

export type ProbeOutcome =
  | 'absent' // nothing by that name: go on to the next layer
  | 'whiteout' // a whiteout: the name does not exist, stop
  | 'file' // a non-directory: it is the answer, stop
  | 'metacopy' // a metadata-only copy: its data is further down, go on
  | 'dir' // a directory: merge, go on
  | 'opaque-dir' // an opaque directory: merge, stop below it
  | 'redirect' // a directory with a redirect: go on under another name
  | 'skipped-nondir' // a non-directory under a directory: ignored, stop
  | 'not-consulted'; // below the stop

export interface LayerProbe {
  layer: LayerName;
  /** Workspace path of what was looked for in that layer. */
  path: string;
  outcome: ProbeOutcome;
  /** For a redirect: the name looked up below. */
  redirect?: string;
  /** The real directory looked in, and what was found there (absent: nothing). */
  dir?: Ino;
  ino?: Ino;
  /** In a layer that is an overlay mount: the lookup that overlay made for it, layer by layer. */
  nested?: LayerProbe[];
}

/** Why a lookup that found its layers still failed with ESTALE (see the lookup event). */
export type StaleLookup = 'inode' | 'origin';

/**
 * A name on the disk an event touched, by inode: the directory holding it,
 * the name in it (null for an O_TMPFILE inode that has no name yet) and the
 * inode. Views place it by walking the directory up to a layer's root, so
 * nobody parses the display path back.
 */
export interface DiskRef {
  readonly dir: Ino;
  readonly name: string | null;
  readonly ino: Ino;
}

/*
 * Every event keeps its display strings (`path`, `from`, `to`: workspace
 * paths, for narration) and says what it touched as data: the path inside
 * the overlay (`at`), the layer (by kernel index), the disk objects (`ref`,
 * `src`, `ino`). Views apply the data; captions render the strings.
 */
export type EngineEvent =
  | {
      type: 'lookup';
      mount: number;
      path: string;
      at: readonly string[];
      probes: LayerProbe[];
      found: FileType | 'whiteout' | null;
      /**
       * The layers answered, but the lookup failed with ESTALE: `inode`, the
       * lower object is already another cached name's inode with another
       * upper (ovl_verify_inode); `origin`, index=on found the upper's
       * origin is not that lower (ovl_verify_origin).
       */
      stale?: StaleLookup;
    }
  | {
      type: 'copy-up';
      phase: 'begin' | 'end';
      mount: number;
      path: string;
      at: readonly string[];
      node: FileType;
      metacopy: boolean;
      from: string;
      to: string;
      /** Kernel layer index (1.. lowers) and inode of what is copied. */
      layer: number;
      ino: Ino;
      /** Where the copy goes: the upper layer, or work/index first (a hard link with index=on). */
      into: 'upper' | 'index';
    }
  | { type: 'create'; path: string; node: FileType | 'whiteout'; mode: number; cause: Cause; tmpfile?: boolean; ref: DiskRef }
  | { type: 'link'; from: string; to: string; cause: Cause; ref: DiskRef; tmpfile?: true }
  | { type: 'unlink'; path: string; cause: Cause; ref: DiskRef }
  | { type: 'rmdir'; path: string; cause: Cause; ref: DiskRef }
  | { type: 'rename'; from: string; to: string; cause: Cause; flags?: 'exchange' | 'whiteout'; src: DiskRef; ref: DiskRef }
  | { type: 'write'; path: string; bytes: number; offset: number; cause: Cause; ino: Ino; tmpfile?: true }
  | { type: 'truncate'; path: string; size: number; cause: Cause; ino: Ino; tmpfile?: true }
  | { type: 'setattr'; path: string; cause: Cause; mode?: number; owner?: boolean; times?: boolean; ino: Ino; tmpfile?: true }
  | { type: 'setxattr'; path: string; name: string; value: string; cause: Cause; ino: Ino; tmpfile?: true }
  | { type: 'removexattr'; path: string; name: string; cause: Cause; ino: Ino; tmpfile?: true }
  | { type: 'mount'; mount: number; target: string; options: string }
  | { type: 'umount'; mount: number; target: string }
  /**
   * The state changed with no disk event: lookups filled or dropped the
   * dentry cache (the look at the tree after a command does it for every
   * name). Emitted once, at the end of a command, so its last micro-step
   * holds the state the next command starts from. `names`: cached lookups
   * held by the mounts afterwards.
   */
  | { type: 'dcache'; names: number }
  /** One real directory read by readdir(2) of an overlay directory: it changes nothing. */
  | ReaddirEvent
  | { type: 'error'; syscall: string; path: string; errno: Errno; why?: string };

export type EventType = EngineEvent['type'];

/**
 * Why a name a layer holds is left out of the merged listing: a whiteout
 * in a layer above removed it, or a layer above listed the name already.
 */
export type ReaddirHidden = 'whiteout' | 'above';

/** Names an event lists at most (a 10,000-entry directory keeps its counts, not its names). */
export const READDIR_NAMES = 24;

/** What one real directory read added to, or kept out of, a listing. */
export interface ReaddirEvent {
  type: 'readdir';
  mount: number;
  /** Display: the overlay directory listed, and the real directory read (workspace paths). */
  path: string;
  from: string;
  /** The directory inside the overlay. */
  at: readonly string[];
  /** Kernel layer index (0 upper, 1.. lowers) and inode of the real directory read. */
  layer: number;
  dir: Ino;
  /**
   * 'merged': one layer of ovl_dir_read_merged, upper first; 'real': not a
   * merged directory (in one layer, never held whiteouts), so the real
   * directory is read as it is.
   */
  how: 'merged' | 'real';
  /** Read number `step` (from 1) of `of`, in the kernel's order. */
  step: number;
  of: number;
  /**
   * The merged listing is cached per open directory (ovl_cache_get): the
   * first getdents of an open builds it from the layers. Each readdir here
   * is one open, so the cache is always built (see docs/kernel-notes.md).
   */
  cache?: 'built';
  /**
   * 'empty': not a listing but ovl_check_empty_dir, the merged read rmdir
   * and rename make to know whether a directory is empty before removing
   * or replacing it (a name added is one that makes it not empty).
   */
  why?: 'empty';
  /** Names this read adds to the listing (the first READDIR_NAMES; `counts` has the totals). */
  added: readonly string[];
  /** Whiteouts this layer holds: names it removes from the layers below, itself unlisted. */
  whiteouts: readonly string[];
  /** Names this layer holds that a layer above decided already. */
  hidden: readonly { name: string; by: ReaddirHidden }[];
  /** Totals: names added, whiteouts, names hidden by a whiteout above, names listed above already. */
  counts: { added: number; whiteouts: number; whitedOut: number; above: number };
  /** An opaque directory: the merge ends here, the layers below are not read. */
  opaque?: true;
  /** The directory is impure: each upper entry is looked up for the inode number to report. */
  impure?: true;
  /**
   * xino is in effect (an overlay among the layers): after the reads every
   * name is looked up for its inode number, and one whose lookup finds
   * nothing (a cached negative) is left out.
   */
  xino?: true;
}
