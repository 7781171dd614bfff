// Every layer seen at once: for each path, the version each layer holds
// and what hides it (overwritten by a higher layer, deleted by a higher
// layer's whiteout, under a higher layer's opaque directory), and from
// that, the bytes the merged view can never reach. Computed from the layer
// trees with the same rules overlayfs follows at lookup (a whiteout stops
// the search, a non-directory stops it, an opaque directory stops it below
// itself, directories merge); tests hold it to the kernel's merged tree.
import type { Image } from './image.ts';
import type { LayerNode } from './layer.ts';
import { compareNames } from './names.ts';

export type HideKind = 'overwritten' | 'whiteout' | 'opaque';

/** Why a layer's version of a path cannot be seen: a higher layer, at this path or above it. */
export interface Hidden {
  kind: HideKind;
  /** The layer that hides it (1 = bottom). */
  layer: number;
  /** Where that layer does it: the path itself or a directory above it. */
  at: string;
}

export type VersionStatus = { kind: 'visible' } | { kind: 'whiteout' } | { kind: 'hidden'; by: Hidden };

export interface PathVersion {
  layer: number;
  node: LayerNode;
  status: VersionStatus;
}

/**
 * Calls `fn` for every path any layer holds (parents first), with each
 * layer's version there and what hides it: the data behind a grid of
 * paths by layers.
 */
export function forEachPath(image: Image, fn: (path: string, versions: PathVersion[]) => void): void {
  descend(image, fn);
}

function descend(
  image: Image,
  fn: (path: string, versions: PathVersion[]) => void,
  only?: readonly string[],
): void {
  const n = image.layers.length;
  const roots = image.layers.map((l) => l.tree.root);
  const visit = (parts: string[], nodes: (LayerNode | undefined)[], inherited: (Hidden | undefined)[]) => {
    const names = new Set<string>();
    for (const d of nodes) if (d && d.kind === 'dir') for (const k of d.children!.keys()) names.add(k);
    const list = only ? (only.length > parts.length && names.has(only[parts.length]) ? [only[parts.length]] : []) : [...names];
    for (const name of list) {
      const childParts = [...parts, name];
      const path = `/${childParts.join('/')}`;
      const here: (LayerNode | undefined)[] = nodes.map((d) => (d && d.kind === 'dir' ? d.children!.get(name) : undefined));
      const versions: PathVersion[] = [];
      const next: (Hidden | undefined)[] = new Array(n).fill(undefined);
      for (let i = 0; i < n; i++) {
        const v = here[i];
        if (!v) continue;
        let by = inherited[i];
        if (!by) {
          for (let k = i + 1; k < n && !by; k++) {
            const m = here[k];
            if (!m) continue;
            if (m.whiteout) by = { kind: 'whiteout', layer: k + 1, at: path };
            else if (m.kind !== 'dir' || v.kind !== 'dir') by = { kind: 'overwritten', layer: k + 1, at: path };
            else if (m.opaque) by = { kind: 'opaque', layer: k + 1, at: path };
          }
        }
        const status: VersionStatus = v.whiteout && !by ? { kind: 'whiteout' } : by ? { kind: 'hidden', by } : { kind: 'visible' };
        versions.push({ layer: i + 1, node: v, status });
        if (v.kind === 'dir') next[i] = by;
      }
      if (!only || childParts.length === only.length) fn(path, versions);
      if (here.some((v) => v && v.kind === 'dir')) visit(childParts, here, next);
    }
  };
  visit([], roots, new Array(n).fill(undefined));
}

/** Every version of one path, bottom layer first, with what hides each. */
export function pathVersions(image: Image, path: string): PathVersion[] {
  const parts = path.split('/').filter((p) => p !== '');
  let out: PathVersion[] = [];
  if (parts.length === 0) return out;
  descend(image, (_p, v) => (out = v), parts);
  return out;
}

export interface WastedPath {
  path: string;
  layer: number;
  size: number;
  by: Hidden;
}

export interface LayerWaste {
  layer: number;
  /** Bytes of regular files the layer stores (a hard-linked file once). */
  storedBytes: number;
  /** Of those, bytes the merged view reaches. */
  reachableBytes: number;
  /** storedBytes - reachableBytes. */
  hiddenBytes: number;
}

export interface DiveFigure {
  /** dive's efficiency score: sum of each path's smallest copy over sum of all its copies. */
  efficiency: number;
  /** dive's wasted bytes: every copy of every path found in two or more layers, the visible one included. */
  wastedBytes: number;
  /** Bytes of the layers above the first. */
  userSizeBytes: number;
  userWastedPercent: number;
}

export interface ImageAnalysis {
  layers: LayerWaste[];
  storedBytes: number;
  reachableBytes: number;
  hiddenBytes: number;
  /** reachableBytes / storedBytes (1 for an image with no file bytes). */
  efficiency: number;
  /** The largest hidden files, a hard-linked file once. */
  topWasted: WastedPath[];
  dive: DiveFigure;
}

export function analyzeImage(image: Image, top = 20): ImageAnalysis {
  const reachable = image.layers.map(() => new Set<LayerNode>());
  const hidden = new Map<LayerNode, WastedPath>();
  descend(image, (path, versions) => {
    for (const v of versions) {
      if (v.node.kind !== 'file') continue;
      if (v.status.kind === 'visible') reachable[v.layer - 1].add(v.node);
      else if (v.status.kind === 'hidden' && !hidden.has(v.node)) hidden.set(v.node, { path, layer: v.layer, size: v.node.size, by: v.status.by });
    }
  });
  const layers: LayerWaste[] = image.layers.map((l, i) => {
    let reach = 0;
    for (const f of reachable[i]) reach += f.size;
    return { layer: l.index, storedBytes: l.tree.stats.bytes, reachableBytes: reach, hiddenBytes: l.tree.stats.bytes - reach };
  });
  const storedBytes = layers.reduce((s, l) => s + l.storedBytes, 0);
  const reachableBytes = layers.reduce((s, l) => s + l.reachableBytes, 0);
  const topWasted = [...hidden.entries()]
    .filter(([node]) => !reachable[hidden.get(node)!.layer - 1].has(node))
    .map(([, w]) => w)
    .sort((a, b) => b.size - a.size || compareNames(a.path, b.path))
    .slice(0, top);
  return {
    layers,
    storedBytes,
    reachableBytes,
    hiddenBytes: storedBytes - reachableBytes,
    efficiency: storedBytes === 0 ? 1 : reachableBytes / storedBytes,
    topWasted,
    dive: diveFigure(image),
  };
}

/**
 * dive's numbers, computed the way dive computes them, to show beside ours:
 * per path, the sizes of its copies in every layer (a leaf only; opaque
 * markers ignored; a whiteout counts what it deletes if that was a
 * directory, nothing if it was a file); wasted = all copies of every path
 * seen in two or more layers.
 */
export function diveFigure(image: Image): DiveFigure {
  const perPath = new Map<string, { total: number; min: number; count: number }>();
  const stacked = (upTo: number, parts: string[]): LayerNode | undefined => {
    // The path in the stack of layers 1..upTo, dive's StackTreeRange (whiteouts remove, later layers win).
    let found: LayerNode | undefined;
    for (let i = 0; i < upTo; i++) {
      let d: LayerNode | undefined = image.layers[i].tree.root;
      for (const p of parts) d = d && d.kind === 'dir' ? d.children!.get(p) : undefined;
      if (d) found = d.whiteout ? undefined : d;
    }
    return found;
  };
  const sizeUnder = (d: LayerNode): number => {
    let s = 0;
    for (const c of d.children?.values() ?? []) s += c.kind === 'dir' ? sizeUnder(c) : c.size;
    return s;
  };
  image.layers.forEach((layer, i) => {
    const walk = (d: LayerNode, parts: string[]) => {
      for (const [name, c] of d.children!) {
        const p = [...parts, name];
        if (c.kind === 'dir' && c.children!.size > 0) {
          walk(c, p);
          continue;
        }
        let size = c.size;
        if (c.whiteout) {
          const prev = stacked(i, p);
          size = prev && prev.kind === 'dir' ? sizeUnder(prev) : 0;
        }
        const key = p.join('/');
        const e = perPath.get(key) ?? { total: 0, min: Number.POSITIVE_INFINITY, count: 0 };
        e.total += size;
        e.min = Math.min(e.min, size);
        e.count++;
        perPath.set(key, e);
      }
    };
    walk(layer.tree.root, []);
  });
  let minSum = 0;
  let total = 0;
  let wasted = 0;
  for (const e of perPath.values()) {
    minSum += e.min;
    total += e.total;
    if (e.count >= 2) wasted += e.total;
  }
  const userSizeBytes = image.layers.slice(1).reduce((s, l) => s + l.tree.stats.bytes, 0);
  return { efficiency: total === 0 ? 1 : minSum / total, wastedBytes: wasted, userSizeBytes, userWastedPercent: userSizeBytes === 0 ? 0 : wasted / userSizeBytes };
}
