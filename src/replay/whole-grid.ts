// Whole grids (every directory open) for callers that want the grid of one
// state at once: lessons' predictions and tests. The views draw through a
// GridModel of their own, a directory at a time (grid.ts).
import { resolutionPath, type Grid, type Resolution } from '../engine/explain.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';
import { GridModel } from './grid.ts';
import type { ShownMount } from './mounts.ts';

// Models by mount, for callers that ask for whole grids (lessons, tests).
const models = new WeakMap<OverlayMount, GridModel>();

function modelFor(shown: ShownMount): GridModel {
  let m = models.get(shown.mount);
  if (!m || !m.fits(shown)) models.set(shown.mount, (m = new GridModel(shown)));
  return m;
}

// Whole grids, per state and mount: stepping back and forth revisits the same states.
const grids = new WeakMap<Workspace, Map<string, Grid>>();

/** The whole grid, every directory open (for small trees: lessons, predictions, tests). */
export function gridOf(shown: ShownMount): Grid {
  const key = `${shown.phase === 'mounted' ? 'm' : 'd'}${shown.mount.id}`;
  let byMount = grids.get(shown.state);
  if (!byMount) grids.set(shown.state, (byMount = new Map()));
  let g = byMount.get(key);
  if (!g) {
    const model = modelFor(shown);
    g = { mount: shown.mount.id, layers: model.layers, rows: model.visible(shown, () => true) };
    byMount.set(key, g);
  }
  return g;
}

/** How lookup resolves `path` in the shown overlay; null when it is not mounted (no lookup can run). */
export function resolutionOf(shown: ShownMount, path: string): Resolution | null {
  if (shown.phase !== 'mounted') return null;
  return resolutionPath(shown.state, shown.mount.id, path);
}
