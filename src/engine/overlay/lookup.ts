// Looking a name up in a merged directory, as ovl_lookup() does: the upper
// layer first, then each lower layer of the parent, stopping at a whiteout,
// a non-directory or an opaque directory, following redirects, and merging
// the directories found on the way.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { LayerName, LayerProbe, ProbeOutcome } from '../events.ts';
import { child } from '../fs/fs.ts';
import type { Ino, Inode } from '../fs/inode.ts';
import { mountById, type OverlayMount } from '../workspace.ts';
import { realForData, realForMeta, type OvlEntry, type OvlLookup, type RealRef, type Via } from './entry.ts';
import { decodeFh, encodeFh, sameFh } from './fh.ts';
import { lookupIndex } from './index-dir.ts';
import { redirectFollow } from './params.ts';
import { layerLabelPath, ovlXattrs, viewXattrs } from './layers.ts';
import { isLookupWhiteout, isMetacopyFile, isOpaqueDir, mayFollow, readRedirect, redirectOf } from './marks.ts';
import { fixOrigin } from './origin.ts';
import { ovlLookupPath, probeLookup } from './resolve.ts';

interface LookupData {
  name: string;
  isDir: boolean;
  opaque: boolean;
  stop: boolean;
  last: boolean;
  redirect?: string;
  metacopy: boolean;
  absRedirect: boolean;
  /** Layers whose directory here is marked opaque="x". */
  xwhiteouts?: number[];
}

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

export function layerName(m: OverlayMount, layer: number): LayerName {
  if (layer === 0) return { kind: 'upper' };
  if (layer <= m.lowers.length) return { kind: 'lower', index: layer - 1 };
  return { kind: 'data', index: layer - 1 - m.lowers.length };
}

/** One lookupChild call's working state (module-level helpers, no closures per call: this runs per name). */
interface LookupRun {
  ctx: Ctx;
  m: OverlayMount;
  d: LookupData;
  withProbes: boolean;
  probes: LayerProbe[];
}

function probe(run: LookupRun, layer: number, dirIno: Ino, what: string, outcome: ProbeOutcome, redirect?: string): void {
  if (!run.withProbes) return;
  const l = layerName(run.m, layer);
  const path = layerLabelPath(run.ctx.ws, run.m, layer, dirIno, what);
  // What was found, by inode, so views need not read the path back.
  const ino = what.includes('/') ? undefined : child(run.ctx.ws.fs, dirIno, what)?.ino;
  const p: LayerProbe = redirect ? { layer: l, path, outcome, redirect, dir: dirIno } : { layer: l, path, outcome, dir: dirIno };
  run.probes.push(ino === undefined ? p : { ...p, ino });
}

/** What a lookup found in one layer: a real object, and its path in a layer that is an overlay. */
interface Found {
  ino: Ino;
  via?: Via;
  data?: Ino;
}

// One component in one layer (ovl_lookup_single).
function single(run: LookupRun, layer: number, base: Found, comp: string, prelen: number, post: string): Result<Found | undefined> {
  if (base.via) return singleStacked(run, layer, base, base.via, comp, prelen, post);
  const r = singleReal(run, layer, base.ino, comp, prelen, post);
  return !r.ok || r.value === undefined ? (r as Result<undefined>) : ok({ ino: r.value });
}

/**
 * One component in a layer that is an overlay mount: the name is looked up
 * through that overlay (its own lookup, its own dentry cache), which hides
 * its whiteouts and its own private xattrs. What the outer sees of the
 * object is what the inner shows: its type, and its xattrs as the inner's
 * getxattr gives them, so only an escaped <prefix>overlay.X in the inner's
 * layers reads as <prefix>X (opaque, redirect, whiteout, metacopy) to the
 * outer overlay when both use the same prefix; with different ones (one
 * mounted with userxattr) the outer reads the inner's layers' own.
 */
function singleStacked(run: LookupRun, layer: number, base: Found, via: Via, comp: string, prelen: number, post: string): Result<Found | undefined> {
  const { ctx } = run;
  const path = [...via.path, comp];
  const nested = run.withProbes ? innerProbes(ctx, via.mount, path) : undefined;
  const r = ovlLookupPath(ctx, via.mount, path);
  if (!r.ok) return r;
  const st: StackedProbe = { label: [mountById(ctx.ws, via.mount).target, ...path].join('/'), nested };
  if (r.value.negative) return judge(run, layer, undefined, base.ino, comp, prelen, post, st) as Result<undefined>;
  const e = r.value;
  const meta = ctx.ws.fs.inodes.get(realForMeta(e).ino)!;
  const view = { ...meta, xattrs: viewXattrs(ovlXattrs(mountById(ctx.ws, via.mount)), meta.xattrs) } as Inode;
  const found = judge(run, layer, view, base.ino, comp, prelen, post, st);
  if (!found.ok || found.value === undefined) return found as Result<undefined>;
  const data = e.type === 'dir' ? meta.ino : realForData(e).ino;
  return ok(data === meta.ino ? { ino: meta.ino, via: { mount: via.mount, path } } : { ino: meta.ino, via: { mount: via.mount, path }, data });
}

/** How a probe in an overlay layer is labelled: the merged path, and the inner's own probes. */
interface StackedProbe {
  label: string;
  nested?: LayerProbe[];
}

/** The inner overlay's own probes for a nested lookup (computed aside: nothing changes). */
function innerProbes(ctx: Ctx, mount: number, path: readonly string[]): LayerProbe[] | undefined {
  const r = probeLookup(ctx, mount, path);
  return r.ok ? [...r.value.probes] : undefined;
}

function say(run: LookupRun, layer: number, base: Ino, comp: string, outcome: ProbeOutcome, st: StackedProbe | undefined, found?: Ino, redirect?: string): void {
  if (!run.withProbes) return;
  if (!st) return probe(run, layer, base, comp, outcome, redirect);
  const p: LayerProbe = { layer: layerName(run.m, layer), path: st.label, outcome, dir: base, ...(redirect ? { redirect } : {}), ...(st.nested ? { nested: st.nested } : {}) };
  run.probes.push(found === undefined ? p : { ...p, ino: found });
}

function singleReal(run: LookupRun, layer: number, base: Ino, comp: string, prelen: number, post: string): Result<Ino | undefined> {
  return judge(run, layer, child(run.ctx.ws.fs, base, comp), base, comp, prelen, post, undefined);
}

/** What one layer's object (or its absence) means for the lookup: the stops and merges of ovl_lookup_single. */
function judge(run: LookupRun, layer: number, c: Inode | undefined, base: Ino, comp: string, prelen: number, post: string, st: StackedProbe | undefined): Result<Ino | undefined> {
  const { m, d } = run;
  const x = ovlXattrs(m);
  const last = post === '';
  if (!c) {
    if (last) say(run, layer, base, comp, 'absent', st);
    return ok(undefined);
  }
  if (isLookupWhiteout(c, x)) {
    d.stop = d.opaque = true;
    say(run, layer, base, comp, 'whiteout', st, c?.ino);
    return ok(undefined);
  }
  if (last && d.metacopy && c.kind !== 'file') {
    d.stop = true;
    say(run, layer, base, comp, 'skipped-nondir', st, c?.ino);
    return ok(undefined);
  }
  if (c.kind !== 'dir') {
    if (d.isDir || !last) {
      d.stop = true;
      say(run, layer, base, comp, 'skipped-nondir', st, c?.ino);
      return ok(undefined);
    }
    d.metacopy = isMetacopyFile(c, x);
    d.stop = !d.metacopy;
    if (!d.metacopy || d.last) {
      say(run, layer, base, comp, d.metacopy ? 'metacopy' : 'file', st, c.ino);
      return ok(c.ino);
    }
  } else {
    if (!st && m.traps.includes(c.ino)) return fail('ELOOP', `overlapping layers: ${comp} is a layer or work directory of this overlay`);
    if (last) d.isDir = true;
    if (d.last) {
      if (last) say(run, layer, base, comp, 'dir', st, c?.ino);
      return ok(c.ino);
    }
    // opaque="x": a directory that may hold xattr whiteouts; never read on
    // the upper, nor on the lowest layer (returned above).
    if (last && layer !== 0 && c.xattrs[x.opaque] === 'x') (d.xwhiteouts ??= []).push(layer);
    if (isOpaqueDir(c, x)) {
      d.stop = true;
      if (last) d.opaque = true;
      if (last) say(run, layer, base, comp, 'opaque-dir', st, c?.ino);
      return ok(c.ino);
    }
  }
  const r = readRedirect(c, x);
  if (!r.ok) return r;
  if (r.value !== undefined) {
    if (r.value.startsWith('/')) {
      d.absRedirect = true;
      d.stop = false;
      d.name = r.value + post;
    } else {
      d.absRedirect = false;
      d.name = d.name.slice(0, prelen) + r.value + post;
    }
    d.redirect = d.name;
  }
  if (last) say(run, layer, base, comp, r.value !== undefined ? 'redirect' : c.kind === 'dir' ? 'dir' : 'metacopy', st, c.ino, r.value);
  return ok(c.ino);
}

// The (possibly absolute, multi-component) name in one layer (ovl_lookup_layer).
function inLayer(run: LookupRun, layer: number, base: Found): Result<Found | undefined> {
  const { ctx, d } = run;
  if (!d.name.startsWith('/')) return single(run, layer, base, d.name, 0, '');
  const name = d.name;
  let cur: Found | undefined = base;
  let pos = 1;
  while (cur !== undefined) {
    const dirNow = ctx.ws.fs.inodes.get(cur.ino);
    if (!dirNow || dirNow.kind !== 'dir') break;
    const next = name.indexOf('/', pos);
    const comp = next < 0 ? name.slice(pos) : name.slice(pos, next);
    const post = next < 0 ? '' : name.slice(next);
    const r = single(run, layer, cur, comp, pos, post);
    if (!r.ok) return r;
    if (next < 0) return r;
    cur = r.value;
    // A redirect inside the walk rewrote d.name: ovl_lookup_layer keeps
    // counting from the end, so recompute the position the same way.
    pos = d.name.length - (name.length - next) + 1;
  }
  return ok(undefined);
}

/**
 * ovl_lookup of one name in a merged directory. With `withProbes` the
 * result lists each layer consulted; with a `probeSink` they go there
 * instead, and the result is exactly the one a lookup without probes gives.
 */
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
