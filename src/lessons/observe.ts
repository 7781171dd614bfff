// What a goal is checked against: the workspace after the last command, as
// overlay-trace/1 entries, and that command's exit status and output. The
// engine gives it through snapshotTree (lstat of every path, the mount
// point seen through the overlay); the kernel oracle gives the same shape
// in its trace. One evaluator over one shape means a lesson's goal is
// judged the same way whether the simulator or Linux ran the commands.
import { Kernel } from '../engine/kernel.ts';
import { snapshotTree } from '../engine/snapshot.ts';
import type { Workspace } from '../engine/workspace.ts';
import { endOf, type Timeline } from '../replay/timeline.ts';
import { toTraceTree } from '../scenario/to-trace.ts';
import type { TraceDoc, TraceEntry } from '../scenario/trace.ts';

export interface Observed {
  tree: readonly TraceEntry[];
  /** Exit status and output of the last command, when there was one. */
  status?: number;
  stdout?: string;
}

// Stepping through a timeline revisits the same immutable states.
const cache = new WeakMap<Workspace, Map<string, TraceEntry[]>>();

/** The workspace as the trace would record it; `workdirs` get their temp names normalized (#N, <fh>). */
export function treeOfState(state: Workspace, workdirs: readonly string[]): TraceEntry[] {
  const key = workdirs.join('\0');
  let byDirs = cache.get(state);
  if (!byDirs) cache.set(state, (byDirs = new Map()));
  let tree = byDirs.get(key);
  if (!tree) {
    // A throwaway kernel: the walk's lookups may write (an origin fix), and
    // the timeline's own states must stay as they are.
    tree = toTraceTree(snapshotTree(new Kernel(state, '', { record: false })), workdirs);
    byDirs.set(key, tree);
  }
  return tree;
}

export function observeTimeline(t: Timeline): Observed {
  const last = t.commands[t.commands.length - 1];
  const tree = treeOfState(endOf(t).state, t.workdirs);
  return last ? { tree, status: last.status, stdout: last.stdout } : { tree };
}

/** The last step of a recorded trace (the kernel's, or the engine's timelineToTrace). */
export function observeTrace(doc: TraceDoc): Observed {
  const last = doc.steps[doc.steps.length - 1];
  return last ? { tree: last.tree, status: last.status, stdout: last.stdout } : { tree: [] };
}

export function entryAt(o: Observed, path: string): TraceEntry | undefined {
  return o.tree.find((e) => e.path === path);
}
