// A scenario run into a timeline: commands, each opening into the engine's
// micro-steps, each micro-step carrying the workspace after it. Seeking is
// an index; nothing is ever undone by running an inverse operation.
import { Kernel, type Recorded } from '../engine/kernel.ts';
import { snapshotTree } from '../engine/snapshot.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { createWorkspace, type Workspace } from '../engine/workspace.ts';
import type { EngineEvent } from '../engine/events.ts';
import { parseScenario, type StepRun } from '../scenario/run.ts';
import { toTraceTree } from '../scenario/to-trace.ts';
import { TRACE_FORMAT, type TraceDoc } from '../scenario/trace.ts';
import { workdirsOfStep } from '../scenario/workdirs.ts';
import { runStep } from '../shell/run.ts';
import { checkScript } from '../shell/check.ts';
import { logicalCwd } from '../shell/commands/cd.ts';
import { ScriptRejected } from '../scenario/run.ts';

export interface MicroStep {
  event: EngineEvent;
  /** The workspace right after this micro-step. */
  state: Workspace;
  /** Index of the command it belongs to. */
  command: number;
  /** Made by the look at the whole tree after the command (a lookup that wrote). */
  walk: boolean;
}

export interface CommandStep extends StepRun {
  /** Workspace and cwd before the command. */
  before: Workspace;
  cwdBefore: string;
  /** Workspace after the command and the look at the tree that follows it. */
  after: Workspace;
  /** Its micro-steps: micro[first .. first+count). */
  first: number;
  count: number;
}

export interface Timeline {
  title?: string;
  description?: string;
  initial: Workspace;
  commands: readonly CommandStep[];
  micro: readonly MicroStep[];
  /** Workdirs named by mount commands so far (their temp names are normalized in traces). */
  workdirs: readonly string[];
}

export function emptyTimeline(initial: Workspace = createWorkspace()): Timeline {
  return { initial, commands: [], micro: [], workdirs: [] };
}

/** The state and cwd after the last command. */
export function endOf(t: Timeline): { state: Workspace; cwd: string } {
  const last = t.commands[t.commands.length - 1];
  return last ? { state: last.after, cwd: last.cwd } : { state: t.initial, cwd: '' };
}

/** Runs one more command (already validated) after the timeline's end. */
export function appendCommand(t: Timeline, source: string, line = 0): Timeline {
  const { state, cwd } = endOf(t);
  const k = new Kernel(state, cwd);
  const workdirs = [...t.workdirs];
  for (const w of workdirsOfStep(source, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
  const r = runStep(k, source);
  const during = k.log.length;
  // As the oracle does after every step: look at every entry (lookups may write).
  walkMounts(k);
  const index = t.commands.length;
  const micro: MicroStep[] = k.log.map((rec: Recorded, i) => ({ event: rec.event, state: rec.state, command: index, walk: i >= during }));
  const cmd: CommandStep = {
    cmd: source,
    line,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    // bash's $PWD (logical, through symlinks), which the next step starts from.
    cwd: logicalCwd(k),
    before: state,
    cwdBefore: cwd,
    after: k.ws,
    first: t.micro.length,
    count: micro.length,
  };
  return { ...t, commands: [...t.commands, cmd], micro: [...t.micro, ...micro], workdirs };
}

/** Validates a single command as the terminal takes it; throws ScriptRejected. */
export function checkCommand(source: string): void {
  const diags = checkScript([{ line: 1, source }]);
  if (diags.length > 0) throw new ScriptRejected(diags);
}

/** Replays a whole scenario text; throws ScriptRejected before running anything. */
export function replayScenario(text: string, initial?: Workspace): Timeline {
  const scenario = parseScenario(text);
  let t: Timeline = { ...emptyTimeline(initial), title: scenario.title, description: scenario.description };
  for (const step of scenario.steps) t = appendCommand(t, step.source, step.line);
  return t;
}

/** Drops every command from `count` on (undo); the states before stay as they were. */
export function truncateTimeline(t: Timeline, count: number): Timeline {
  if (count >= t.commands.length) return t;
  const micro = count === 0 ? 0 : t.commands[count - 1].first + t.commands[count - 1].count;
  const kept = t.commands.slice(0, count);
  const workdirs: string[] = [];
  let cwd = '';
  for (const c of kept) {
    for (const w of workdirsOfStep(c.cmd, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
    cwd = c.cwd;
  }
  return { ...t, commands: kept, micro: t.micro.slice(0, micro), workdirs };
}

/**
 * A position in the timeline: after `micro` micro-steps (0 = before the
 * first command). Returns the workspace there and the command it is in.
 */
export function stateAt(t: Timeline, micro: number): { state: Workspace; command: number } {
  // At a command's end, its `after` state: the look at the tree that ends a
  // command fills the dentry cache without any event of its own.
  for (let i = t.commands.length - 1; i >= 0; i--) {
    const c = t.commands[i];
    const end = c.first + c.count;
    if (end === Math.min(micro, t.micro.length) && micro > 0) return { state: c.after, command: i };
    if (end < micro) break;
  }
  if (micro <= 0 || t.micro.length === 0) return { state: t.initial, command: -1 };
  const m = t.micro[Math.min(micro, t.micro.length) - 1];
  return { state: m.state, command: m.command };
}

/** The position right after command `i` (its micro-steps and walk included). */
export function positionAfterCommand(t: Timeline, i: number): number {
  if (i < 0) return 0;
  const c = t.commands[i];
  return c.first + c.count;
}

/** The timeline as overlay-trace/1 (what `replay --json` prints). */
export function timelineToTrace(t: Timeline, name: string): TraceDoc {
  const steps: TraceDoc['steps'] = [];
  const workdirs: string[] = [];
  let cwd = '';
  for (const c of t.commands) {
    for (const w of workdirsOfStep(c.cmd, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
    cwd = c.cwd;
    const k = new Kernel(c.after, c.cwd);
    steps.push({ cmd: c.cmd, status: c.status, stdout: c.stdout, cwd: c.cwd, tree: toTraceTree(snapshotTree(k), workdirs) });
  }
  return { format: TRACE_FORMAT, scenario: name, steps };
}
