// The session: the timeline of commands run so far, how it started, what
// undo took away, and what went wrong last. Every change goes through
// src/replay, so the store never runs a command itself.
import type { StateCreator } from 'zustand';
import { generateStack } from '../replay/generate.ts';
import { focusAt } from './cursor.ts';
import { appendCommand, checkCommand, emptyTimeline, replayScenario, truncateTimeline, type Timeline } from '../replay/timeline.ts';
import { ScriptRejected } from '../scenario/run.ts';
import { ScenarioFormatError } from '../scenario/script.ts';
import type { Base, LabState, Notice, SessionSlice } from './types.ts';

export const UNTITLED = 'session.sh';

/** A load that failed, in words for the user; the shell's diagnostics say where. */
export function failureNotice(e: unknown, key: string, name: string): Notice {
  if (e instanceof ScriptRejected || e instanceof ScenarioFormatError) return { kind: 'error', key, params: { name }, detail: e.message };
  // Anything else is a bug below the UI: still a message, never a blank page.
  return { kind: 'error', key: 'notice.internal', params: { name }, detail: e instanceof Error ? e.message : String(e) };
}

export function initialWorkspace(base: Base) {
  return base.kind === 'stack' ? generateStack({ layers: base.layers, entries: base.entries }).state : undefined;
}

/** The session after a replace: at its end, what its last step was about selected, nothing to redo. */
function fresh(timeline: Timeline, name: string, base: Base): Partial<LabState> {
  const end = timeline.micro.length;
  return { timeline, name, base, redoStack: [], rejected: [], position: end, playing: false, selected: focusAt(timeline, end, null), preferredMount: null };
}

export const sessionSlice: StateCreator<LabState, [], [], SessionSlice> = (set, get) => ({
  timeline: emptyTimeline(),
  name: UNTITLED,
  base: { kind: 'empty' },
  redoStack: [],
  notice: null,
  rejected: [],

  runCommand(line) {
    const cmd = line.replace(/\s+$/, '');
    if (cmd.trim() === '') return false;
    const { timeline, rejected } = get();
    try {
      checkCommand(cmd);
    } catch (e) {
      const message = e instanceof ScriptRejected ? e.diagnostics.map((d) => `column ${d.column}: ${d.message}`).join('\n') : String(e);
      set({ rejected: [...rejected, { after: timeline.commands.length, cmd, message }] });
      return false;
    }
    try {
      const next = appendCommand(timeline, cmd, timeline.commands.length + 1);
      set({ timeline: next, redoStack: [], position: next.micro.length, playing: false });
      return true;
    } catch (e) {
      set({ notice: failureNotice(e, 'notice.internal', cmd) });
      return false;
    }
  },

  undo() {
    const { timeline, redoStack, rejected, position } = get();
    const n = timeline.commands.length;
    if (n === 0) return;
    const next = truncateTimeline(timeline, n - 1);
    set({
      timeline: next,
      redoStack: [...redoStack, timeline.commands[n - 1].cmd],
      rejected: rejected.filter((r) => r.after <= n - 1),
      position: Math.min(position, next.micro.length),
      playing: false,
    });
  },

  redo() {
    const { timeline, redoStack } = get();
    const cmd = redoStack[redoStack.length - 1];
    if (cmd === undefined) return;
    try {
      const next = appendCommand(timeline, cmd, timeline.commands.length + 1);
      set({ timeline: next, redoStack: redoStack.slice(0, -1), position: next.micro.length, playing: false });
    } catch (e) {
      set({ notice: failureNotice(e, 'notice.internal', cmd) });
    }
  },

  loadScript(text, name, base = { kind: 'empty' }) {
    try {
      const t = replayScenario(text, initialWorkspace(base));
      set({ ...fresh(t, name, base), notice: null });
      return true;
    } catch (e) {
      set({ notice: failureNotice(e, 'notice.scriptRejected', name) });
      return false;
    }
  },

  loadTimeline(t, name, position) {
    const f = fresh(t, name, { kind: 'empty' });
    const at = position === undefined ? t.micro.length : Math.max(0, Math.min(t.micro.length, position));
    set({ ...f, position: at, selected: focusAt(t, at, null) ?? f.selected ?? null, notice: null });
  },

  newSession() {
    set({ ...fresh(emptyTimeline(), UNTITLED, { kind: 'empty' }), notice: null });
  },

  loadStack(layers, entries) {
    const base: Base = { kind: 'stack', layers, entries };
    set({ ...fresh(emptyTimeline(initialWorkspace(base)), `stack-${entries}.sh`, base), notice: null, treeMode: 'auto', toggled: new Set() });
  },

  showNotice(n) {
    set({ notice: n });
  },

  dismissNotice() {
    set({ notice: null });
  },
});
