// Looking a name up in a merged directory, as ovl_lookup() does: the upper
// layer first, then each lower layer of the parent, stopping at a whiteout,
// a non-directory or an opaque directory, following redirects, and merging
// the directories found on the way.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { LayerProbe } from '../events.ts';
import { child } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount } from '../workspace.ts';
import type { OvlEntry, OvlLookup, RealRef } from './entry.ts';
import { decodeFh, encodeFh, sameFh } from './fh.ts';
import { lookupIndex } from './index-dir.ts';
import { redirectFollow } from './params.ts';
import { ovlXattrs } from './layers.ts';
import { isMetacopyFile, mayFollow, redirectOf } from './marks.ts';
import { fixOrigin } from './origin.ts';
import { inLayer, type LookupData, type LookupRun } from './lookup-layer.ts';

/** Root entries by the lowers they stack (the same array across copies of a mount): built once, never changed. */
const rootEntries = new WeakMap<OverlayMount['lowers'], OvlEntry>();

/** The overlay's root: the upper root over every regular lower root. */
export function rootEntry(m: OverlayMount): OvlEntry {
  const known = rootEntries.get(m.lowers);
  if (known && known.upper === m.upper?.root && known.upperAlias === (m.upper !== undefined)) return known;
  const e = makeRootEntry(m);
  rootEntries.set(m.lowers, e);
  return e;
}

function makeRootEntry(m: OverlayMount): OvlEntry {
  return {
    negative: false,
    path: [],
    type: 'dir',
    upper: m.upper?.root,
    upperAlias: m.upper !== undefined,
    lowers: m.lowers.map((l, i) => (l.ovl ? { layer: i + 1, ino: l.root, via: l.ovl } : { layer: i + 1, ino: l.root })),
    opaque: false,
    metacopy: false,
    probes: [],
    ...(m.rootXwhiteouts ? { xwhiteouts: m.rootXwhiteouts } : {}),
  };
}

export function lookupChild(ctx: Ctx, m: OverlayMount, parent: OvlEntry, name: string, withProbes = false, probeSink?: LayerProbe[]): Result<OvlLookup> {
  // Redirects are read (not only followed) with data-only layers too: a lower
  // metacopy may point into them whatever redirect_dir says (check_redirect).
  const follow = redirectFollow(m.config) || m.dataLowers.length > 0;
  const root = rootEntry(m);
  const path = [...parent.path, name];
  const probes: LayerProbe[] = [];
  const d: LookupData = {
    name,
    isDir: false,
    opaque: false,
    stop: false,
    last: follow ? false : parent.lowers.length === 0,
    metacopy: false,
    absRedirect: false,
  };
  const run: LookupRun = { ctx, m, d, withProbes: withProbes || probeSink !== undefined, probes: probeSink ?? probes };

  let upper: Ino | undefined;
  let originRef: RealRef | undefined;
  let upperMetacopy = false;
  let upperRedirect: string | undefined;
  let upperOpaque = false;
  let poe = parent.lowers;

  if (parent.upper !== undefined) {
    const r = inLayer(run, 0, { ino: parent.upper });
    if (!r.ok) return r;
    upper = r.value?.ino;
    if (upper !== undefined && !d.isDir) {
      originRef = decodeOrigin(ctx, m, upper);
      if (d.metacopy) upperMetacopy = true;
    }
    if (d.redirect !== undefined) {
      upperRedirect = redirectOf(ctx.ws.fs.inodes.get(upper!), ovlXattrs(m));
      if (d.redirect.startsWith('/')) poe = root.lowers;
    }
    upperOpaque = d.opaque;
  }

  const stack: RealRef[] = [];
  let verifiedOrigin: RealRef | undefined;
  const lastLayer = root.lowers.length;
  for (let i = 0; !d.stop && i < poe.length; i++) {
    const lower = poe[i];
    const allowed = mayFollow(m, d, path);
    if (!allowed.ok) return allowed;
    if (!follow) d.last = i === poe.length - 1;
    else if (d.isDir || m.dataLowers.length === 0) d.last = lower.layer === lastLayer;
    const r = inLayer(run, lower.layer, lower);
    if (!r.ok) return r;
    if (r.value === undefined) continue;
    const found = r.value.ino;
    const via = r.value.via;
    const data = r.value.data;
    if (upper !== undefined && stack.length === 0 && d.isDir) {
      const fixed = fixOrigin(ctx, m, parent, upper, via ? { layer: lower.layer, ino: found, via } : { layer: lower.layer, ino: found });
      if (!fixed.ok) return fixed;
    }
    // With nfs_export a merged directory only merges the lower its origin
    // names; with index a metacopy's lower must match its origin.
    const verifyLower = m.config.nfsExport && m.config.index;
    if (upper !== undefined && stack.length === 0 && ((d.isDir && verifyLower) || (!d.isDir && m.config.index && originRef))) {
      const want = encodeFh(ctx.ws, m, found, false);
      const have = ctx.ws.fs.inodes.get(upper)?.xattrs[ovlXattrs(m).origin];
      if (have === undefined || !sameFh(have, want)) {
        if (d.isDir) break;
        return fail('ESTALE', `failed to verify origin of ${path.join('/')}`);
      }
      verifiedOrigin = { layer: lower.layer, ino: found };
    }
    if (!(d.metacopy && stack.length > 0)) stack.push(via ? { layer: lower.layer, ino: found, via, ...(data !== undefined ? { data } : {}) } : { layer: lower.layer, ino: found });
    if (d.stop) break;
    if (d.redirect !== undefined && d.redirect.startsWith('/') && poe !== root.lowers) {
      poe = root.lowers;
      i = lower.layer - 1;
    }
  }

  let lowerData: RealRef | undefined;
  if (d.metacopy && stack.length > 0 && m.dataLowers.length > 0 && d.absRedirect) {
    lowerData = lookupDataLayers(ctx, m, d.name);
    if (!lowerData) return fail('EIO', `metacopy with no lower data found for ${path.join('/')}`);
    d.metacopy = false;
  } else {
    const allowed = mayFollow(m, d, path);
    if (!allowed.ok) return allowed;
  }
  if (d.metacopy || (upperMetacopy && stack.length === 0)) {
    return fail('EIO', `metacopy with no lower data found - abort lookup (${path.join('/')})`);
  }
  if (!d.isDir && upper !== undefined && stack.length === 0 && originRef) stack.push(originRef);

  // The index entry, found by the origin's file handle.
  let index: Ino | undefined;
  const origin = upper !== undefined ? (verifiedOrigin ?? originRef) : stack[0];
  if (origin && m.work?.index !== undefined && (!d.isDir || (m.config.nfsExport && m.config.index))) {
    const r = lookupIndex(ctx, m, origin, upper, d.isDir);
    if (!r.ok) return r;
    index = r.value;
  }

  const upperAlias = upper !== undefined;
  let metacopy = upperMetacopy;
  if (upper === undefined && index !== undefined) {
    upper = index;
    const idx = ctx.ws.fs.inodes.get(index)!;
    upperRedirect = redirectOf(idx, ovlXattrs(m));
    metacopy = isMetacopyFile(idx, ovlXattrs(m));
    d.metacopy = metacopy;
    const allowed = mayFollow(m, d, path);
    if (!allowed.ok) return allowed;
  }

  if (upper === undefined && stack.length === 0) {
    return ok({ negative: true, path, whiteout: upperOpaque, probes });
  }
  const top = ctx.ws.fs.inodes.get(upper ?? stack[0].ino)!;
  if (!lowerData && !d.isDir && stack.length > 0) lowerData = stack[stack.length - 1];
  const bylower = hashByLower(ctx, m, upper, stack[0], index);
  return ok({
    negative: false,
    path,
    type: top.kind,
    upper,
    upperAlias,
    lowers: stack,
    lowerData: metacopy || upper === undefined ? lowerData : undefined,
    opaque: d.isDir && upperOpaque,
    redirect: upperRedirect,
    metacopy,
    index,
    probes,
    ...(bylower ? {} : { constIno: false as const }),
    ...(d.isDir && d.xwhiteouts ? { xwhiteouts: d.xwhiteouts } : {}),
  });
}

/** ovl_hash_bylower: whether the overlay inode is keyed by its lower one (and so keeps its number). */
function hashByLower(ctx: Ctx, m: OverlayMount, upper: Ino | undefined, lower: RealRef | undefined, index: Ino | undefined): boolean {
  if (!lower) return false;
  if (index !== undefined || !m.upper) return true;
  const l = ctx.ws.fs.inodes.get(lower.ino);
  const indexDir = m.config.index && m.work?.index !== undefined;
  if ((upper !== undefined || !indexDir) && l && l.kind !== 'dir' && l.nlink > 1) return false;
  return !(m.config.nfsExport && upper !== undefined);
}

/** The lower object an upper's origin xattr names, if it still exists. */
function decodeOrigin(ctx: Ctx, m: OverlayMount, upper: Ino): RealRef | undefined {
  const v = ctx.ws.fs.inodes.get(upper)?.xattrs[ovlXattrs(m).origin];
  if (v === undefined || v === '') return undefined;
  const fh = decodeFh(v);
  if (!fh || fh.upper) return undefined;
  const target = ctx.ws.fs.inodes.get(fh.ino);
  const up = ctx.ws.fs.inodes.get(upper);
  if (!target || !up || target.kind !== up.kind) return undefined;
  // All layers share one disk here, so the handle decodes on the first lower layer.
  return m.lowers.length > 0 ? { layer: 1, ino: fh.ino } : undefined;
}

/** Data-only layers: the metacopy's absolute redirect, from each data layer's root. */
function lookupDataLayers(ctx: Ctx, m: OverlayMount, redirect: string): RealRef | undefined {
  for (let k = 0; k < m.dataLowers.length; k++) {
    let cur: Ino | undefined = m.dataLowers[k].root;
    for (const comp of redirect.split('/').filter(Boolean)) {
      cur = cur === undefined ? undefined : child(ctx.ws.fs, cur, comp)?.ino;
    }
    const found = cur === undefined ? undefined : ctx.ws.fs.inodes.get(cur);
    if (found && found.kind === 'file') return { layer: m.lowers.length + 1 + k, ino: found.ino };
  }
  return undefined;
}
