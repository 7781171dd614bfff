// A scenario run inside a container: its working directory is the
// container's root (the merged directory), so `rm etc/passwd` acts inside
// the container, and every change lands in the container's own upper layer
// as copy-ups and whiteouts. The result is a timeline like any replay's, so
// it can be narrated and stepped through.
import { Kernel, type Recorded } from '../engine/kernel.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import type { CommandStep, MicroStep, Timeline } from '../replay/timeline.ts';
import { parseScenario } from '../scenario/run.ts';
import { logicalCwd } from '../shell/commands/cd.ts';
import { runStep } from '../shell/run.ts';
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
  let state = w.state;
  let cwd = c.merged;
  const commands: CommandStep[] = [];
  const micro: MicroStep[] = [];
  for (const step of scenario.steps) {
    const k = new Kernel(state, cwd);
    const r = runStep(k, step.source);
    const during = k.log.length;
    walkMounts(k);
    const index = commands.length;
    const mine = k.log.map((rec: Recorded, i) => ({ event: rec.event, state: rec.state, command: index, walk: i >= during }));
    commands.push({ cmd: step.source, line: step.line, status: r.status, stdout: r.stdout, stderr: r.stderr, cwd: logicalCwd(k), before: state, cwdBefore: cwd, after: k.ws, first: micro.length, count: mine.length });
    micro.push(...mine);
    state = k.ws;
    cwd = logicalCwd(k);
  }
  const timeline: Timeline = { title: scenario.title, description: scenario.description, initial: w.state, commands, micro, workdirs: [`${w.home}/${c.id}/work`] };
  return { workspace: { ...w, state }, timeline };
}
