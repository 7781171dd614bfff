// The shape of the one store, slice by slice. Each slice file implements
// its part; actions ask the session host (the engine, in a Web Worker in
// the browser) and set what it answers. The store holds no workspace.
import type { Progress } from '../lessons/progress.ts';
import type { GoalResult } from '../lessons/types.ts';
import type { EngineEvent } from '../engine/events.ts';
import type { GridRow, LayerInfo, Resolution } from '../engine/explain.ts';
import type { RowDetail } from '../replay/inspect.ts';
import type { MicroStep } from '../replay/timeline.ts';
import type { Motion } from '../replay/motion.ts';
import type { GroupView, PositionView, ShownInfo, ViewRequest } from '../replay/view.ts';
import type { TreeMode } from '../replay/rows.ts';
import type { WorkEntry } from '../replay/work-entries.ts';
import type { Base, CommandMeta, ContainerRow, ExportFormat, ImageSummary, LoadRequest, MadeFile, Progress as HostProgress } from '../session/protocol.ts';
import type { SessionHost } from '../session/host.ts';
import type { SharedImage } from '../scenario/share.ts';

export type { Base, CommandMeta, ContainerRow, ExportFormat, ImageSummary, MadeFile, TreeMode };

/** A replaced session Undo brought back from: Redo opens `session` again and keeps `back` for Undo once more. */
export interface Forward {
  session: Replaced;
  back: Replaced;
}

/** A message for the user: an i18n key, its parameters, and the engine's or shell's own words. */
export interface Notice {
  kind: 'error' | 'info';
  key: string;
  params?: Record<string, string | number>;
  detail?: string;
}

/** A line the terminal refused (outside the language); it never enters the timeline. */
export interface Rejected {
  /** How many commands had run when it was typed: the terminal shows it there. */
  after: number;
  cmd: string;
  message: string;
}

/** An operation of the session host still running, shown with its progress once it takes a moment. */
export interface Busy {
  kind: 'run' | 'load' | 'undo';
  /** The command, or the name of what is opening. */
  label: string;
  progress: HostProgress | null;
}

/** A session replaced by another (New session, a lesson, a scenario, a link, a file): Undo brings it back. */
export interface Replaced {
  request: LoadRequest;
  name: string;
  position: number;
  redo: string[];
  selected: string | null;
  course: Course | null;
  lessonStep: number;
  /** Commands the session that replaced it opened with: Undo past them brings this one back. */
  at: number;
}

/** A share link on an image this browser does not keep: it waits for the learner to open the file. */
export interface PendingShare {
  script: string;
  image: SharedImage;
  /** The micro-step the link opens at (null: the end). */
  step: number | null;
  /** The last file given that was not the image: its name and digest. */
  refused: { name: string; digest: string } | null;
  /** A file given is being hashed or opened. */
  checking: boolean;
}

/** How a load treats the session it replaces. */
export interface LoadOptions {
  /** Keep the replaced session for Undo (default true; false only when the page opens, with nothing to lose). */
  undoable?: boolean;
}

export interface SessionSlice {
  /** Where the engine runs. */
  host: SessionHost;
  /** The page is still opening what its address asks for (the saved session, then a link's): not settled until it has. */
  booting: boolean;
  /** The session's commands, as the host last told them. */
  commands: readonly CommandMeta[];
  /** Micro-steps in all. */
  total: number;
  title?: string;
  description?: string;
  /** The title and description in Simplified Chinese (`# title.zh:`, `# description.zh:`). */
  titleZh?: string;
  descriptionZh?: string;
  /** Bumps with every change of the session. */
  version: number;
  /** File name for saving, e.g. "seed-copy-up-whiteout.sh". */
  name: string;
  base: Base;
  /** The opened image (history, hidden bytes, the container), when the session starts from one. */
  image: ImageSummary | null;
  /** Commands undone, the most recent last: redo runs them again. */
  redoStack: string[];
  /** Commands typed, undone or redone since the session was opened: its title and description no longer describe it. */
  edited: boolean;
  /** Sessions replaced, the most recent last (at most MAX_REPLACED): Undo at a session's start brings the one before back. */
  replacedStack: Replaced[];
  /** Sessions Undo went back from, the most recent last: Redo opens them again (a new command or session clears it). */
  forwardStack: Forward[];
  notice: Notice | null;
  /** A share link waiting for its image's file (the session stays as it is meanwhile). */
  pendingShare: PendingShare | null;
  rejected: Rejected[];
  busy: Busy | null;
  /** Session operations asked of the host and not answered yet (a command, a load, an undo). */
  working: number;
  /** Runs one typed line after the last command; false (and a terminal message) when refused. */
  runCommand(line: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /**
   * Replaces the session with a scenario replayed to its end (from an empty
   * workspace, as on a real machine, unless `base` says otherwise); keeps
   * the old session and sets a notice on failure.
   */
  loadScript(text: string, name: string, base?: Base, opts?: LoadOptions): Promise<boolean>;
  /** Replaces the session with commands (a lesson's setup, a reveal), the cursor at `position` (default: the end). */
  loadCommands(req: LoadRequest, name: string, position?: number, opts?: LoadOptions): Promise<boolean>;
  newSession(): Promise<void>;
  loadStack(layers: number, entries: number, fanout?: number): Promise<void>;
  /** Replaces the session with a container (c1) on the image in `file` (an archive or a single layer); Undo brings the old one back. */
  openImage(file: Blob, name: string): Promise<boolean>;
  /** Starts the next container (c2, c3, …) on the opened image: a command of the session, so Undo takes it back. */
  startContainer(): Promise<boolean>;
  /** Makes a running container the terminal's: a `cd` to its root, as a command. */
  useContainer(name: string): Promise<boolean>;
  /** Commits a container's upper as a new layer: the session moves to the new image (c1 on it); Undo brings the old one back. */
  commitContainer(name: string): Promise<boolean>;
  /** The opened image written out by the worker, or null (with a notice) when that failed. */
  exportImage(format: ExportFormat): Promise<MadeFile | null>;
  /** The last export made (a lesson reads the top layer's tar back). */
  exported: { format: ExportFormat; file: MadeFile } | null;
  /** Stops the command or load running; the session is as it was before it. */
  cancelBusy(): Promise<void>;
  showNotice(n: Notice): void;
  dismissNotice(): void;
}

/** What the views show at the cursor, as the host computed it. */
export interface ViewState {
  /** The host's name for these rows: the `base` of the next request. */
  id: number;
  position: number;
  micro: MicroStep | null;
  shown: ShownInfo | null;
  /** The grid these rows belong to (a new key: a new overlay or layers). */
  gridKey: string;
  layers: readonly LayerInfo[];
  /** Rows in view, parents first. */
  rows: readonly GridRow[];
  /** Rows in the whole tree, counted up to the auto-open limit. */
  rowCount: number;
  focus: string | null;
  selectedRow: GridRow | null;
  detail: RowDetail | null;
  resolution: Resolution | null;
  motion: Motion | null;
  work: readonly WorkEntry[];
  /** The simple view's step the micro-step at the cursor belongs to. */
  group: GroupView | null;
  /** Rows that changed from the view before, by path: a bit per column (bit 0 merged, bit i+1 layer i). */
  changed: ReadonlyMap<string, number>;
  /** Bumps with every new view (flashes replay). */
  stamp: number;
}

/** Events of commands fetched for the micro-step lists, by command index. */
export interface EventCache {
  /** The session version they belong to. */
  version: number;
  pages: ReadonlyMap<number, { walkFrom: number; events: ReadonlyMap<number, EngineEvent> }>;
}

export interface CursorSlice {
  /** Micro-steps applied: 0 is before the first command, total the end. */
  position: number;
  /** The next view's selection follows its micro-step even if the cursor did not move. */
  followNext: boolean;
  /** A view is being asked for: the page shows an older one meanwhile. */
  fetching: boolean;
  /** While the scrubber's thumb is dragged: the position the drag started from (the timeline and the terminal stay there until it is let go). */
  scrubbing: number | null;
  setScrubbing(on: boolean): void;
  view: ViewState | null;
  events: EventCache;
  /**
   * Moves the cursor: with its view, in one change, once the host answers (or alone after
   * SLOW_VIEW_MS); `now` moves it at once (the scrubber, whose input keeps the value dragged to).
   */
  seek(position: number, now?: boolean): void;
  /** Where the cursor is going: the position, or the target of a step whose view has not come yet. */
  target(): number;
  /** One step: a micro-step in the full view, a step of the simple view (an act's kernel steps together) in the simple one. */
  stepMicro(delta: 1 | -1): void;
  stepCommand(delta: 1 | -1): void;
  /** Asks the host for the view again (after a change of selection, tree or session). */
  refreshView(): void;
  /** What a view request says besides its position: the selection, whether it follows the step, the mount and tree chosen. */
  viewParams(): Omit<ViewRequest, 'position'>;
  /** The store's change for a view the host sent with a session change of `version` (asked with `params`); the cursor must already be at its position. */
  viewPatch(v: PositionView, version: number, params: Omit<ViewRequest, 'position'>): Partial<LabState>;
  /** Resolves once the view shows the cursor as it is now (no request out). */
  settled(): Promise<void>;
  /** Fetches the events of command `i` from `from` on (the micro-step lists page through them). */
  loadEvents(i: number, from: number, to: number): Promise<void>;
}

export interface SelectionSlice {
  /** Path inside the overlay of the selected row. */
  selected: string | null;
  /** The mount the user picked when several are in force. */
  preferredMount: number | null;
  /** Directories start open (small trees, or after "expand all") or closed; `toggled` holds the exceptions. */
  treeMode: TreeMode;
  toggled: ReadonlySet<string>;
  select(path: string | null): void;
  pickMount(id: number | null): void;
  toggleDir(path: string): void;
  expandAll(): void;
  collapseAll(): void;
}

export interface PlaybackSlice {
  playing: boolean;
  /** Micro-steps per second. */
  speed: number;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
}

/** How much the timeline shows: every kernel step, or each act as one step (src/replay/groups.ts). */
export type DetailLevel = 'simple' | 'full';

export interface PrefsSlice {
  detail: DetailLevel;
  setDetail(detail: DetailLevel): void;
  legendOpen: boolean;
  /** A first visit: the welcome card shows while this session version stands (null: none). */
  welcomeAt: number | null;
  setWelcome(at: number | null): void;
  /** Presenter mode: large type, only the stack and the grid, for a projector. */
  presenter: boolean;
  setPresenter(on: boolean): void;
  /** The selection follows the entry each micro-step is about. */
  follow: boolean;
  setLegendOpen(open: boolean): void;
  setFollow(follow: boolean): void;
}

/** What the learner is working through: a lesson (by id) or a seeded set of exercises. */
export type Course =
  /** `imageLayers`: a lesson on an image, the image's layers when the lesson started on it (a commit adds one). */
  | { kind: 'lesson'; id: string; imageLayers?: number }
  | { kind: 'exercises'; seed: string; level: number; index: number };

export type SideTab = 'course' | 'details' | 'image';

export interface CourseSlice {
  course: Course | null;
  /** The lesson's teaching step in focus (1-based; 0 for none). */
  lessonStep: number;
  /** The last check of each goal of the open lesson, by goal id (state goals are checked after every command). */
  results: Readonly<Record<string, GoalResult>>;
  /** Lessons and exercises done, kept in this browser. */
  progress: Progress;
  sideTab: SideTab;
  setCourse(course: Course | null, lessonStep?: number): void;
  setLessonStep(step: number): void;
  setResults(results: Readonly<Record<string, GoalResult>>): void;
  /** Applies a progress update (recordGoal and friends from src/lessons/progress.ts). */
  updateProgress(f: (p: Progress) => Progress): void;
  setSideTab(tab: SideTab): void;
}

export type LabState = SessionSlice & CursorSlice & SelectionSlice & PlaybackSlice & PrefsSlice & CourseSlice;

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
