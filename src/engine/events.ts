// The micro-steps that explain an operation, in the kernel's terms. Every
// change to the disk is one event (with the state after it); overlay-level
// events (lookup, copy-up begin/end) mark what the kernel was doing.
// Consumers switch on `type` exhaustively, so a new kind cannot be ignored.
import type { Errno } from './errno.ts';
import type { FileType } from './api.ts';

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
}

export type EngineEvent =
  | { type: 'lookup'; mount: number; path: string; probes: LayerProbe[]; found: FileType | 'whiteout' | null }
  | { type: 'copy-up'; phase: 'begin' | 'end'; mount: number; path: string; node: FileType; metacopy: boolean; from: string; to: string }
  | { type: 'create'; path: string; node: FileType | 'whiteout'; mode: number; cause: Cause; tmpfile?: boolean }
  | { type: 'link'; from: string; to: string; cause: Cause }
  | { type: 'unlink'; path: string; cause: Cause }
  | { type: 'rmdir'; path: string; cause: Cause }
  | { type: 'rename'; from: string; to: string; cause: Cause; flags?: 'exchange' | 'whiteout' }
  | { type: 'write'; path: string; bytes: number; offset: number; cause: Cause }
  | { type: 'truncate'; path: string; size: number; cause: Cause }
  | { type: 'setattr'; path: string; cause: Cause; mode?: number; owner?: boolean; times?: boolean }
  | { type: 'setxattr'; path: string; name: string; value: string; cause: Cause }
  | { type: 'removexattr'; path: string; name: string; cause: Cause }
  | { type: 'mount'; mount: number; target: string; options: string }
  | { type: 'umount'; mount: number; target: string }
  | { type: 'error'; syscall: string; path: string; errno: Errno; why?: string };

export type EventType = EngineEvent['type'];
