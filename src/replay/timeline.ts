// A scenario run into a timeline: commands, each opening into the engine's
// micro-steps. History costs what changed: each command keeps the
// workspace before and after it and its events, nothing more. The state
// after any micro-step inside a command is recomputed on demand by running
// the command again from its `before` (replay is deterministic): see
// states.ts. Seeking is an index; nothing is ever undone by an inverse.
import { Kernel } from '../engine/kernel.ts';
import { snapshotTree } from '../engine/snapshot.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { createWorkspace, type Workspace } from '../engine/workspace.ts';
import type { EngineEvent } from '../engine/events.ts';
import { parseScenario, type StepRun } from '../scenario/run.ts';
import { toTraceTree } from '../scenario/to-trace.ts';
import { TRACE_FORMAT, type TraceDoc } from '../scenario/trace.ts';
import { workdirsOfStep } from '../scenario/workdirs.ts';
import { DEFAULT_OPTIONS, runStep, type ShellOptions, type StepResult } from '../shell/run.ts';
import { checkScript } from '../shell/check.ts';
import { logicalCwd } from '../shell/commands/cd.ts';
import { ScriptRejected } from '../scenario/run.ts';

/** One micro-step: an event of a command. */
export interface MicroStep {
  event: EngineEvent;
  /** Index of the command it belongs to. */
  command: number;
  /** Made by the look at the whole tree after the command (a lookup that wrote). */
  walk: boolean;
}

export interface CommandStep extends StepRun {
  /** Workspace and cwd before the command. */
  before: Workspace;
  cwdBefore: string;
  /** The shell's options (`set -C`) before and after it: carried from step to step like the cwd. */
  optionsBefore: ShellOptions;
  options: ShellOptions;
  /**
   * Workspace after the command and the look at the tree that follows it:
   * the state its last micro-step leaves (a `dcache` event closes any
   * change made without a disk event), and `before` itself when it has none.
   */
  after: Workspace;
  /** Its micro-steps are positions first+1 .. first+count. */
  first: number;
  count: number;
  /** Its events, one per micro-step. */
  events: readonly EngineEvent[];
  /** Events from this index on were made by the look at the tree after the command. */
  walkFrom: number;
  /**
   * The workspace right after the command, before that look: the tree a
   * trace records is what the look sees on its way (the oracle lists a
   * directory, then looks up its names), so it is taken from here; a second
   * look at `after` could list otherwise (an impure mark the first look set
   * makes readdir look names up and drop those that fail).
   */
  unlooked: Workspace;
}

export interface Timeline {
  title?: string;
  description?: string;
  /** The title and description in Simplified Chinese (`# title.zh:`, `# description.zh:`). */
  titleZh?: string;
  descriptionZh?: string;
  initial: Workspace;
  /** Where the first command starts ('' is the workspace root; a container's root for a script run in it). */
  initialCwd?: string;
  commands: readonly CommandStep[];
  /** Micro-steps in all: positions run from 0 (before the first command) to `total`. */
  total: number;
  /** Workdirs named by mount commands so far (their temp names are normalized in traces). */
  workdirs: readonly string[];
}

export function emptyTimeline(initial: Workspace = createWorkspace()): Timeline {
  return { initial, commands: [], total: 0, workdirs: [] };
}

/** The state, cwd and shell options after the last command. */
export function endOf(t: Timeline): { state: Workspace; cwd: string; options: ShellOptions } {
  const last = t.commands[t.commands.length - 1];
  return last ? { state: last.after, cwd: last.cwd, options: last.options } : { state: t.initial, cwd: t.initialCwd ?? '', options: DEFAULT_OPTIONS };
}

export interface RunHooks {
  /** Called with every event and the workspace after it (re-runs record states this way). */
  onEvent?: (event: EngineEvent, state: Workspace) => void;
}

/**
 * Runs one command as a step of a timeline: the command, then the look at
 * every entry the oracle takes after each step (lookups may write), then
 * the closing `dcache` event when the state changed without one. The one
 * procedure both a first run and a re-run go through.
 */
export function runTimelineStep(before: Workspace, cwd: string, source: string, hooks: RunHooks = {}, options: ShellOptions = DEFAULT_OPTIONS): { k: Kernel; result: StepResult; walkFrom: number; unlooked: Workspace } {
  const k = new Kernel(before, cwd, { record: 'events', onEvent: hooks.onEvent });
  const result = runStep(k, source, options);
  const walkFrom = k.events.length;
  const unlooked = k.ws;
  // The look starts where the walk that ended in `before` left off.
  walkMounts(k, before);
  k.settle();
  return { k, result, walkFrom, unlooked };
}

/** Runs one more command (already validated) after the timeline's end. */
export function appendCommand(t: Timeline, source: string, line = 0, hooks: RunHooks = {}): Timeline {
  const { state, cwd, options } = endOf(t);
  const workdirs = [...t.workdirs];
  for (const w of workdirsOfStep(source, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
  const { k, result, walkFrom, unlooked } = runTimelineStep(state, cwd, source, hooks, options);
  const cmd: CommandStep = {
    cmd: source,
    line,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    // bash's $PWD (logical, through symlinks), which the next step starts from.
    cwd: logicalCwd(k),
    before: state,
    cwdBefore: cwd,
    optionsBefore: options,
    options: result.options,
    after: k.ws,
    first: t.total,
    count: k.events.length,
    events: k.events,
    walkFrom,
    unlooked,
  };
  return { ...t, commands: [...t.commands, cmd], total: t.total + cmd.count, workdirs };
}

/** Validates a single command as the terminal takes it; throws ScriptRejected. */
export function checkCommand(source: string): void {
  const diags = checkScript([{ line: 1, source }]);
  if (diags.length > 0) throw new ScriptRejected(diags);
}

/** Replays a whole scenario text; throws ScriptRejected before running anything. */
export function replayScenario(text: string, initial?: Workspace): Timeline {
  const scenario = parseScenario(text);
  let t: Timeline = { ...emptyTimeline(initial), title: scenario.title, description: scenario.description, titleZh: scenario.titleZh, descriptionZh: scenario.descriptionZh };
  for (const step of scenario.steps) t = appendCommand(t, step.source, step.line);
  return t;
}

/** The workdirs the commands named (from `cwd` on). */
function workdirsOf(commands: readonly CommandStep[], cwd0: string): string[] {
  const workdirs: string[] = [];
  let cwd = cwd0;
  for (const c of commands) {
    for (const w of workdirsOfStep(c.cmd, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
    cwd = c.cwd;
  }
  return workdirs;
}

/** Drops every command from `count` on (undo); the commands before stay as they were. */
export function truncateTimeline(t: Timeline, count: number): Timeline {
  if (count >= t.commands.length) return t;
  const kept = t.commands.slice(0, count);
  const last = kept[kept.length - 1];
  return { ...t, commands: kept, total: last ? last.first + last.count : 0, workdirs: workdirsOf(kept, t.initialCwd ?? '') };
}

/**
 * The command whose micro-step ends at `position` or runs through it: the
 * one with first < position <= first + count (-1 at 0 or past the end).
 */
export function commandAt(t: Timeline, position: number): number {
  if (position <= 0 || position > t.total) return -1;
  let lo = 0;
  let hi = t.commands.length - 1;
  // The last command with first < position; commands with no micro-step share their first with the next one.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.commands[mid].first < position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The micro-step that brought the cursor to `position` (null at 0). */
export function microAt(t: Timeline, position: number): MicroStep | null {
  const i = commandAt(t, position);
  if (i < 0) return null;
  const c = t.commands[i];
  const j = position - c.first - 1;
  return { event: c.events[j], command: i, walk: j >= c.walkFrom };
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
  let cwd = t.initialCwd ?? '';
  for (const c of t.commands) {
    for (const w of workdirsOfStep(c.cmd, cwd)) if (!workdirs.includes(w)) workdirs.push(w);
    cwd = c.cwd;
    const k = new Kernel(c.unlooked, c.cwd, { record: 'none' });
    steps.push({ cmd: c.cmd, status: c.status, stdout: c.stdout, cwd: c.cwd, tree: toTraceTree(snapshotTree(k), workdirs) });
  }
  return { format: TRACE_FORMAT, scenario: name, steps };
}
