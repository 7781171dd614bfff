// Goals about a container on an opened image: its paths depend on the
// image (overlay2 names a container's directories by a 64-digit id), so a
// lesson names them by placeholder, `@upper/etc/passwd` and
// `@merged/etc/passwd`, and the check binds them to the container the
// session runs (its upper is <id>/diff, its root <id>/merged). Messages
// name the paths as the learner types them in the container: `etc/passwd`
// and `../diff/etc/passwd` (the terminal starts in merged/).
import type { Expect, Goal, GoalResult, Msg } from './types.ts';

/** A container's upper (its diff/) and merged directories, as workspace paths. */
export interface Binding {
  upper: string;
  merged: string;
}

const PLACES = ['@upper', '@merged'] as const;

/** overlay2's layout: a container's upper directory sits beside its merged/, as diff/. */
export function containerBinding(merged: string): Binding {
  return { merged, upper: merged.replace(/\/merged$/, '/diff') };
}

export const isPlaceholder = (path: string) => PLACES.some((p) => path === p || path.startsWith(`${p}/`));

/** `@upper/x` and `@merged/x` as workspace paths of the bound container; other paths as they are. */
export function resolvePath(path: string, b: Binding): string {
  if (path === '@upper' || path.startsWith('@upper/')) return b.upper + path.slice('@upper'.length);
  if (path === '@merged' || path.startsWith('@merged/')) return b.merged + path.slice('@merged'.length);
  return path;
}

/** A placeholder path as typed in the container's root: `etc/passwd`, `../diff/etc/passwd`. */
export function displayPath(path: string): string {
  if (path === '@merged') return '.';
  if (path.startsWith('@merged/')) return path.slice('@merged/'.length);
  if (path === '@upper' || path.startsWith('@upper/')) return `../diff${path.slice('@upper'.length)}`;
  return path;
}

const expectsOf = (g: Goal): readonly Expect[] => (g.kind === 'state' ? g.expect : g.kind === 'question' ? g.proof.expect : []);

/** Whether a goal names container paths, and so can only be checked on an opened image. */
export function needsBinding(g: Goal): boolean {
  return expectsOf(g).some((x) => isPlaceholder(x.path));
}

const bindAll = (xs: readonly Expect[], b: Binding): Expect[] => xs.map((x) => ({ ...x, path: resolvePath(x.path, b) }));

/** The goal with its placeholders resolved against the container. */
export function bindGoal<G extends Goal>(g: G, b: Binding): G {
  if (g.kind === 'state') return { ...g, expect: bindAll(g.expect, b) };
  if (g.kind === 'question') return { ...g, proof: { ...g.proof, expect: bindAll(g.proof.expect, b) } };
  return g;
}

/** A result's messages with the bound paths named as the learner types them. */
export function displayResult(r: GoalResult, g: Goal, b: Binding): GoalResult {
  const names = new Map(expectsOf(g).filter((x) => isPlaceholder(x.path)).map((x) => [resolvePath(x.path, b), displayPath(x.path)]));
  if (names.size === 0) return r;
  const rename = (m: Msg): Msg => {
    const path = m.params?.path;
    return typeof path === 'string' && names.has(path) ? { ...m, params: { ...m.params, path: names.get(path)! } } : m;
  };
  return { ...r, missing: r.missing.map(rename) };
}

/** What an unbound goal says: there is no container to look at yet. */
export const NO_IMAGE: GoalResult = { met: false, missing: [{ key: 'goal.expect.no-image' }] };
