// One name in one layer of a lookup, as ovl_lookup_layer() and
// ovl_lookup_single() do it: a whiteout, a non-directory or an opaque
// directory stops the search, a redirect sends it on from the layer root,
// and in a layer that is itself an overlay the name is looked up through
// that overlay. lookup.ts walks the layers with it.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { LayerName, LayerProbe, ProbeOutcome } from '../events.ts';
import { child } from '../fs/fs.ts';
import type { Ino, Inode } from '../fs/inode.ts';
import { mountById, type OverlayMount } from '../workspace.ts';
import { realForData, realForMeta, type Via } from './entry.ts';
import { layerLabelPath, ovlXattrs, viewXattrs } from './layers.ts';
import { isLookupWhiteout, isMetacopyFile, isOpaqueDir, readRedirect } from './marks.ts';
import { ovlLookupPath, probeLookup } from './resolve.ts';

export interface LookupData {
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

export function layerName(m: OverlayMount, layer: number): LayerName {
  if (layer === 0) return { kind: 'upper' };
  if (layer <= m.lowers.length) return { kind: 'lower', index: layer - 1 };
  return { kind: 'data', index: layer - 1 - m.lowers.length };
}

/** One lookupChild call's working state (module-level helpers, no closures per call: this runs per name). */
export interface LookupRun {
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
export interface Found {
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
export function inLayer(run: LookupRun, layer: number, base: Found): Result<Found | undefined> {
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
