// The shape of the one store, slice by slice. Each slice file implements
// its part; actions call src/replay and set what it returns.
import type { Progress } from '../lessons/progress.ts';
import type { GoalResult } from '../lessons/types.ts';
import type { Timeline } from '../replay/timeline.ts';

/** What a session starts from before its first command. */
export type Base = { kind: 'empty' } | { kind: 'stack'; layers: number; entries: number };

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

export interface SessionSlice {
  timeline: Timeline;
  /** File name for saving, e.g. "seed-copy-up-whiteout.sh". */
  name: string;
  base: Base;
  /** Commands undone, the most recent last: redo runs them again. */
  redoStack: string[];
  notice: Notice | null;
  rejected: Rejected[];
  /** Runs one typed line after the last command; false (and a terminal message) when refused. */
  runCommand(line: string): boolean;
  undo(): void;
  redo(): void;
  /**
   * Replaces the session with a scenario replayed to its end (from an empty
   * workspace, as on a real machine, unless `base` says otherwise); keeps
   * the old session and sets a notice on failure.
   */
  loadScript(text: string, name: string, base?: Base): boolean;
  /** Replaces the session with a timeline already replayed (a lesson's setup, a reveal), the cursor at `position` (default: the end). */
  loadTimeline(t: Timeline, name: string, position?: number): void;
  newSession(): void;
  loadStack(layers: number, entries: number): void;
  showNotice(n: Notice): void;
  dismissNotice(): void;
}

export interface CursorSlice {
  /** Micro-steps applied: 0 is before the first command, micro.length the end. */
  position: number;
  seek(position: number): void;
  stepMicro(delta: 1 | -1): void;
  stepCommand(delta: 1 | -1): void;
}

export type TreeMode = 'auto' | 'open' | 'closed';

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

export interface PrefsSlice {
  legendOpen: boolean;
  /** Presenter mode: large type, only the stack and the grid, for a projector. */
  presenter: boolean;
  setPresenter(on: boolean): void;
  /** The selection follows the entry each micro-step is about. */
  follow: boolean;
  setLegendOpen(open: boolean): void;
  setFollow(follow: boolean): void;
}

/** What the learner is working through: a lesson (by id) or a seeded set of exercises. */
export type Course = { kind: 'lesson'; id: string } | { kind: 'exercises'; seed: string; level: number; index: number };

export type SideTab = 'course' | 'details';

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
