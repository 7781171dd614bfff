// Everything the views show at one position, as plain data: the micro-step
// and its caption's event, the overlay shown and its layers, the grid rows
// in view (as changes to the rows shown before), what the step is about,
// how its token moves through the stack, and the selected entry in detail.
// A Viewer remembers what it showed last, so moving one micro-step costs
// work in proportion to what that micro-step touched, not to the tree.
import type { GridRow, Resolution } from '../engine/explain.ts';
import { diffRows, isOpen, OPEN_TREE_LIMIT, type GridUpdate, type TreeMode } from './rows.ts';
import { GridModel } from './grid.ts';
import { resolutionOf } from './whole-grid.ts';
import { inspectRow, type RowDetail } from './inspect.ts';
import { mountOptions, shownMount, type MountPhase, type ShownMount } from './mounts.ts';
import { motionOf, type Motion } from './motion.ts';
import { focusOf } from './place.ts';
import { microAt, type CommandStep, type MicroStep, type Timeline } from './timeline.ts';
import { groupCaption, groupSteps, type GroupKind, type StepGroup } from './groups.ts';
import type { Caption } from './captions.ts';
import type { EngineEvent } from '../engine/events.ts';
import { workEntries, type WorkEntry } from './work-entries.ts';

export interface ViewRequest {
  position: number;
  /** The row the user selected (path inside the overlay). */
  selected: string | null;
  /** Let the selection follow what each micro-step is about. */
  follow: boolean;
  preferredMount: number | null;
  treeMode: TreeMode;
  toggled: readonly string[];
  /**
   * The view the client shows (its `id`): the grid is sent as the change from its rows. Absent: from
   * the last view made. A view the client no longer has (or never had) gets every row.
   */
  base?: number;
}

export interface ShownInfo {
  mount: number;
  target: string;
  phase: MountPhase;
  /** Workspace paths of the upper, the workdir and the lowers (for docker inspect). */
  upper: string | null;
  work: string | null;
  lowers: string[];
  /** Every mount in force, for the picker. */
  mounts: { id: number; target: string }[];
  /** As the kernel lists them. */
  options: string | null;
}

export interface PositionView {
  /** Names this view's rows, for a later request's `base`. */
  id: number;
  position: number;
  micro: MicroStep | null;
  shown: ShownInfo | null;
  grid: GridUpdate | null;
  /** The row the micro-step is about. */
  focus: string | null;
  /** The selection the detail below is for (the focus, when following). */
  selected: string | null;
  selectedRow: GridRow | null;
  detail: RowDetail | null;
  resolution: Resolution | null;
  motion: Motion | null;
  work: WorkEntry[];
  /** The simple view's step the micro-step belongs to (several kernel steps of one act, or itself). */
  group: GroupView | null;
}

/** A step of the simple view, as the page shows it: its micro-steps (positions) and its caption. */
export interface GroupView {
  kind: GroupKind;
  /** Positions of its first and last micro-step. */
  from: number;
  to: number;
  /** The kind of the step that says what the group does. */
  event: EngineEvent['type'];
  caption: Caption;
}

/** Views whose rows a Viewer keeps for later requests to be sent as changes from. */
const MADE_KEPT = 8;

/** The simple view's steps of a command, computed once per command. */
const groupsOf = new WeakMap<CommandStep, StepGroup[]>();

function groupAt(t: Timeline, micro: MicroStep, position: number): GroupView | null {
  const c = t.commands[micro.command];
  let groups = groupsOf.get(c);
  if (!groups) {
    groups = groupSteps(c.events, c.walkFrom);
    groupsOf.set(c, groups);
  }
  const j = position - c.first - 1;
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (groups[mid].from <= j) lo = mid;
    else hi = mid - 1;
  }
  const g = groups[lo];
  if (!g) return null;
  return { kind: g.kind, from: c.first + g.from + 1, to: c.first + g.to + 1, event: c.events[g.main].type, caption: groupCaption(g, c.events) };
}

function shownInfo(t: Timeline, shown: ShownMount, position: number): ShownInfo {
  const m = shown.mount;
  return {
    mount: m.id,
    target: m.target,
    phase: shown.phase,
    upper: m.upper?.path ?? null,
    work: m.work?.path ?? null,
    lowers: m.lowers.map((l) => l.path),
    mounts: shown.state.mounts.map((x) => ({ id: x.id, target: x.target })),
    options: mountOptions(t, shown, position),
  };
}

/**
 * The views of one session as a client sees them: the grid model it draws
 * from and the rows it was last sent, so each new position is sent as the
 * change from the last one.
 */
export class Viewer {
  private model: GridModel | null = null;
  /** Rows of the views made lately, by id: a client may show any of them (one it asked for ahead of a step). */
  private readonly made = new Map<number, { rows: GridRow[]; key: string }>();
  private last = -1;
  private next = 1;

  /** Forget what was sent (a new client, a new session): the next view sends every row. */
  reset(): void {
    this.model = null;
    this.made.clear();
    this.last = -1;
  }

  /** Remembers the rows of the view `id` (a few: the one shown and those asked for ahead of it). */
  private keep(rows: GridRow[], key: string): number {
    const id = this.next++;
    this.made.set(id, { rows, key });
    if (this.made.size > MADE_KEPT) this.made.delete(this.made.keys().next().value as number);
    this.last = id;
    return id;
  }

  view(t: Timeline, req: ViewRequest): PositionView {
    const position = Math.max(0, Math.min(t.total, req.position));
    const micro = microAt(t, position);
    const shown = shownMount(t, position, req.preferredMount);
    if (!shown) {
      return { id: this.keep([], ''), position, micro, shown: null, grid: null, focus: null, selected: req.selected, selectedRow: null, detail: null, resolution: null, motion: null, work: [], group: micro ? groupAt(t, micro, position) : null };
    }
    if (!this.model || !this.model.fits(shown)) this.model = new GridModel(shown);
    const model = this.model;
    const key = `${shown.phase === 'mounted' ? 'm' : 'd'}${shown.mount.id}:${model.layers.map((l) => l.path).join(':')}`;
    // The command's events before this one: events[0 .. end).
    const events = micro ? t.commands[micro.command].events : [];
    const end = micro ? position - t.commands[micro.command].first - 1 : 0;
    let focus = micro ? focusOf(shown.state, shown.mount, micro.event, events, end) : null;
    // A step about no row (the dentry cache, an error) keeps the row the command was about.
    for (let i = end - 1; focus === null && i >= Math.max(0, end - 64); i--) focus = focusOf(shown.state, shown.mount, events[i], events, i);
    const motion = micro ? motionOf(shown.state, micro.event, shown.mount, events, end) : null;
    const selected = req.follow && focus !== null ? focus : req.selected;

    const rowCount = model.countRows(shown, OPEN_TREE_LIMIT);
    const toggled = new Set(req.toggled);
    const rows = model.visible(shown, (p) => isOpen(p, req.treeMode, toggled, rowCount));
    const from = this.made.get(req.base ?? this.last);
    const reset = !from || key !== from.key;
    const splices = reset ? [{ at: 0, remove: 0, rows }] : diffRows(from.rows, rows);
    const id = this.keep(rows, key);

    let selectedRow: GridRow | null = null;
    if (selected !== null) selectedRow = model.row(shown, selected);
    return {
      id,
      position,
      micro,
      shown: shownInfo(t, shown, position),
      grid: { key, layers: model.layers, rowCount, reset, length: rows.length, splices },
      focus,
      selected,
      selectedRow,
      detail: selectedRow ? inspectRow(shown.state, model.layers, selectedRow, shown.mount.target) : null,
      resolution: selected !== null ? resolutionOf(shown, selected) : null,
      motion,
      work: workEntries(shown.state, shown.mount, 4).entries,
      group: micro ? groupAt(t, micro, position) : null,
    };
  }
}
