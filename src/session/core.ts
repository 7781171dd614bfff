// The session itself: the timeline and the views of it, owned by whoever
// runs the engine (a Web Worker in the browser, the test itself in Node).
// Every operation is synchronous here; hosts make them asynchronous.
import { Kernel } from '../engine/kernel.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { completeLine } from '../replay/complete.ts';
import { generateStack } from '../replay/generate.ts';
import { dropStateCache } from '../replay/states.ts';
import { appendCommand, checkCommand, emptyTimeline, endOf, truncateTimeline, timelineToTrace, type CommandStep, type Timeline } from '../replay/timeline.ts';
import { Viewer, type ViewRequest } from '../replay/view.ts';
import { parseScenario, ScriptRejected } from '../scenario/run.ts';
import { ScenarioFormatError } from '../scenario/script.ts';
import { observeTimeline } from '../lessons/observe.ts';
import { groupSpans } from '../replay/groups.ts';
import type { CommandMeta, EventPage, HostError, LoadRequest, Progress, SessionChange, SessionOps } from './protocol.ts';

/** Largest page of events sent at once. */
export const EVENT_PAGE = 2000;

function metaOf(c: CommandStep): CommandMeta {
  return { cmd: c.cmd, line: c.line, status: c.status, stdout: c.stdout, stderr: c.stderr, cwdBefore: c.cwdBefore, cwd: c.cwd, first: c.first, count: c.count, walkFrom: c.walkFrom, groups: groupSpans(c.events, c.walkFrom) };
}

/** An operation's failure as the page gets it. */
export function hostError(e: unknown): HostError {
  if (e instanceof ScriptRejected) return { kind: 'rejected', detail: e.message, diagnostics: e.diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message })) };
  if (e instanceof ScenarioFormatError) return { kind: 'rejected', detail: e.message };
  return { kind: 'internal', detail: e instanceof Error ? e.message : String(e) };
}

export class SessionCore implements SessionOps {
  private t: Timeline = emptyTimeline();
  private base: LoadRequest['base'] = { kind: 'empty' };
  private version = 0;
  private readonly viewer = new Viewer();
  /** Told how a long operation is going (the host throttles it). */
  progress: (p: Progress) => void = () => undefined;

  /** The timeline (tests and the command line look at it directly). */
  get timeline(): Timeline {
    return this.t;
  }

  private change(prev: Timeline): SessionChange {
    let keep = 0;
    const n = Math.min(prev.commands.length, this.t.commands.length);
    if (prev.initial === this.t.initial) while (keep < n && prev.commands[keep] === this.t.commands[keep]) keep++;
    this.version++;
    return {
      version: this.version,
      title: this.t.title,
      description: this.t.description,
      base: this.base,
      keep,
      add: this.t.commands.slice(keep).map(metaOf),
      total: this.t.total,
    };
  }

  load(req: LoadRequest): SessionChange {
    const steps = req.script !== undefined ? parseScenario(req.script) : null;
    const commands = steps ? steps.steps : (req.commands ?? []).map((source, i) => ({ source, line: i + 1 }));
    if (!steps) for (const c of commands) checkCommand(c.source);
    let initial;
    if (req.base.kind === 'stack') {
      this.progress({ phase: 'stack', done: 0, label: `${req.base.entries} entries` });
      const generated = new Kernel(generateStack({ layers: req.base.layers, entries: req.base.entries, fanout: req.base.fanout }).state, '', { record: 'none' });
      // The look at the tree every command ends with, taken once here: the first command then pays only for what it changes.
      walkMounts(generated);
      initial = generated.ws;
    }
    let t: Timeline = { ...emptyTimeline(initial), title: steps?.title ?? req.title, description: steps?.description ?? req.description };
    commands.forEach((c, i) => {
      this.progress({ phase: 'load', done: i, of: commands.length, label: c.source });
      t = appendCommand(t, c.source, c.line);
    });
    const prev = this.t;
    this.t = t;
    this.base = req.base;
    dropStateCache();
    this.viewer.reset();
    return this.change(prev);
  }

  run(cmd: string, line: number): SessionChange {
    checkCommand(cmd);
    let events = 0;
    const next = appendCommand(this.t, cmd, line, {
      onEvent: () => {
        if ((++events & 1023) === 0) this.progress({ phase: 'run', done: events, label: cmd });
      },
    });
    const prev = this.t;
    this.t = next;
    return this.change(prev);
  }

  truncate(count: number): SessionChange {
    const prev = this.t;
    this.t = truncateTimeline(this.t, Math.max(0, count));
    return this.change(prev);
  }

  view(req: ViewRequest) {
    return this.viewer.view(this.t, req);
  }

  events(command: number, from: number, to: number): EventPage {
    const c = this.t.commands[command];
    if (!c) return { command, from, events: [], walkFrom: 0 };
    const lo = Math.max(0, from);
    return { command, from: lo, events: c.events.slice(lo, Math.min(c.count, to, lo + EVENT_PAGE)), walkFrom: c.walkFrom };
  }

  complete(line: string) {
    const { state, cwd } = endOf(this.t);
    return completeLine(state, cwd, line);
  }

  trace(name: string) {
    return timelineToTrace(this.t, name);
  }

  observe() {
    return observeTimeline(this.t);
  }
}
