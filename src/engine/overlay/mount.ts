// mount -t overlay: options parsed, layers resolved, then the kernel's
// set-up in its own order (ovl_fill_super): the upper, the work directory
// (work/work made afresh), the lower layers, the index, the uuid, and the
// overlap checks. A check that fails late leaves the earlier steps' marks
// on disk, as it does on a real kernel.
import { WalkMarks } from './walk-marks.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child, dirPathString, isAncestorOrSelf } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { pathIn, realCreate, realSetattr, realSetXattr, realUnlink } from '../real.ts';
import { mountById, type Layer, type Loc, type OverlayMount, type Workspace } from '../workspace.ts';
import { realForMeta } from './entry.ts';
import { ovlEntryAt } from './resolve.ts';
import { encodeFh, decodeFh } from './fh.ts';
import { ovlXattrs } from './layers.ts';
import { parseOptions, unescape, type OvlConfig } from './params.ts';
import { cleanupIndexDir } from './index-cleanup.ts';
import { IntTable } from '../fs/table.ts';
import { Dcache } from './dcache.ts';

export function mountReadonly(ctx: Ctx, mountId: number): boolean {
  return mountById(ctx.ws, mountId).readonly;
}

/** Resolves a layer path (relative to the mounting process's cwd) to a base directory. */
export type ResolveDir = (path: string) => Result<{ loc: Loc; path: string }>;

export interface MountRequest {
  source: string;
  target: Loc;
  targetPath: string;
  data: string;
  readonlyFlag: boolean;
}

export function ovlMount(ctx: Ctx, req: MountRequest, resolveDir: ResolveDir): Result<OverlayMount> {
  const parsed = parseOptions(req.data);
  if ('errno' in parsed) return fail(parsed.errno, parsed.why);
  let cfg = parsed.config;
  const layerOf = (given: string, what: string): Result<Layer> => {
    if (given === '') return fail('EINVAL', `empty ${what}`);
    const r = resolveDir(unescape(given));
    if (!r.ok) return fail(r.errno, `failed to resolve '${given}': ${r.errno}`);
    const loc = r.value.loc;
    if (loc.kind === 'ovl') {
      // ovl_mount_dir_check: an overlay (a filesystem with DCACHE_OP_REAL
      // dentries) cannot be written through as an upper or work directory.
      if (what !== 'lowerdir') return fail('EINVAL', `filesystem on ${unescape(given)} not supported as upperdir`);
      const e = ovlEntryAt(ctx, loc.mount, loc.path);
      if (!e.ok) return fail(e.errno, `failed to resolve '${given}': ${e.errno}`);
      if (e.value.type !== 'dir') return fail('EINVAL', `'${given}' not a directory`);
      return ok({ root: realForMeta(e.value).ino, given, path: r.value.path, ovl: { mount: loc.mount, path: loc.path } });
    }
    const i = ctx.ws.fs.inodes.get(loc.ino);
    if (!i || i.kind !== 'dir') return fail('EINVAL', `'${given}' not a directory`);
    return ok({ root: loc.ino, given, path: r.value.path });
  };
  // Paths are resolved while the options are parsed.
  const lowers: Layer[] = [];
  for (const l of cfg.lowerdirs) {
    const r = layerOf(l, 'lowerdir');
    if (!r.ok) return r;
    lowers.push(r.value);
  }
  const dataLowers: Layer[] = [];
  for (const l of cfg.dataLowerdirs) {
    const r = layerOf(l, 'lowerdir');
    if (!r.ok) return r;
    dataLowers.push(r.value);
  }
  let upper: Layer | undefined;
  let workBase: Layer | undefined;
  if (cfg.upperdir !== undefined) {
    const r = layerOf(cfg.upperdir, 'upperdir');
    if (!r.ok) return r;
    upper = r.value;
  }
  if (cfg.workdir !== undefined) {
    const r = layerOf(cfg.workdir, 'workdir');
    if (!r.ok) return r;
    workBase = r.value;
  }

  // ovl_lower_dir: a lower whose filesystem cannot decode file handles (an
  // overlay: no fh_to_dentry without its own nfs_export) turns index and
  // nfs_export off, with a warning, wherever they would be used.
  if ([...lowers, ...dataLowers].some((l) => l.ovl) && (cfg.nfsExport || (cfg.index && upper))) {
    cfg = { ...cfg, index: false, nfsExport: false };
  }

  if (lowers.length === 0) return fail('EINVAL', "missing 'lowerdir'");
  if (upper && !workBase) return fail('EINVAL', "missing 'workdir'");
  if (!upper && lowers.length + dataLowers.length < 2) {
    return fail('EINVAL', 'at least 2 lowerdir are needed while upperdir nonexistent');
  }

  const fs = () => ctx.ws.fs;
  if (upper && workBase) {
    if (upper.root === workBase.root || isAncestorOrSelf(fs(), upper.root, workBase.root) || isAncestorOrSelf(fs(), workBase.root, upper.root)) {
      return fail('EINVAL', 'workdir and upperdir must be separate subtrees');
    }
    const inUse = ctx.ws.mounts.some((m) => m.upper?.root === upper!.root || m.work?.dir === workBase!.root || m.upper?.root === workBase!.root || m.work?.dir === upper!.root);
    if (inUse && cfg.index) return fail('EBUSY', 'upperdir is in-use as upperdir/workdir of another mount');
  }

  let work: OverlayMount['work'];
  if (upper && workBase) {
    const old = child(ctx.ws.fs, workBase.root, 'work');
    if (old && old.kind === 'dir') {
      const incompat = child(ctx.ws.fs, old.ino, 'incompat');
      if (incompat && incompat.kind === 'dir' && incompat.entries.size > 0) {
        return fail('EINVAL', "overlay with incompat feature 'volatile' cannot be mounted");
      }
    }
    const workDir = makeWorkDir(ctx, workBase.root, 'work', false);
    work = { dir: workBase.root, path: workBase.path, work: workDir };
    if (cfg.volatile) {
      const inc = realCreate(ctx, workDir, 'incompat', { kind: 'dir' }, 0, 'mount');
      const vol = realCreate(ctx, inc, 'volatile', { kind: 'dir' }, 0, 'mount');
      realCreate(ctx, vol, 'dirty', { kind: 'file' }, 0, 'mount');
    }
  }

  // ovl_get_lowerstack: the overlay is one level above its deepest layer;
  // past FILESYSTEM_MAX_STACK_DEPTH it is refused (work/work is made by then).
  if (stackDepthOf(ctx.ws, [...lowers, ...dataLowers]) > FILESYSTEM_MAX_STACK_DEPTH) return fail('EINVAL', 'maximum fs stacking depth exceeded');

  // Lower roots may not be the upper, the workdir or each other. (A layer
  // that is an overlay is another filesystem: none of its objects is one of these.)
  const traps = new Set<Ino>([...(upper ? [upper.root] : []), ...(workBase ? [workBase.root] : [])]);
  for (const l of [...lowers, ...dataLowers]) {
    if (l.ovl) continue;
    if (traps.has(l.root)) return fail('ELOOP', `conflicting lowerdir path '${l.given}'`);
    traps.add(l.root);
  }

  const readonly = !upper || req.readonlyFlag;
  const uuid = nextUuid(ctx);
  const id = ctx.ws.nextMountId;
  let m: OverlayMount = {
    id,
    mountpoint: req.target,
    target: req.targetPath,
    source: req.source,
    config: cfg,
    lowers,
    dataLowers,
    upper,
    work,
    noSharedWhiteout: false,
    readonly,
    uuid,
    traps: [],
    dcache: Dcache.empty(),
    pins: IntTable.empty<number>(),
    walked: WalkMarks.empty(),
  };

  if (upper && work && cfg.index) {
    const r = setUpIndex(ctx, m, upper, lowers[0], work);
    if (!r.ok) return r;
    m = { ...m, work: { ...work, index: r.value } };
  }

  if (upper && (cfg.uuid === 'auto' || cfg.uuid === 'on')) initUuid(ctx, upper.root, cfg, uuid);

  // ovl_check_overlapping_layers: only lower roots are checked, so a lower
  // inside the upper, the workdir or another lower is refused, while an
  // upper or workdir inside a lower is accepted.
  const trapInos = [...traps];
  for (const l of [...lowers, ...dataLowers]) {
    if (l.ovl) continue;
    const d = ctx.ws.fs.inodes.get(l.root);
    const parent = d && d.kind === 'dir' ? d.parent : l.root;
    if (parent !== l.root && trapInos.some((t) => t !== l.root && isAncestorOrSelf(fs(), t, parent))) {
      return fail('ELOOP', `overlapping lowerdir path '${l.given}'`);
    }
  }
  if (m.work?.index !== undefined) m = cleanupIndexDir(ctx, m);
  // The root is no lookup: its lower roots marked opaque="x" (the lowest
  // not read) flag it and their layers from the start.
  const rootX = lowers.flatMap((l, i) => (!l.ovl && i < lowers.length - 1 && ctx.ws.fs.inodes.get(l.root)?.xattrs[ovlXattrs(m).opaque] === 'x' ? [i + 1] : []));
  if (rootX.length > 0) m = { ...m, rootXwhiteouts: rootX, xwhiteoutLayers: rootX };
  const allTraps = [...traps, ...(m.work ? [m.work.work, ...(m.work.index !== undefined ? [m.work.index] : [])] : [])];
  return ok({ ...m, traps: allTraps });
}

/** include/linux/fs.h: how many filesystems may stack on one another. */
export const FILESYSTEM_MAX_STACK_DEPTH = 2;

/** s_stack_depth: a disk is 0; an overlay is one more than its deepest layer. */
export function stackDepthOf(ws: Workspace, layers: readonly Layer[]): number {
  let deepest = 0;
  for (const l of layers) if (l.ovl) deepest = Math.max(deepest, mountDepth(ws, l.ovl.mount));
  return deepest + 1;
}

export function mountDepth(ws: Workspace, id: number): number {
  const m = mountById(ws, id);
  return stackDepthOf(ws, [...m.lowers, ...m.dataLowers]);
}

/** ovl_workdir_create: work/work is emptied and made again, mode 0; work/index is kept. */
function makeWorkDir(ctx: Ctx, base: Ino, name: string, persist: boolean): Ino {
  const existing = child(ctx.ws.fs, base, name);
  if (existing && persist && existing.kind === 'dir') return existing.ino;
  if (existing) removeTree(ctx, base, name);
  const ino = realCreate(ctx, base, name, { kind: 'dir' }, 0, 'mount');
  return ino;
}

function removeTree(ctx: Ctx, dir: Ino, name: string): void {
  const node = child(ctx.ws.fs, dir, name);
  if (!node) return;
  if (node.kind === 'dir') for (const n of [...node.entries.keys()]) removeTree(ctx, node.ino, n);
  realUnlink(ctx, dir, name, 'cleanup');
}

/** ovl_get_indexdir: the upper root records the lower root as origin; work/index records the upper root. */
function setUpIndex(ctx: Ctx, m: OverlayMount, upper: Layer, lower0: Layer, work: NonNullable<OverlayMount['work']>): Result<Ino> {
  const upperRoot = ctx.ws.fs.inodes.get(upper.root)!;
  const want = encodeFh(ctx.ws, m, lower0.root, false);
  const x = ovlXattrs(m);
  const have = upperRoot.xattrs[x.origin];
  if (have !== undefined && have !== want) return fail('ESTALE', 'failed to verify upper root origin');
  if (have === undefined) realSetXattr(ctx, upper.root, upper.path, x.origin, want, 'index');
  const index = makeWorkDir(ctx, work.dir, 'index', true);
  const upperFh = encodeFh(ctx.ws, m, upper.root, true);
  const idx = ctx.ws.fs.inodes.get(index)!;
  const cur = idx.xattrs[x.upper];
  if (cur === undefined) realSetXattr(ctx, index, pathIn(ctx, work.dir, 'index'), x.upper, upperFh, 'index');
  else if (decodeFh(cur)?.ino !== upper.root) return fail('ESTALE', "failed to verify index dir 'upper' xattr");
  if ((idx.mode & 0o7777) !== 0 && cur === undefined) realSetattr(ctx, index, dirPathString(ctx.ws.fs, index), { mode: 0 }, 'index');
  return ok(index);
}

/** ovl_init_uuid_xattr: uuid=auto writes one only on an overlay never mounted (upper root not impure). */
function initUuid(ctx: Ctx, upperRoot: Ino, cfg: OvlConfig, uuid: string): void {
  const root = ctx.ws.fs.inodes.get(upperRoot)!;
  const x = ovlXattrs({ config: cfg });
  if (root.xattrs[x.uuid]?.length === 16) return;
  if (cfg.uuid === 'auto' && root.xattrs[x.impure] !== undefined) return;
  realSetXattr(ctx, upperRoot, dirPathString(ctx.ws.fs, upperRoot), x.uuid, uuid, 'mount');
}

/** The kernel draws uuids at random; the engine has no randomness, so they come from a counter. */
function nextUuid(ctx: Ctx): string {
  const seq = ctx.ws.uuidSeq + 1;
  ctx.ws = { ...ctx.ws, uuidSeq: seq };
  let x = (seq * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < 16; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += String.fromCharCode((x >>> 16) & 255);
  }
  // A version-4 uuid's byte 6 is 0x4?, never printable text as a whole.
  return out.slice(0, 6) + String.fromCharCode(0x40 | (out.charCodeAt(6) & 15)) + '\u0001' + out.slice(8);
}

export { pathIn };
