// xino: one inode number space for layers on several filesystems
// (super.c ovl_get_layers and ovl_get_fsid, inode.c ovl_map_dev_ino).
// Each filesystem under the overlay gets an fsid: 0 is the upper's (kept
// for it even without an upper), then each other filesystem in lowerdir
// order. Only when the layers span more than one filesystem, and xino is
// on (or auto and allowed), are the top bits of st_ino given to the fsid:
// ilog2(numfs - 1) + 2 of them, the lowest of those reserved, so an object
// of fsid F with real number I reports I | F << (64 - bits + 1). Plain
// directories in the engine all share one disk, so a second filesystem is
// always an overlay mount used as a lower layer.
import type { Layer, OverlayMount } from '../workspace.ts';

/** Which filesystem a layer is on: the disk, or an overlay mount. */
const fsKey = (l: Layer): string => (l.ovl ? `ovl:${l.ovl.mount}` : 'disk');

/** ofs->numfs and the fsid of every layer (0 the upper, 1.. the lowers, then data-only lowers). */
function fsids(m: OverlayMount): { numfs: number; byLayer: number[] } {
  const seen = new Map<string, number>();
  if (m.upper) seen.set(fsKey(m.upper), 0);
  let numfs = 1;
  const byLayer = [0];
  for (const l of [...m.lowers, ...m.dataLowers]) {
    const key = fsKey(l);
    let id = seen.get(key);
    if (id === undefined) {
      id = numfs++;
      seen.set(key, id);
    }
    byLayer.push(id);
  }
  return { numfs, byLayer };
}

/** ovl_same_fs: every layer on one filesystem (numfs, not counting the reserved upper slot of a lower-only mount, is 1). */
export function sameFs(m: OverlayMount): boolean {
  return fsids(m).numfs - (m.upper ? 0 : 1) === 1;
}

/**
 * ovl_xino_bits > 0: the layers span filesystems and xino is on, or auto
 * without an upper layer. With an upper, xino=auto falls back to off at a
 * lower that cannot decode file handles, which an overlay layer cannot
 * ("falling back to xino=off"). On one filesystem xino=on is ignored
 * ("useless with all layers on same fs").
 */
export function xinoInEffect(m: OverlayMount): boolean {
  if (m.config.xino === 'off' || (m.config.xino === 'auto' && m.upper)) return false;
  return !sameFs(m);
}

/** ovl_same_dev: one filesystem, or xino giving the layers one st_dev and one inode number space. */
export function sameDev(m: OverlayMount): boolean {
  return sameFs(m) || xinoInEffect(m);
}

/** The high bits xino puts in the st_ino of an object shown from `layer`, if any. */
export interface XinoHigh {
  readonly fsid: number;
  readonly shift: number;
}

export function xinoHigh(m: OverlayMount, layer: number): XinoHigh | undefined {
  if (!xinoInEffect(m)) return undefined;
  const { numfs, byLayer } = fsids(m);
  const fsid = byLayer[layer] ?? 0;
  if (fsid === 0) return undefined;
  const bits = Math.floor(Math.log2(numfs - 1)) + 2;
  return { fsid, shift: 64 - bits + 1 };
}
