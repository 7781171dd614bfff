// The position every view shows: a count of micro-steps applied. A step
// (a key, a button, playback) moves the cursor together with the view
// there: the host answers with it (the grid as changes to the rows shown
// before) and both change in one store change, so the page is drawn once a
// step. A view slower than SLOW_VIEW_MS moves the cursor alone first, so the
// page answers at once. The scrubber moves the cursor at once (`now`): the
// range input must keep the value it was dragged to. Requests never pile
// up: while one is out, only the latest position waits its turn.
//
// With the session beside the page (a worker), the views one step either
// side are asked for as soon as a view is shown, so a step finds its view
// made (each is sent as the change from the view shown, which the request
// names by id; it is used only while that view is still the one shown).
import type { StateCreator } from 'zustand';
import type { GridRow } from '../engine/explain.ts';
import { applySplices, type GridUpdate } from '../replay/rows.ts';
import { simpleStep } from '../replay/groups.ts';
import type { PositionView, ViewRequest } from '../replay/view.ts';
import type { HostResult } from '../session/protocol.ts';
import type { CommandMeta, CursorSlice, LabState, ViewState } from './types.ts';

/** Positions at command ends, ascending, without repeats (commands with no micro-steps share one). */
export function commandBoundaries(commands: readonly CommandMeta[]): number[] {
  const out = [0];
  for (const c of commands) {
    const end = c.first + c.count;
    if (end !== out[out.length - 1]) out.push(end);
  }
  return out;
}

/** The next command boundary after `position` (delta 1) or before it (delta -1). */
export function commandStep(commands: readonly CommandMeta[], total: number, position: number, delta: 1 | -1): number {
  const b = commandBoundaries(commands);
  if (delta > 0) return b.find((x) => x > position) ?? total;
  for (let i = b.length - 1; i >= 0; i--) if (b[i] < position) return b[i];
  return 0;
}

/** The command whose micro-step ends at `position` or runs through it (-1 at 0). */
export function commandAtPosition(commands: readonly CommandMeta[], position: number): number {
  if (position <= 0) return -1;
  let lo = 0;
  let hi = commands.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (commands[mid].first < position) lo = mid;
    else hi = mid - 1;
  }
  return commands[lo].first < position ? lo : -1;
}

const sig = (c: GridRow['merged']) => `${c.kind}${c.opaque ? 'o' : ''}${c.redirect ?? ''}${c.metacopy ? 'm' : ''}`;

/** For each new row, a bit per column that differs from the row it replaced (bit 0 merged, bit i+1 layer i). */
function changedCells(old: readonly GridRow[], update: GridUpdate): Map<string, number> {
  const out = new Map<string, number>();
  if (update.reset) return out;
  for (const s of update.splices) {
    const before = new Map(old.slice(s.at, s.at + s.remove).map((r) => [r.path, r]));
    for (const r of s.rows) {
      const p = before.get(r.path);
      let mask = 0;
      const cells = [r.merged, ...r.cells];
      const prev = p ? [p.merged, ...p.cells] : null;
      cells.forEach((c, i) => {
        if (prev ? sig(prev[i]) !== sig(c) : c.kind !== 'absent') mask |= 1 << i;
      });
      if (mask) out.set(r.path, mask);
    }
  }
  return out;
}

/** The store's view after the host's answer. */
export function viewFrom(prev: ViewState | null, v: PositionView): ViewState {
  const g = v.grid;
  let rows: readonly GridRow[] = [];
  let changed: ReadonlyMap<string, number> = new Map();
  if (g) {
    const base = !g.reset && prev && prev.gridKey === g.key ? prev.rows : [];
    rows = g.splices.length === 0 ? base : applySplices(base, g.splices);
    if (rows.length !== g.length) throw new Error(`view: ${rows.length} rows after the changes, the host said ${g.length}`);
    changed = prev && prev.gridKey === g.key ? changedCells(base, g) : new Map();
  }
  return {
    position: v.position,
    micro: v.micro,
    shown: v.shown,
    id: v.id,
    gridKey: g?.key ?? '',
    // The same grid (its key names the layers): the same layers array, so rows drawn from it need not be drawn again.
    layers: g && prev && prev.gridKey === g.key ? prev.layers : (g?.layers ?? []),
    rows,
    rowCount: g?.rowCount ?? 0,
    focus: v.focus,
    selectedRow: v.selectedRow,
    detail: v.detail,
    resolution: v.resolution,
    motion: v.motion,
    work: v.work,
    group: v.group,
    changed,
    stamp: (prev?.stamp ?? 0) + 1,
  };
}

/** How long a step waits for its view before the cursor moves alone. */
export const SLOW_VIEW_MS = 100;

/** A view request's parameters besides the position; the selection follows the step only when the cursor `moved`. */
function params(s: LabState, moved: boolean): Omit<ViewRequest, 'position'> {
  return { selected: s.selected, follow: s.follow && moved, preferredMount: s.preferredMount, treeMode: s.treeMode, toggled: [...s.toggled], base: s.view?.id ?? -1 };
}

/** What a view was asked with, besides its position and base. */
const askedWith = (r: Omit<ViewRequest, 'position'>) => JSON.stringify([r.selected, r.follow, r.preferredMount, r.treeMode, r.toggled]);

/** A view asked for before the step to it: from which view and session version, with what, and its answer. */
interface Ahead {
  base: number | undefined;
  version: number;
  asked: string;
  answer: Promise<HostResult<PositionView>>;
}

export const cursorSlice: StateCreator<LabState, [], [], CursorSlice> = (set, get) => {
  let inFlight: Promise<void> | null = null;
  let again = false;
  /** The session version the view shown belongs to. */
  let shownVersion = -1;
  /**
   * A step not shown yet: where it goes, and the cursor and session version it
   * left from. It holds only while those are unchanged: a session change that
   * sets the cursor itself (a command, Undo, a load) drops it.
   */
  let pending: { to: number; from: number; version: number } | null = null;
  let slow: ReturnType<typeof setTimeout> | undefined;
  /** Views asked for ahead, by position. */
  let ahead = new Map<number, Ahead>();

  const fits = (a: Ahead | undefined, req: ViewRequest, version: number): a is Ahead => a !== undefined && a.base === req.base && a.version === version && a.asked === askedWith(req);

  /** Asks for the views one step either side of the view shown (with the session beside the page, when nothing else is asked). */
  function lookAhead(): void {
    const s = get();
    const v = s.view;
    if (!s.host.background || !v || inFlight || holds(pending) || s.scrubbing !== null || v.position !== s.position || shownVersion !== s.version) return;
    const next = new Map<number, Ahead>();
    for (const delta of [1, -1] as const) {
      const to = s.detail === 'simple' ? simpleStep(s.commands, s.total, s.position, delta) : s.position + delta;
      if (to < 0 || to > s.total || to === s.position) continue;
      const req = { position: to, ...params(s, true) };
      const old = ahead.get(to);
      next.set(to, fits(old, req, s.version) ? old : { base: req.base, version: s.version, asked: askedWith(req), answer: s.host.call('view', req) });
    }
    ahead = next;
  }

  const holds = (p: typeof pending): p is NonNullable<typeof pending> => p !== null && get().position === p.from && get().version === p.version;

  /** Where the cursor is going: a step's target until its view is shown, else the cursor. */
  function target(): number {
    return holds(pending) ? pending.to : get().position;
  }

  /** The cursor at a step's target before its view, when the view is slow to come. */
  function moveAlone(): void {
    clearTimeout(slow);
    if (holds(pending)) set({ position: pending.to });
    pending = null;
  }

  function fetchView(): Promise<void> {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    set({ fetching: true });
    inFlight = loop();
    return inFlight;
  }

  async function loop(): Promise<void> {
    try {
      do {
        again = false;
        const s = get();
        // The selection follows the step when the cursor moved (or the session changed) since the view shown; a click on a row stays put.
        const position = target();
        const moved = !s.view || s.view.position !== position || shownVersion !== s.version || s.followNext;
        const req = { position, ...params(s, moved) };
        const version = s.version;
        const early = ahead.get(position);
        // A view asked for ahead that failed (the worker restarted under it) is asked for again.
        const made = fits(early, req, version) ? await early.answer : null;
        const r = made?.ok ? made : await s.host.call('view', req);
        if (!r.ok) {
          if (r.error.kind === 'internal') set({ notice: { kind: 'error', key: 'notice.internal', params: { name: get().name }, detail: r.error.detail } });
          continue;
        }
        // An answer is a change from the view it was asked from: if another was shown meanwhile (a command's), ask again.
        if (r.value.grid && !r.value.grid.reset && (get().view?.id ?? -1) !== req.base) {
          again = true;
          continue;
        }
        ahead.clear();
        const view = viewFrom(get().view, r.value);
        shownVersion = version;
        // A step waiting for this view moves with it (one change); one going further waits on from here.
        const step = holds(pending) ? pending : null;
        if (step) {
          if (step.to === req.position) {
            clearTimeout(slow);
            pending = null;
          } else step.from = req.position;
        }
        set({ view, ...(step ? { position: req.position } : {}), followNext: false, ...(req.follow && r.value.focus !== null ? { selected: r.value.focus } : {}) });
      } while (again);
    } finally {
      // In the same turn as the last check of `again`: a seek that comes after must start a new loop, not join this one.
      inFlight = null;
      set({ fetching: false });
    }
    lookAhead();
  }

  return {
    position: 0,
    followNext: false,
    fetching: false,
    scrubbing: null,
    view: null,
    events: { version: 0, pages: new Map() },

    seek(position, now = false) {
      const { total, version } = get();
      const p = Math.max(0, Math.min(total, Math.round(position)));
      if (now) {
        pending = null;
        clearTimeout(slow);
        set({ position: p });
      } else if (p === get().position) {
        pending = null;
        clearTimeout(slow);
      } else {
        if (!holds(pending)) {
          clearTimeout(slow);
          slow = setTimeout(moveAlone, SLOW_VIEW_MS);
        }
        pending = { to: p, from: holds(pending) ? pending.from : get().position, version };
      }
      void fetchView();
    },

    target,

    setScrubbing(on) {
      if (on !== (get().scrubbing !== null)) set({ scrubbing: on ? get().position : null });
    },

    stepMicro(delta) {
      const { detail, commands, total } = get();
      const position = target();
      get().seek(detail === 'simple' ? simpleStep(commands, total, position, delta) : position + delta);
    },

    stepCommand(delta) {
      const { commands, total } = get();
      get().seek(commandStep(commands, total, target(), delta));
    },

    refreshView() {
      void fetchView();
    },

    viewParams() {
      // Asked for with a session change: the version moves, so the selection follows as it would after a seek.
      return params(get(), true);
    },

    viewPatch(v, version, req) {
      // Made as a change from the view shown when the command was sent: if a step has shown another since, ask again.
      if (v.grid && !v.grid.reset && (get().view?.id ?? -1) !== req.base) {
        queueMicrotask(() => void fetchView());
        return { followNext: true };
      }
      shownVersion = version;
      ahead.clear();
      queueMicrotask(lookAhead);
      return { view: viewFrom(get().view, v), followNext: false, ...(req.follow && v.focus !== null ? { selected: v.focus } : {}) };
    },

    settled() {
      return inFlight ?? Promise.resolve();
    },

    async loadEvents(i, from, to) {
      const s = get();
      const version = s.version;
      const r = await s.host.call('events', i, from, to);
      if (!r.ok || get().version !== version) return;
      const cache = get().events;
      const pages = new Map(cache.version === version ? cache.pages : []);
      const old = pages.get(i);
      const events = new Map(old?.events ?? []);
      r.value.events.forEach((e, j) => events.set(r.value.from + j, e));
      pages.set(i, { walkFrom: r.value.walkFrom, events });
      set({ events: { version, pages } });
    },
  };
};
