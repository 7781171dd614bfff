// The opened image's paths for the page to browse, built once per image in
// the worker from one pass over every layer (forEachPath), and one path's
// provenance on request (pathVersions walks only down that path): the page
// never holds the layer trees.
import { diveFigure, forEachPath, pathVersions, type Image, type LayerNode, type PathVersion } from '../image/index.ts';
import { OPAQUE, SEEN, SHADOWED, type BrowseType, type ImageIndex, type PathProvenance, type PathVersionInfo } from './image-browse-types.ts';

const LETTER: Record<LayerNode['kind'], BrowseType> = { file: 'f', dir: 'd', symlink: 'l', chardev: 'c', blockdev: 'b', fifo: 'p' };

function typeOf(n: LayerNode): BrowseType {
  return n.whiteout ? 'w' : LETTER[n.kind];
}

/** A version dive counts at its path: anything but a directory with entries (dive walks into those). */
function diveLeaf(n: LayerNode): boolean {
  return n.kind !== 'dir' || n.children!.size === 0;
}

interface Built {
  index: ImageIndex;
  /** Per layer, the file inodes the merged view reaches. */
  reachable: Set<LayerNode>[];
}

const cache = new WeakMap<Image, Built>();

function build(image: Image): Built {
  const hit = cache.get(image);
  if (hit) return hit;
  const names: string[] = [];
  const parents: number[] = [];
  const types: string[] = [];
  const layers: number[] = [];
  const sizes: number[] = [];
  const flags: number[] = [];
  const changed: number[][] = image.layers.map(() => []);
  const rowOf = new Map<string, number>();
  const reachable = image.layers.map(() => new Set<LayerNode>());
  /** Hidden file inodes, with the row of the first name they were met at. */
  const hidden = new Map<LayerNode, { row: number; layer: number; opaque: boolean; diveCounted: boolean }>();
  let visibleCopies = 0;
  /** Hidden file versions dive counts, to tell afterwards which a hard link still shows. */
  const diveHidden: { node: LayerNode; layer: number }[] = [];
  forEachPath(image, (path, versions) => {
    const cut = path.lastIndexOf('/');
    const row = names.length;
    rowOf.set(path, row);
    names.push(path.slice(cut + 1));
    parents.push(cut === 0 ? -1 : (rowOf.get(path.slice(0, cut)) ?? -1));
    let seen: PathVersion | undefined;
    let f = 0;
    let leaves = 0;
    for (const v of versions) {
      changed[v.layer - 1].push(row);
      if (v.node.opaque) f |= OPAQUE;
      if (v.status.kind === 'visible') seen = v;
      else if (v.status.kind === 'hidden') f |= SHADOWED;
      if (diveLeaf(v.node)) leaves++;
    }
    const top = versions[versions.length - 1];
    const shown = seen ?? top;
    if (seen) f |= SEEN;
    types.push(typeOf(shown.node));
    layers.push(top.layer);
    sizes.push(shown.node.kind === 'file' ? shown.node.size : 0);
    flags.push(f);
    for (const v of versions) {
      if (v.node.kind !== 'file') continue;
      if (v.status.kind === 'visible') reachable[v.layer - 1].add(v.node);
      else if (v.status.kind === 'hidden') {
        if (!hidden.has(v.node)) hidden.set(v.node, { row, layer: v.layer, opaque: v.status.by.kind === 'opaque', diveCounted: leaves >= 2 });
        if (leaves >= 2) diveHidden.push({ node: v.node, layer: v.layer });
      }
    }
    if (leaves >= 2 && seen && seen.node.kind === 'file') visibleCopies += seen.node.size;
  });
  const rows = names.length;
  const wasted = new Float64Array(rows);
  let missed = 0;
  let underOpaque = 0;
  for (const [node, h] of hidden) {
    if (reachable[h.layer - 1].has(node)) continue;
    wasted[h.row] += node.size;
    if (!h.diveCounted) {
      missed += node.size;
      if (h.opaque) underOpaque += node.size;
    }
  }
  let stillSeen = 0;
  for (const h of diveHidden) if (reachable[h.layer - 1].has(h.node)) stillSeen += h.node.size;
  const sizeCol = Float64Array.from(sizes);
  // A directory's size: the seen files below it (children come after their parents).
  for (let i = rows - 1; i >= 0; i--) if (flags[i] & SEEN && parents[i] >= 0) sizeCol[parents[i]] += sizeCol[i];
  let storedBytes = 0;
  let reachableBytes = 0;
  image.layers.forEach((l, i) => {
    storedBytes += l.tree.stats.bytes;
    for (const node of reachable[i]) reachableBytes += node.size;
  });
  const dive = diveFigure(image);
  const index: ImageIndex = {
    names,
    parents: Int32Array.from(parents),
    types: types.join(''),
    layers: Uint16Array.from(layers),
    sizes: sizeCol,
    wasted,
    flags: Uint8Array.from(flags),
    changed: changed.map((c) => Int32Array.from(c)),
    storedBytes,
    hiddenBytes: storedBytes - reachableBytes,
    efficiency: storedBytes === 0 ? 1 : reachableBytes / storedBytes,
    dive: { ...dive },
    diff: { visibleCopies, missed, underOpaque, stillSeen },
  };
  const built = { index, reachable };
  cache.set(image, built);
  return built;
}

/** Every path of the image, for the tree (built on the first call, kept while the image is). */
export function imageIndex(image: Image): ImageIndex {
  return build(image).index;
}

/** Every layer's version of one path, top layer first, with what hides each and the bytes it wastes. */
export function pathProvenance(image: Image, path: string): PathProvenance {
  const { reachable } = build(image);
  const versions: PathVersionInfo[] = pathVersions(image, path)
    .map((v) => {
      const node = v.node;
      const hiddenFile = v.status.kind === 'hidden' && node.kind === 'file';
      return {
        layer: v.layer,
        type: typeOf(node),
        size: node.kind === 'file' ? node.size : 0,
        mode: node.mode,
        uid: node.uid,
        gid: node.gid,
        sha256: node.sha256.slice(0, 16),
        target: node.target,
        opaque: node.opaque,
        status: v.status.kind,
        ...(v.status.kind === 'hidden' ? { by: { ...v.status.by } } : {}),
        wasted: hiddenFile && !reachable[v.layer - 1].has(node) ? node.size : 0,
      };
    })
    .reverse();
  return { path, versions };
}
