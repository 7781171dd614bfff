// Large workspaces for benchmarks and the "big stack" demo: several lower
// layers, an upper with some whiteouts and edits, mounted. Built through the
// engine's own syscalls (not recorded), so it is a real overlay.
import { Kernel } from '../engine/kernel.ts';
import type { Workspace } from '../engine/workspace.ts';
import { loadTree, type TreeSpec } from '../engine/fs/bulk.ts';

export interface StackSpec {
  /** Number of lower layers (named base, mid1, ..., top). */
  layers: number;
  /** Total entries (files and directories) across all layers. */
  entries: number;
  /** Entries per directory. */
  fanout?: number;
}

function layerNames(n: number): string[] {
  if (n === 1) return ['lower'];
  return Array.from({ length: n }, (_, i) => (i === 0 ? 'top' : i === n - 1 ? 'base' : `mid${n - 1 - i}`));
}

/** The layers' contents: every layer writes some of the same names, so upper layers shadow lower ones. */
export function stackSpec(spec: StackSpec): { lowers: string[]; trees: TreeSpec[] } {
  const fanout = spec.fanout ?? 100;
  const lowers = layerNames(spec.layers);
  const perLayer = Math.ceil(spec.entries / spec.layers);
  const trees = lowers.map((layer, li) => {
    const tree: TreeSpec = {};
    let made = 0;
    for (let d = 0; made < perLayer; d++) {
      const dir: TreeSpec = {};
      tree[`d${String(d).padStart(4, '0')}`] = dir;
      made++;
      for (let f = 0; f < fanout - 1 && made < perLayer; f++, made++) {
        // Layer names and numbers are ASCII, so the text is its own UTF-8.
        dir[`f${String((f + li * 7) % (fanout * 2)).padStart(4, '0')}.txt`] = `${layer} ${d} ${f}\n`;
      }
    }
    return tree;
  });
  return { lowers, trees };
}

/** Returns the workspace with `merged` mounted, and the lowerdir order used. */
export function generateStack(spec: StackSpec): { state: Workspace; lowers: string[] } {
  const k = new Kernel(undefined, '', { record: false });
  const { lowers, trees } = stackSpec(spec);
  for (const d of ['upper', 'work', 'merged', ...lowers]) k.mkdir(d, 0o755);
  lowers.forEach((layer, i) => {
    const root = k.ws.fs.inodes.get(1)!;
    const ino = root.kind === 'dir' ? root.entries.get(layer)! : 0;
    k.ws = { ...k.ws, fs: loadTree(k.ws.fs, ino, trees[i]) };
  });
  const r = k.mount('overlay', 'merged', 'overlay', 0, `lowerdir=${lowers.map((l) => `./${l}`).join(':')},upperdir=./upper,workdir=./work`);
  if (!r.ok) throw new Error(`generate: mount failed: ${r.errno}`);
  return { state: k.ws, lowers };
}
