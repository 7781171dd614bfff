// The session: the commands run so far (as the session host tells them),
// how it started, what undo took away, and what went wrong last. Every
// change is asked of the host, which runs the engine (in a Web Worker in
// the browser), so the store never runs a command itself and the page
// stays responsive while one runs.
import type { StateCreator } from 'zustand';
import type { HostError, LoadRequest, SessionChange } from '../session/protocol.ts';
import type { SessionHost } from '../session/host.ts';
import type { Base, Busy, LabState, Notice, SessionSlice } from './types.ts';

export const UNTITLED = 'session.sh';

/** A load that failed, in words for the user; the shell's diagnostics say where. */
export function failureNotice(e: HostError, key: string, name: string): Notice {
  if (e.kind === 'rejected') return { kind: 'error', key, params: { name }, detail: e.detail };
  // Anything else is a bug below the UI: still a message, never a blank page.
  return { kind: 'error', key: 'notice.internal', params: { name }, detail: e.detail };
}

/** The session the page shows, as a request that opens it again (a cancel restores it this way). */
export function currentRequest(s: LabState): LoadRequest {
  return { commands: s.commands.map((c) => c.cmd), base: s.base, title: s.title, description: s.description };
}

/** The store after the host changed the session. */
export function applyChange(s: LabState, c: SessionChange): Partial<LabState> {
  const commands = c.keep === s.commands.length && c.add.length === 0 ? s.commands : [...s.commands.slice(0, c.keep), ...c.add];
  return { commands, total: c.total, title: c.title, description: c.description, version: c.version, base: c.base };
}

/** How long an operation runs before the page shows its progress and a Cancel button. */
export const BUSY_AFTER_MS = 150;

export function sessionSlice(host: SessionHost): StateCreator<LabState, [], [], SessionSlice> {
  return (set, get) => {
    /** Runs a host call with the busy state shown once it takes a moment. */
    async function busy<T>(kind: Busy['kind'], label: string, f: () => Promise<T>): Promise<T> {
      const timer = setTimeout(() => set({ busy: { kind, label, progress: get().busy?.progress ?? null } }), BUSY_AFTER_MS);
      set({ working: get().working + 1 });
      try {
        return await f();
      } finally {
        clearTimeout(timer);
        set({ busy: null, working: get().working - 1 });
      }
    }
    host.onProgress((p) => {
      const b = get().busy;
      if (b && p) set({ busy: { ...b, progress: p } });
    });

    /** Replaces the session; the old one stays on failure (with a notice). */
    async function replace(req: LoadRequest, name: string, failKey: string, position?: number): Promise<boolean> {
      const r = await busy('load', name, () => host.call('load', req));
      if (!r.ok) {
        if (r.error.kind !== 'cancelled') set({ notice: failureNotice(r.error, failKey, name) });
        return false;
      }
      const change = applyChange(get(), r.value);
      const end = r.value.total;
      const at = position === undefined ? end : Math.max(0, Math.min(end, position));
      set({ ...change, name, redoStack: [], rejected: [], position: at, playing: false, preferredMount: null, notice: null, events: { version: r.value.version, pages: new Map() } });
      get().refreshView();
      return true;
    }

    return {
      host,
      commands: [],
      total: 0,
      version: 0,
      name: UNTITLED,
      base: { kind: 'empty' },
      redoStack: [],
      notice: null,
      rejected: [],
      busy: null,
      working: 0,

      async runCommand(line) {
        const cmd = line.replace(/\s+$/, '');
        if (cmd.trim() === '') return false;
        const r = await busy('run', cmd, () => host.call('run', cmd, get().commands.length + 1));
        if (!r.ok) {
          if (r.error.kind === 'rejected') {
            const message = (r.error.diagnostics ?? []).map((d) => `column ${d.column}: ${d.message}`).join('\n') || r.error.detail;
            set({ rejected: [...get().rejected, { after: get().commands.length, cmd, message }] });
          } else if (r.error.kind === 'internal') set({ notice: failureNotice(r.error, 'notice.internal', cmd) });
          return false;
        }
        set({ ...applyChange(get(), r.value), redoStack: [], position: r.value.total, playing: false });
        get().refreshView();
        return true;
      },

      async undo() {
        const { commands, redoStack, rejected } = get();
        const n = commands.length;
        if (n === 0) return;
        const r = await busy('undo', commands[n - 1].cmd, () => host.call('truncate', n - 1));
        if (!r.ok) {
          set({ notice: failureNotice(r.error, 'notice.internal', commands[n - 1].cmd) });
          return;
        }
        set({
          ...applyChange(get(), r.value),
          redoStack: [...redoStack, commands[n - 1].cmd],
          rejected: rejected.filter((x) => x.after <= n - 1),
          position: Math.min(get().position, r.value.total),
          playing: false,
        });
        get().refreshView();
      },

      async redo() {
        const { redoStack } = get();
        const cmd = redoStack[redoStack.length - 1];
        if (cmd === undefined) return;
        const r = await busy('run', cmd, () => host.call('run', cmd, get().commands.length + 1));
        if (!r.ok) {
          if (r.error.kind !== 'cancelled') set({ notice: failureNotice(r.error, 'notice.internal', cmd) });
          return;
        }
        set({ ...applyChange(get(), r.value), redoStack: redoStack.slice(0, -1), position: r.value.total, playing: false });
        get().refreshView();
      },

      loadScript(text, name, base: Base = { kind: 'empty' }) {
        return replace({ script: text, base }, name, 'notice.scriptRejected');
      },

      loadCommands(req, name, position) {
        return replace(req, name, 'notice.internal', position);
      },

      async newSession() {
        await replace({ commands: [], base: { kind: 'empty' } }, UNTITLED, 'notice.internal');
      },

      async loadStack(layers, entries, fanout) {
        set({ treeMode: 'auto', toggled: new Set() });
        await replace({ commands: [], base: { kind: 'stack', layers, entries, ...(fanout ? { fanout } : {}) } }, `stack-${entries}.sh`, 'notice.internal');
      },

      async cancelBusy() {
        if (!get().busy || !host.canCancel) return;
        const r = await host.cancel(currentRequest(get()));
        if (r.ok) set({ ...applyChange(get(), r.value), events: { version: r.value.version, pages: new Map() } });
        else set({ notice: failureNotice(r.error, 'notice.internal', get().name) });
        set({ busy: null, notice: r.ok ? { kind: 'info', key: 'notice.cancelled' } : get().notice });
        get().refreshView();
      },

      showNotice(n: Notice) {
        set({ notice: n });
      },

      dismissNotice() {
        set({ notice: null });
      },
    };
  };
}
