// "Name the command": any command that leads to the same state counts, so
// the check compares outcomes, not spellings. The outcome is what the grid
// and inspector show (every path outside the workdirs, with its type,
// mode, content and the overlay marks), read from the engine's tree.
import { isWorkPath } from '../../scenario/compare.ts';
import type { Timeline } from '../../replay/timeline.ts';
import { observeTimeline } from '../observe.ts';

const X = 'trusted.overlay.';

export type Outcome = ReadonlyMap<string, string>;

export function outcomeOf(t: Timeline): Outcome {
  const out = new Map<string, string>();
  for (const e of observeTimeline(t).tree) {
    if (isWorkPath(e.path, t.workdirs)) continue;
    const x = e.xattrs ?? {};
    out.set(e.path, JSON.stringify([e.type, e.mode ?? null, e.content ?? null, e.target ?? null, x[`${X}opaque`] ?? null, x[`${X}redirect`] ?? null, `${X}metacopy` in x]));
  }
  return out;
}

/** Paths where two outcomes differ, sorted. */
export function outcomeDiff(a: Outcome, b: Outcome): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

/** Commands of the same shape as the answer, acting on the same target: candidates for wrong choices. */
export function distractorPool(target: { kind: 'file' | 'dir'; path: string }): string[] {
  const p = `merged/${target.path}`;
  if (target.kind === 'file') {
    return [`echo "changed" > ${p}`, `echo "more" >> ${p}`, `rm ${p}`, `chmod 600 ${p}`, `touch ${p}`, `mv ${p} ${p}.old`, `cat ${p}`];
  }
  return [`rm -r ${p}`, `rm -rf ${p} && mkdir ${p}`, `mkdir ${p}/new`, `mv ${p} ${p}.old`, `rmdir ${p}`, `touch ${p}`, `ls ${p}`];
}
