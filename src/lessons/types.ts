// Lessons, goals and exercises as data. Nothing here says how a rule of
// overlayfs works: goals describe a state or an answer, and the engine
// decides whether it holds (goals.ts), so a lesson can never teach a rule
// the simulator (and, through the tests, the kernel) does not follow.

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** A message for people: an i18n key and its parameters (a parameter may itself be a message). */
export interface Msg {
  key: string;
  params?: Record<string, string | number | Msg>;
}

/**
 * What a workspace path should be. `opaque` is a directory marked
 * trusted.overlay.opaque=y; `present` is anything at all.
 */
export type ExpectKind = 'file' | 'dir' | 'opaque' | 'symlink' | 'whiteout' | 'chardev' | 'fifo' | 'present' | 'absent';

export interface Expect {
  /**
   * Workspace path as the trace names it ("upper/a.txt", "merged/a.txt",
   * "work/index/<fh>"), or, in a lesson on an opened image, a path in the
   * container: "@upper/etc/passwd", "@merged/etc/passwd" (bind.ts).
   */
  path: string;
  kind: ExpectKind;
  /** A file's exact bytes as text. */
  content?: string;
  /** A symlink's target. */
  target?: string;
  /** Permission bits, four octal digits ("0600"). */
  mode?: string;
  /** xattr name -> its exact value, true (there, any value) or false (not there). */
  xattrs?: Record<string, string | boolean>;
}

/** A state the learner reaches by running commands. */
export interface StateGoal {
  kind: 'state';
  id: string;
  /** i18n key: what to reach, in words. */
  text: string;
  expect: Expect[];
}

/**
 * The engine's proof of a question's answer: run these commands after the
 * lesson's setup, and the expectations hold (and the last command exits
 * with `status`, prints `stdout`) exactly when the declared answer is right.
 * Tests replay every proof on the engine and on the kernel.
 */
export interface Proof {
  run: string[];
  expect: Expect[];
  status?: number;
  stdout?: string;
}

export interface Choice {
  id: string;
  /** i18n key. */
  text: string;
}

export interface QuestionGoal {
  kind: 'question';
  id: string;
  /** i18n key of the question. */
  text: string;
  choices: Choice[];
  answer: string;
  /** i18n key: why, shown after answering. */
  explain: string;
  proof: Proof;
}

/**
 * What a grid cell can be marked with. Upper cells use all of them;
 * merged cells only say what a program sees (absent, file, dir, symlink,
 * other).
 */
export type Mark = 'absent' | 'file' | 'metacopy' | 'dir' | 'opaque' | 'redirect' | 'whiteout' | 'symlink' | 'other';
export type Column = 'upper' | 'merged';

/** Predict, then reveal: what `command` leaves at each asked path. */
export interface PredictGoal {
  kind: 'predict';
  id: string;
  /** i18n key of the prompt. */
  text: string;
  command: string;
  /** Paths inside the overlay ("etc/app/app.conf"). */
  ask: string[];
  columns: Column[];
  /** Also predict whether the command succeeds. */
  askStatus?: boolean;
  /** The marks offered for each column (defaults: every mark). */
  marks?: Partial<Record<Column, Mark[]>>;
  /** The mount point to look through (workspace path); default: the last mount in force. */
  mount?: string;
  /** Commands run first, unseen by the prediction (a lesson's mount, say). */
  before?: string[];
}

/**
 * A lesson on an image: what a layer tar holds, named as the tar names its
 * entries (`etc/.wh.passwd`). `of: 'commit'`: the session's image, which
 * must have gained `added` layers since the lesson started, its top layer
 * holding `entries`; `of: 'export'`: the top layer last exported alone.
 * The image reader decides what a layer holds (src/image), never the lesson.
 */
export interface ImageGoal {
  kind: 'image';
  id: string;
  /** i18n key: what to do, in words. */
  text: string;
  of: 'commit' | 'export';
  /** Layers the image must have gained since the lesson started (commit). */
  added: number;
  /** Names the layer's tar must list. */
  entries: string[];
}

/** What an image goal looks at (the store gathers it; null where there is nothing yet). */
export interface ImageObserved {
  /** The image's layers when the lesson started on it, and now. */
  startLayers: number | null;
  layers: number | null;
  /** The tar names of the image's top layer entries (asked only once it has gained a layer). */
  top: readonly string[] | null;
  /** The tar names in the top layer last exported alone. */
  exported: readonly string[] | null;
}

/** Something "Show me" does in the Image tab after the solution's commands (a lesson on an image). */
export type ImageAction = 'commit' | 'export-layer';

export type Goal = StateGoal | QuestionGoal | PredictGoal | ImageGoal;

export interface PredictAnswer {
  /** path -> column -> mark. */
  cells: Record<string, Partial<Record<Column, Mark>>>;
  ok?: boolean;
}

export type Answer = { kind: 'choice'; id: string } | { kind: 'predict'; value: PredictAnswer };

export interface GoalResult {
  met: boolean;
  /** What is not there yet (state goals) or what was wrong (answers), as messages. */
  missing: Msg[];
}

export interface LessonStep {
  /** i18n key of the step's text. */
  text: string;
  /** Commands the learner may type (shown as runnable snippets). */
  commands?: string[];
}

export interface Lesson {
  /** Stable id, used in URLs, progress and i18n keys ("copy-up"). */
  id: string;
  /** 1-based position in the path; also the exercise level it unlocks. */
  number: number;
  /** i18n keys. */
  title: string;
  intro: string;
  /** The setup scenario: runs on a real kernel as it is (empty for a lesson on an image). */
  setup: string;
  /**
   * The lesson runs in container c1 on an opened image (the bundled example
   * or the learner's own) instead of a setup scenario: its commands run in
   * the container's root, its goals name container paths (`@upper/...`,
   * `@merged/...`), and the image oracle tests, not the scenario tests,
   * hold the image's layers to the kernel.
   */
  image?: boolean;
  steps: LessonStep[];
  goals: Goal[];
  /** Progressive hints, vaguest first (i18n keys). */
  hints: string[];
  /** Commands that reach every state goal, run after the setup ("show me"). */
  solution: string[];
  /** What "Show me" then does in the Image tab: commit the container, export its top layer (a lesson on an image). */
  actions?: ImageAction[];
  /** Kernel facts behind the lesson (i18n keys), each naming its source. */
  notes: string[];
}
