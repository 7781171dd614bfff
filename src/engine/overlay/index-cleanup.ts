// ovl_indexdir_cleanup at mount: leftovers of interrupted work ("#" names)
// go, and each entry is checked (ovl_verify_index). A non-dir entry only
// the index itself links is an orphan when its union link count
// (ovl_get_nlink) is zero: always so for a lower with one link, else the
// "U"/"L" delta of trusted.overlay.nlink decides. An orphan is removed, or
// with nfs_export turned into a whiteout (to block opens by handle); an
// entry whose origin is gone is stale and removed. Directory entries are
// checked with nfs_export only: one whose upper directory is gone is an
// orphan.
import type { Ctx } from '../ctx.ts';
import { bytesToHex } from '../bytes.ts';
import { child, isDeadDir } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { pathIn, realCreate, realExchange, realLink, realRename, realUnlink } from '../real.ts';
import type { OverlayMount } from '../workspace.ts';
import { decodeFh } from './fh.ts';
import { ovlXattrs, type OvlXattrNames } from './layers.ts';
import { nextTempName } from './work.ts';

interface Shared {
  name: string;
  ino: Ino;
}

/** Cleans work/index; the mount keeps the shared whiteout if one was made. */
export function cleanupIndexDir(ctx: Ctx, m: OverlayMount): OverlayMount {
  const indexDir = m.work?.index;
  if (indexDir === undefined) return m;
  const dir = ctx.ws.fs.inodes.get(indexDir);
  if (!dir || dir.kind !== 'dir') return m;
  const x = ovlXattrs(m);
  let shared: Shared | undefined;
  for (const [name, ino] of [...dir.entries]) {
    const node = ctx.ws.fs.inodes.get(ino);
    if (!node) continue;
    if (name.startsWith('#')) {
      removeAll(ctx, indexDir, name);
      continue;
    }
    if (node.kind === 'chardev') continue;
    let verdict: Verdict;
    if (node.kind === 'dir') {
      // Checking a directory entry costs a decode: only nfs_export does it.
      if (!m.config.nfsExport) continue;
      verdict = verifyDirIndex(ctx, x, name, node.xattrs[x.upper]);
    } else {
      if (node.nlink !== 1) continue;
      verdict = verifyIndex(ctx, node.xattrs[x.origin], node.xattrs[x.nlink]);
    }
    if (verdict === 'ok') continue;
    if (verdict === 'stale' || !m.config.nfsExport) removeAll(ctx, indexDir, name);
    else shared = whiteoutOver(ctx, indexDir, name, shared);
  }
  return shared ? { ...m, whiteout: shared.ino } : m;
}

type Verdict = 'ok' | 'stale' | 'orphan';

/**
 * ovl_verify_index for a directory entry: its `upper` handle must still
 * name a directory (ovl_index_upper; gone = an orphan), whose origin must
 * be the handle the entry is named by (else stale).
 */
function verifyDirIndex(ctx: Ctx, x: OvlXattrNames, name: string, upperFh: string | undefined): Verdict {
  const fh = upperFh === undefined ? null : decodeFh(upperFh);
  if (!fh || isDeadDir(ctx.ws.fs, fh.ino)) return 'orphan';
  const origin = ctx.ws.fs.inodes.get(fh.ino)!.xattrs[x.origin];
  return origin === undefined || bytesToHex(origin) === name ? 'ok' : 'stale';
}

/** ovl_verify_index for a non-dir entry linked only from the index. */
function verifyIndex(ctx: Ctx, origin: string | undefined, nlinkX: string | undefined): Verdict {
  const fh = origin === undefined ? null : decodeFh(origin);
  const lower = fh ? ctx.ws.fs.inodes.get(fh.ino) : undefined;
  if (!lower || lower.nlink === 0) return 'stale';
  // ovl_get_nlink with fallback 0: a single-link lower never counts as linked.
  if (lower.nlink === 1) return 'orphan';
  const m = nlinkX === undefined ? null : /^([UL])([+-]\d+)$/.exec(nlinkX);
  if (!m) return 'orphan';
  const n = (m[1] === 'L' ? lower.nlink : 1) + Number(m[2]);
  return n > 0 ? 'ok' : 'orphan';
}

/**
 * ovl_cleanup_and_whiteout in the index dir at mount: the first whiteout is
 * made there and kept for the mount's life; each use is a link to it.
 */
function whiteoutOver(ctx: Ctx, indexDir: Ino, name: string, shared: Shared | undefined): Shared {
  let s = shared;
  if (!s) {
    const source = nextTempName(ctx);
    s = { name: source, ino: realCreate(ctx, indexDir, source, { kind: 'chardev', major: 0, minor: 0 }, 0, 'whiteout') };
  }
  const link = nextTempName(ctx);
  realLink(ctx, s.ino, pathIn(ctx, indexDir, s.name), indexDir, link, 'whiteout');
  if (child(ctx.ws.fs, indexDir, name)?.kind === 'dir') {
    // A directory is swapped out and then removed.
    realExchange(ctx, indexDir, link, indexDir, name, 'whiteout');
    removeAll(ctx, indexDir, link);
  } else realRename(ctx, indexDir, link, indexDir, name, 'whiteout');
  return s;
}

function removeAll(ctx: Ctx, dir: number, name: string): void {
  const node = child(ctx.ws.fs, dir, name);
  if (!node) return;
  if (node.kind === 'dir') for (const n of [...node.entries.keys()]) removeAll(ctx, node.ino, n);
  realUnlink(ctx, dir, name, 'cleanup');
}
