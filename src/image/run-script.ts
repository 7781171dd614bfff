// A scenario run inside a container: its working directory is the
// container's root (the merged directory), so `rm etc/passwd` acts inside
// the container, and every change lands in the container's own upper layer
// as copy-ups and whiteouts. The result is a timeline like any replay's, so
// it can be narrated and stepped through.
import { appendCommand, emptyTimeline, type Timeline } from '../replay/timeline.ts';
import { parseScenario } from '../scenario/run.ts';
import { ImageError } from './errors.ts';
import type { ImageWorkspace } from './workspace.ts';

export interface ContainerRun {
  workspace: ImageWorkspace;
  timeline: Timeline;
}

/** Runs a scenario (validated first: ScriptRejected if it is not in the language) in a running container. */
export function runInContainer(w: ImageWorkspace, container: string, script: string): ContainerRun {
  const c = w.containers.find((x) => x.name === container);
  if (!c) throw new ImageError('container', { name: container }, `no container named ${container}`);
  const scenario = parseScenario(script);
  // The same steps a replay takes (the command, the look at the tree, the dentry cache closed), from the container's root.
  let timeline: Timeline = { ...emptyTimeline(w.state), initialCwd: c.merged, title: scenario.title, description: scenario.description, workdirs: [`${w.home}/${c.id}/work`] };
  for (const step of scenario.steps) timeline = appendCommand(timeline, step.source, step.line);
  const state = timeline.commands.at(-1)?.after ?? w.state;
  return { workspace: { ...w, state }, timeline };
}
