// The session: the commands run so far (as the session host tells them),
// how it started, what undo took away, and what went wrong last. Every
// change is asked of the host, which runs the engine (in a Web Worker in
// the browser), so the store never runs a command itself and the page
// stays responsive while one runs.
import type { StateCreator } from 'zustand';
import type { HostError, LoadRequest, SessionChange } from '../session/protocol.ts';
import type { SessionHost } from '../session/host.ts';
import type { Base, Busy, ContainerRow, LabState, LoadOptions, Notice, Replaced, SessionSlice } from './types.ts';
import type { ViewRequest } from '../replay/view.ts';

export const UNTITLED = 'session.sh';

/** A load that failed, in words for the user; the shell's diagnostics say where. */
export function failureNotice(e: HostError, key: string, name: string): Notice {
  if (e.kind === 'rejected') return { kind: 'error', key, params: { name }, detail: e.detail };
  if (e.kind === 'image' && e.image) {
    // The archive, and the member at fault inside it when there is one.
    const { archive = name, file } = e.image.params;
    const where = file && file !== archive ? `${archive} (${file})` : String(archive);
    return { kind: 'error', key: `imageError.${e.image.code}`, params: { ...e.image.params, name, where }, detail: e.detail };
  }
  // Anything else is a bug below the UI: still a message, never a blank page.
  return { kind: 'error', key: 'notice.internal', params: { name }, detail: e.detail };
}

/** The session the page shows, as a request that opens it again (a cancel restores it this way). */
export function currentRequest(s: LabState): LoadRequest {
  return { commands: s.commands.map((c) => c.cmd), base: s.base, title: s.title, description: s.description, titleZh: s.titleZh, descriptionZh: s.descriptionZh };
}

/** The store after the host changed the session. */
export function applyChange(s: LabState, c: SessionChange): Partial<LabState> {
  const commands = c.keep === s.commands.length && c.add.length === 0 ? s.commands : [...s.commands.slice(0, c.keep), ...c.add];
  return { commands, total: c.total, title: c.title, description: c.description, titleZh: c.titleZh, descriptionZh: c.descriptionZh, version: c.version, base: c.base, image: c.image ?? null };
}

/** The timeline's cache of micro-steps with those an answer carried: earlier commands' pages stay (a command only adds). */
function eventsWith(s: LabState, c: SessionChange): Partial<LabState> {
  if (!c.events) return {};
  const pages = new Map([...s.events.pages].filter(([i]) => i < c.keep));
  const events = new Map(c.events.events.map((e, j) => [c.events!.from + j, e]));
  pages.set(c.events.command, { walkFrom: c.events.walkFrom, events });
  return { events: { version: c.version, pages } };
}

/** Replaced sessions kept in memory for Undo (the recent-sessions list keeps ten across reloads). */
export const MAX_REPLACED = 10;

/** The session as it stands, to bring back after another replaced it. */
export function replacedOf(s: LabState, at = 0): Replaced {
  return { request: currentRequest(s), name: s.name, position: s.target(), redo: s.redoStack, selected: s.selected, course: s.course, lessonStep: s.lessonStep, at };
}

/** True when Undo would bring back the session replaced last (rather than take back a command). */
export function undoRestores(s: Pick<LabState, 'commands' | 'replacedStack'>): boolean {
  const top = s.replacedStack[s.replacedStack.length - 1];
  return top !== undefined && s.commands.length <= top.at;
}

/** The terminal's working directory: after the last command, else the container's root on an opened image. */
export function terminalCwd(s: Pick<LabState, 'commands' | 'image'>): string {
  return s.commands.at(-1)?.cwd ?? s.image?.container.merged ?? '';
}

/** The running container whose root holds `cwd`, if any. */
export function containerAt(cwd: string, containers: readonly ContainerRow[] | undefined): ContainerRow | null {
  return containers?.find((c) => cwd === c.merged || cwd.startsWith(`${c.merged}/`)) ?? null;
}

/** A relative `cd` from `from` to `to` (workspace paths; the scenario language has no absolute paths). */
export function cdLine(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rel = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return `cd ${rel === '' ? '.' : rel}`;
}

/** What Redo does next: open a session Undo went back from, or run an undone command. */
export function redoNext(s: Pick<LabState, 'forwardStack' | 'redoStack'>): { kind: 'session'; name: string } | { kind: 'command'; cmd: string } | null {
  const f = s.forwardStack[s.forwardStack.length - 1];
  if (f) return { kind: 'session', name: f.session.name };
  const cmd = s.redoStack[s.redoStack.length - 1];
  return cmd === undefined ? null : { kind: 'command', cmd };
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

    /** The store after one more command ran: the cursor at its end, and the view there when the answer carries it (one change, drawn once). */
    function ranTo(c: SessionChange, params: Omit<ViewRequest, 'position'>, extra: Partial<LabState>): void {
      showChange(c, params, { ...applyChange(get(), c), ...eventsWith(get(), c), ...extra, position: c.total, playing: false, edited: true });
    }

    /**
     * The store after a change whose answer may carry the view (asked with `params`): one store change.
     * A view is applied even if it is not at `change.position` (the host's next view is a change from
     * it), and then the view is asked for again.
     */
    function showChange(c: SessionChange, params: Omit<ViewRequest, 'position'>, change: Partial<LabState> & { position: number }): void {
      set(c.view ? { ...change, ...get().viewPatch(c.view, c.version, params) } : change);
      if (!c.view || c.view.position !== change.position) get().refreshView();
    }

    /** Replaces the session; the old one stays on failure (with a notice), and is kept for Undo on success. */
    async function replace(req: LoadRequest, name: string, failKey: string, position?: number, opts: LoadOptions = {}): Promise<boolean> {
      const before = replacedOf(get());
      const r = await busy('load', name, () => host.call('load', req));
      if (!r.ok) {
        if (r.error.kind !== 'cancelled') set({ notice: failureNotice(r.error, failKey, name) });
        return false;
      }
      const change = applyChange(get(), r.value);
      const end = r.value.total;
      const at = position === undefined ? end : Math.max(0, Math.min(end, position));
      const replacedStack = opts.undoable === false ? get().replacedStack : [...get().replacedStack, { ...before, at: change.commands!.length }].slice(-MAX_REPLACED);
      set({ ...change, name, redoStack: [], rejected: [], position: at, playing: false, preferredMount: null, notice: null, events: { version: r.value.version, pages: new Map() }, replacedStack, forwardStack: [], edited: false });
      get().refreshView();
      void watchChecks();
      return true;
    }

    /** The image whose checks are being waited for (its archive), so that each is waited for once. */
    let watching: Blob | null = null;

    /**
     * On an image opened with its checks still running (diff ids, every
     * file's sha256: done after the grid is shown), waits for them: passed,
     * the image is no longer "checking" (commit and export are offered);
     * failed, the session before the image comes back with the error, as
     * when opening fails. Nothing is done for an image no longer shown.
     */
    async function watchChecks(): Promise<void> {
      const { image, base, name } = get();
      if (!image?.checking || base.kind !== 'image' || watching === base.blob) return;
      watching = base.blob;
      const r = await host.call('imageChecks');
      if (watching === base.blob) watching = null;
      const now = get();
      if (now.base.kind !== 'image' || now.base.blob !== base.blob) return;
      if (r.ok) {
        if (now.image?.checking) set({ image: { ...now.image, checking: false } });
        return;
      }
      // The worker was restarted under it (a cancel): the load that follows waits again.
      if (r.error.kind === 'cancelled') return;
      await restoreReplaced({ failed: failureNotice(r.error, 'notice.internal', name) });
    }

    /**
     * Undo at the start of a session that replaced another: the other, as it was (cursor, redo, lesson and all).
     * With `failed` (an image whose checks failed after it was shown), the image goes for good (Redo does not
     * offer it) and the notice says why; with nothing to go back to, an empty session.
     */
    async function restoreReplaced(opts: { failed?: Notice } = {}) {
      const stack = get().replacedStack;
      const prev: Replaced | undefined = stack[stack.length - 1] ?? (opts.failed ? { request: { commands: [], base: { kind: 'empty' } }, name: UNTITLED, position: 0, redo: [], selected: null, course: null, lessonStep: 0, at: 0 } : undefined);
      if (!prev) return;
      const leaving = replacedOf(get());
      const r = await busy('undo', prev.name, () => host.call('load', prev.request));
      if (!r.ok) {
        if (r.error.kind !== 'cancelled') set({ notice: opts.failed ?? failureNotice(r.error, 'notice.internal', prev.name) });
        return;
      }
      set({
        ...applyChange(get(), r.value),
        name: prev.name,
        redoStack: prev.redo,
        rejected: [],
        position: Math.max(0, Math.min(r.value.total, prev.position)),
        playing: false,
        preferredMount: null,
        notice: opts.failed ?? null,
        events: { version: r.value.version, pages: new Map() },
        replacedStack: stack.slice(0, -1),
        forwardStack: opts.failed ? [] : [...get().forwardStack, { session: leaving, back: prev }].slice(-MAX_REPLACED),
        selected: prev.selected,
        course: prev.course,
        lessonStep: prev.lessonStep,
        results: {},
        sideTab: prev.course ? 'course' : get().sideTab,
      });
      get().refreshView();
      void watchChecks();
    }

    /** Redo after Undo brought a replaced session back: the session it went back from, as it was. */
    async function redoReplaced() {
      const stack = get().forwardStack;
      const f = stack[stack.length - 1];
      const r = await busy('load', f.session.name, () => host.call('load', f.session.request));
      if (!r.ok) {
        if (r.error.kind !== 'cancelled') set({ notice: failureNotice(r.error, 'notice.internal', f.session.name) });
        return;
      }
      set({
        ...applyChange(get(), r.value),
        name: f.session.name,
        redoStack: f.session.redo,
        rejected: [],
        position: Math.max(0, Math.min(r.value.total, f.session.position)),
        playing: false,
        preferredMount: null,
        notice: null,
        events: { version: r.value.version, pages: new Map() },
        replacedStack: [...get().replacedStack, f.back].slice(-MAX_REPLACED),
        forwardStack: stack.slice(0, -1),
        selected: f.session.selected,
        course: f.session.course,
        lessonStep: f.session.lessonStep,
        results: {},
      });
      get().refreshView();
      void watchChecks();
    }

    const containerFailed = (key: string, name: string, detail: string): Notice => ({ kind: 'error', key, params: { name }, detail });

    return {
      host,
      commands: [],
      total: 0,
      version: 0,
      name: UNTITLED,
      base: { kind: 'empty' },
      image: null,
      redoStack: [],
      edited: false,
      replacedStack: [],
      forwardStack: [],
      notice: null,
      pendingShare: null,
      rejected: [],
      busy: null,
      working: 0,
      exported: null,
      booting: false,

      async runCommand(line) {
        const cmd = line.replace(/\s+$/, '');
        if (cmd.trim() === '') return false;
        const params = get().viewParams();
        const r = await busy('run', cmd, () => host.call('run', cmd, get().commands.length + 1, params));
        if (!r.ok) {
          if (r.error.kind === 'rejected') {
            const message = (r.error.diagnostics ?? []).map((d) => `column ${d.column}: ${d.message}`).join('\n') || r.error.detail;
            set({ rejected: [...get().rejected, { after: get().commands.length, cmd, message }] });
          } else if (r.error.kind === 'internal') set({ notice: failureNotice(r.error, 'notice.internal', cmd) });
          return false;
        }
        ranTo(r.value, params, { redoStack: [], forwardStack: [] });
        return true;
      },

      async undo() {
        if (undoRestores(get())) return restoreReplaced();
        const { commands, redoStack, rejected } = get();
        const n = commands.length;
        if (n === 0) return;
        const params = get().viewParams();
        const asked = get().target();
        const r = await busy('undo', commands[n - 1].cmd, () => host.call('truncate', n - 1, { ...params, position: asked }));
        if (!r.ok) {
          set({ notice: failureNotice(r.error, 'notice.internal', commands[n - 1].cmd) });
          return;
        }
        const position = Math.min(get().target(), r.value.total);
        const change = {
          ...applyChange(get(), r.value),
          redoStack: [...redoStack, commands[n - 1].cmd],
          forwardStack: [],
          rejected: rejected.filter((x) => x.after <= n - 1),
          position,
          playing: false,
          edited: true,
        };
        // The answer carries the view where the cursor stays (unless the cursor moved meanwhile).
        showChange(r.value, params, change);
      },

      async redo() {
        if (get().forwardStack.length > 0) return redoReplaced();
        const { redoStack } = get();
        const cmd = redoStack[redoStack.length - 1];
        if (cmd === undefined) return;
        const params = get().viewParams();
        const r = await busy('run', cmd, () => host.call('run', cmd, get().commands.length + 1, params));
        if (!r.ok) {
          if (r.error.kind !== 'cancelled') set({ notice: failureNotice(r.error, 'notice.internal', cmd) });
          return;
        }
        ranTo(r.value, params, { redoStack: redoStack.slice(0, -1) });
      },

      loadScript(text, name, base: Base = { kind: 'empty' }, opts) {
        return replace({ script: text, base }, name, 'notice.scriptRejected', undefined, opts);
      },

      loadCommands(req, name, position, opts) {
        return replace(req, name, 'notice.internal', position, opts);
      },

      async newSession() {
        await replace({ commands: [], base: { kind: 'empty' } }, UNTITLED, 'notice.internal');
      },

      async loadStack(layers, entries, fanout) {
        set({ treeMode: 'auto', toggled: new Set() });
        // Titled in both languages, as a scenario is, so the header says what it is rather than a file name.
        const n = entries.toLocaleString('en');
        const title = `A generated stack: ${n} entries in ${layers} lower layer${layers === 1 ? '' : 's'}`;
        const titleZh = `生成的层栈：${layers} 个下层，共 ${n} 个条目`;
        await replace({ commands: [], base: { kind: 'stack', layers, entries, ...(fanout ? { fanout } : {}) }, title, titleZh }, `stack-${entries}.sh`, 'notice.internal');
      },

      async openImage(file, name) {
        set({ treeMode: 'auto', toggled: new Set() });
        const ok = await replace({ commands: [], base: { kind: 'image', name, size: file.size, blob: file } }, name, 'notice.internal');
        // A lesson on an image starts over on the new one: its layers are what a commit adds to.
        const course = get().course;
        if (ok) set({ sideTab: 'image', ...(course?.kind === 'lesson' && get().image ? { course: { ...course, imageLayers: get().image!.layers.length } } : {}) });
        return ok;
      },

      async startContainer() {
        if (get().base.kind !== 'image') return false;
        const r = await host.call('containerLine');
        if (!r.ok) {
          set({ notice: containerFailed('containers.startFailed', get().name, r.error.detail) });
          return false;
        }
        const ok = await get().runCommand(r.value);
        // The grid shows the newest mount: the container just started.
        if (ok) get().pickMount(null);
        return ok;
      },

      async useContainer(name) {
        const c = get().image?.containers.find((x) => x.name === name);
        if (!c) {
          set({ notice: containerFailed('containers.notRunning', name, '') });
          return false;
        }
        const cwd = terminalCwd(get());
        if (cwd === c.merged) {
          get().pickMount(c.mount);
          return true;
        }
        const ok = await get().runCommand(cdLine(cwd, c.merged));
        // The grid follows the terminal into that container's mount.
        if (ok) get().pickMount(get().image?.containers.find((x) => x.name === name)?.mount ?? null);
        return ok;
      },

      async commitContainer(name) {
        if (get().base.kind !== 'image') return false;
        // As a typed command runs after the last command whatever the cursor shows,
        // a commit takes the container as it stands after the last command; the
        // notice says so when the cursor was in the past.
        const { total, commands } = get();
        const past = get().target() < total;
        const r = await busy('load', name, () => host.call('commitContainer', name));
        if (!r.ok) {
          if (r.error.kind !== 'cancelled') set({ notice: containerFailed('containers.commitFailed', name, r.error.detail) });
          return false;
        }
        const { blob, name: file } = r.value;
        const ok = await replace({ commands: [], base: { kind: 'image', name: file, size: blob.size, blob } }, file, 'notice.internal');
        const params = { name, entries: r.value.entries, whiteouts: r.value.whiteouts, opaque: r.value.opaqueDirs, ...(past ? { commands: commands.length } : {}) };
        if (ok) set({ sideTab: 'image', notice: { kind: 'info', key: past ? 'containers.committedFromEnd' : 'containers.committed', params } });
        return ok;
      },

      async exportImage(format) {
        if (get().base.kind !== 'image') return null;
        const r = await busy('load', get().name, () => host.call('exportImage', format));
        if (!r.ok) {
          if (r.error.kind !== 'cancelled') set({ notice: containerFailed('containers.exportFailed', get().name, r.error.detail) });
          return null;
        }
        set({ exported: { format, file: r.value } });
        return r.value;
      },

      async cancelBusy() {
        if (!get().busy || !host.canCancel) return;
        const r = await host.cancel(currentRequest(get()));
        if (r.ok) set({ ...applyChange(get(), r.value), events: { version: r.value.version, pages: new Map() } });
        else set({ notice: failureNotice(r.error, 'notice.internal', get().name) });
        set({ busy: null, notice: r.ok ? { kind: 'info', key: 'notice.cancelled' } : get().notice });
        get().refreshView();
        void watchChecks();
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
