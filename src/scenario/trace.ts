// The overlay-trace/1 format (../shared/spec/scenario-and-trace.md): what a
// step did and the whole workspace after it. The simulator and the kernel
// oracle both write it, so they can be compared step by step.

import { compareC } from '../shell/util/text.ts';

export const TRACE_FORMAT = 'overlay-trace/1';

export type TraceEntryType =
  | 'file'
  | 'dir'
  | 'symlink'
  | 'whiteout'
  | 'chardev'
  | 'fifo'
  | 'other'
  | 'unresolvable';

export interface TraceEntry {
  path: string;
  type: TraceEntryType;
  /** Permission bits as four octal digits; absent for whiteouts and symlinks. */
  mode?: string;
  /** A file's bytes as UTF-8 text, or `<binary>`. */
  content?: string;
  /** A symlink's target. */
  target?: string;
  /** Extended attributes other than security.*, by name. */
  xattrs?: Record<string, string>;
}

export interface TraceStep {
  cmd: string;
  status: number;
  stdout: string;
  /** Working directory relative to the workspace root ("" for the root). */
  cwd: string;
  tree: TraceEntry[];
}

export interface TraceDoc {
  format: typeof TRACE_FORMAT;
  scenario: string;
  steps: TraceStep[];
}

export const BINARY = '<binary>';

/**
 * Byte-order comparison of two paths, as the spec sorts the tree: the order
 * of LC_ALL=C sorting, which the shell's `compareC` already implements.
 */
export const compareBytes = compareC;

/**
 * Sorts by path; entries that share a normalized path (two `#N` in
 * work/work) are ordered by content so that two runs agree.
 */
export function sortTree(entries: TraceEntry[]): TraceEntry[] {
  return entries.sort(
    (x, y) => compareBytes(x.path, y.path) || compareBytes(JSON.stringify(x), JSON.stringify(y)),
  );
}

/** Text as the trace writes it: UTF-8 if the bytes are valid UTF-8, else `<binary>`. */
export function bytesToTraceText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return BINARY;
  }
}

/**
 * An xattr value as the trace writes it: printable text as is, anything else
 * (file handles, UUIDs) as `<binary>`.
 */
export function xattrValueToTraceText(bytes: Uint8Array): string {
  const text = bytesToTraceText(bytes);
  if (text === BINARY) return BINARY;
  // Printable: no control characters (C0, DEL, C1). Overlay's own text
  // values ("y", "/a/b", "L+1") pass; handles and UUIDs do not.
  return /[\u0000-\u001f\u007f-\u009f]/u.test(text) ? BINARY : text;
}

/** Normalizes names that differ from run to run on a real kernel. */
export function normalizeWorkPath(path: string, workdirs: readonly string[]): string {
  for (const w of workdirs) {
    const prefix = w === '' ? '' : `${w}/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    const top = rest[0];
    const mapped = rest.map((part, i) => {
      if (i === 0) return part;
      if (/^#[0-9a-f]+$/.test(part)) return '#N';
      // Index entries are named by the hex of a file handle (ovl_get_index_name).
      if (top === 'index' && i === 1 && /^(?:0x)?[0-9a-f]{8,}$/.test(part)) return '<fh>';
      return part;
    });
    return prefix + mapped.join('/');
  }
  return path;
}
