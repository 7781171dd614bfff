// The grid the views show, computed once per (state, mount): stepping back
// and forth revisits the same immutable states, and each keeps its grid
// for as long as the state itself is alive.
import { layerGrid, resolutionPath, type Grid, type Resolution } from '../engine/explain.ts';
import type { Workspace } from '../engine/workspace.ts';
import { diskGrid } from './disk-grid.ts';
import type { ShownMount } from './mounts.ts';

const grids = new WeakMap<Workspace, Map<string, Grid>>();

export function gridOf(shown: ShownMount): Grid {
  const key = `${shown.phase === 'mounted' ? 'm' : 'd'}${shown.mount.id}`;
  let byMount = grids.get(shown.state);
  if (!byMount) grids.set(shown.state, (byMount = new Map()));
  let g = byMount.get(key);
  if (!g) {
    g = shown.phase === 'mounted' ? layerGrid(shown.state, shown.mount.id) : diskGrid(shown.state, shown.mount);
    byMount.set(key, g);
  }
  return g;
}

/** How lookup resolves `path` in the shown overlay; null when it is not mounted (no lookup can run). */
export function resolutionOf(shown: ShownMount, path: string): Resolution | null {
  if (shown.phase !== 'mounted') return null;
  return resolutionPath(shown.state, shown.mount.id, path);
}
