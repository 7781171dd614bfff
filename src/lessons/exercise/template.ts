// An exercise template: what a lesson taught, as a command over a layer
// setup built around its target. The template only arranges the setup and
// names the paths to ask about; the answer always comes from the engine.
import type { Rng } from '../prng.ts';
import type { Layout, SetupBuilder } from './builder.ts';

export interface Built {
  command: string;
  /** Paths inside the overlay the learner predicts. */
  ask: string[];
  /** What the command acts on: "name the command" distractors act on it too. */
  target: { kind: 'file' | 'dir'; path: string };
}

export interface Template {
  /** Also the explanation's key: exercise.explain.<id>. */
  id: string;
  /** The lesson that teaches it. */
  level: number;
  layout: Layout;
  /** Mount options beyond the layers. */
  options?: string[];
  /** The command can fail: the learner predicts whether it succeeds. */
  mayFail?: boolean;
  /** Changes nothing on disk: useless for "name the command". */
  noChange?: boolean;
  build(b: SetupBuilder, rng: Rng): Built;
}

/** A file path in a lower-only directory half the time, at the top the other half. */
export function lowerFile(b: SetupBuilder, rng: Rng, layer = b.base): { path: string; parent: string | null } {
  if (rng.chance(0.5)) {
    const path = b.fresh(rng, 'file');
    b.file(layer, path);
    return { path, parent: null };
  }
  const parent = b.fresh(rng, 'dir');
  const path = b.child(rng, parent);
  b.file(layer, path);
  b.file(layer, b.child(rng, parent));
  return { path, parent };
}

/** A lower directory with one or two children; returns the directory and its first child. */
export function lowerDir(b: SetupBuilder, rng: Rng, layer = b.base): { dir: string; child: string } {
  const dir = b.fresh(rng, 'dir');
  const child = b.child(rng, dir);
  b.file(layer, child);
  if (rng.chance(0.5)) b.file(layer, b.child(rng, dir));
  return { dir, child };
}
