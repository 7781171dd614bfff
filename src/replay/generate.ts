// Large workspaces for benchmarks and the "big stack" demo: several lower
// layers, an upper with some whiteouts and edits, mounted. Built through the
// engine's own syscalls (not recorded), so it is a real overlay.
import { O_CREAT, O_TRUNC, O_WRONLY } from '../engine/api.ts';
import { utf8Encode } from '../engine/bytes.ts';
import { Kernel } from '../engine/kernel.ts';
import type { Workspace } from '../engine/workspace.ts';

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

/** Returns the workspace with `merged` mounted, and the lowerdir order used. */
export function generateStack(spec: StackSpec): { state: Workspace; lowers: string[] } {
  const k = new Kernel(undefined, '', { record: false });
  const fanout = spec.fanout ?? 100;
  const lowers = layerNames(spec.layers);
  for (const d of ['upper', 'work', 'merged', ...lowers]) k.mkdir(d, 0o755);
  const perLayer = Math.ceil(spec.entries / spec.layers);
  const write = (path: string, text: string) => {
    const fd = k.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    if (!fd.ok) throw new Error(`generate: ${path}: ${fd.errno}`);
    k.write(fd.value, utf8Encode(text));
    k.close(fd.value);
  };
  lowers.forEach((layer, li) => {
    let made = 0;
    for (let d = 0; made < perLayer; d++) {
      const dir = `${layer}/d${String(d).padStart(4, '0')}`;
      k.mkdir(dir, 0o755);
      made++;
      for (let f = 0; f < fanout - 1 && made < perLayer; f++, made++) {
        // Every layer writes some of the same names, so upper layers shadow lower ones.
        write(`${dir}/f${String((f + li * 7) % (fanout * 2)).padStart(4, '0')}.txt`, `${layer} ${d} ${f}\n`);
      }
    }
  });
  const r = k.mount('overlay', 'merged', 'overlay', 0, `lowerdir=${lowers.map((l) => `./${l}`).join(':')},upperdir=./upper,workdir=./work`);
  if (!r.ok) throw new Error(`generate: mount failed: ${r.errno}`);
  return { state: k.ws, lowers };
}
