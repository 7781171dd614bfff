// What the lesson panel does: open a lesson (at one of its steps), check
// its goals after every command, answer its questions and predictions,
// replay its solution, and run seeded exercise sets. This module brings
// the lessons in, so it is loaded with the panel, never with the page.
import type { StoreApi } from 'zustand';
import {
  checkExercise,
  checkLessonGoal,
  checkLessonPredict,
  runCommands,
  exerciseStart,
  generateExercise,
  LESSONS,
  proofTimeline,
  recordExercise,
  recordGoal,
  recordHint,
  recordShown,
  revealExercise,
  revealLessonPredict,
  setupTimeline,
  text,
  solutionTimeline,
  type Answer,
  type Exercise,
  type ExerciseAnswer,
  type GoalResult,
  type Lesson,
  type PredictGoal,
  type PredictTruth,
  type QuestionGoal,
  containerBinding,
  type Binding,
  type ImageObserved,
} from '../lessons/index.ts';
import { EXAMPLE_IMAGE_NAME, loadExampleImage } from './example-image.ts';
import type { LabState } from './types.ts';
import type { Observed } from '../lessons/observe.ts';
import { replayScenario, type Timeline } from '../replay/timeline.ts';
import type { ImageBase, LoadRequest } from '../session/protocol.ts';
import { containerAt, terminalCwd } from './session.ts';

type Store = StoreApi<LabState>;

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export const lessonFile = (l: Lesson) => `lesson-${String(l.number).padStart(2, '0')}-${l.id}.sh`;

/**
 * The image a lesson on an image started on, while the session is on it or
 * on images committed from it (so "Show me" and Restart start there, not on a commit).
 */
const lessonImages = new WeakMap<Store, ImageBase>();

/** A lesson's name as the header shows it, in both languages ("Lesson 2: Copy-up: …"), not its setup's file name. */
export function lessonTitles(l: Lesson): { title: string; titleZh: string } {
  return { title: `Lesson ${l.number}: ${text('en', l.title)}`, titleZh: `第 ${l.number} 课：${text('zh-CN', l.title)}` };
}

/** What a timeline built here (a lesson's setup, a solution) is, as the host opens it; a lesson's session is titled with the lesson's name. */
function requestOf(t: Timeline, lesson?: Lesson): LoadRequest {
  const titles = lesson ? lessonTitles(lesson) : { title: t.title, titleZh: t.titleZh };
  return { commands: t.commands.map((c) => c.cmd), ...titles, description: t.description, descriptionZh: t.descriptionZh, base: { kind: 'empty' } };
}

/**
 * Opens a lesson on its setup. At step n > 1 the commands the earlier steps
 * offer have run too: the state a class reaches following the lesson to there.
 */
export async function openLesson(store: Store, lesson: Lesson, step = 0): Promise<void> {
  const earlier = step > 1 ? lesson.steps.slice(0, step - 1).flatMap((s) => s.commands ?? []) : [];
  if (lesson.image) return openImageLesson(store, lesson, step, earlier);
  const setup = setupTimeline(lesson);
  if (!(await store.getState().loadCommands({ ...requestOf(setup, lesson), commands: [...setup.commands.map((c) => c.cmd), ...earlier] }, lessonFile(lesson)))) return;
  store.getState().setCourse({ kind: 'lesson', id: lesson.id }, Math.max(0, Math.min(lesson.steps.length, step)));
  watchCourse(store);
}

/**
 * A lesson on an image starts from a fresh container c1 on the image open
 * now (the earlier steps' commands typed in it), or, with none open, from
 * the example image when a link asks for a later step; at its first step
 * with no image open, the session stays as it is and the lesson offers
 * the example (or the learner's own, from the header).
 */
async function openImageLesson(store: Store, lesson: Lesson, step: number, earlier: string[]): Promise<void> {
  const s = store.getState();
  // Restarted, the lesson goes back to the image it started on, not to one committed since.
  const again = s.course?.kind === 'lesson' && s.course.id === lesson.id ? lessonImages.get(store) : undefined;
  if (s.base.kind === 'image' || earlier.length > 0) {
    const base = again ?? (await imageBase(store));
    if (!base) return;
    if (!(await store.getState().loadCommands({ commands: earlier, base }, base.name))) return;
  }
  const layers = store.getState().image?.layers.length;
  store.getState().setCourse({ kind: 'lesson', id: lesson.id, ...(layers !== undefined ? { imageLayers: layers } : {}) }, Math.max(0, Math.min(lesson.steps.length, step)));
  watchCourse(store);
}

/** The image the session runs on, else the example image. */
async function imageBase(store: Store): Promise<ImageBase | null> {
  const s = store.getState();
  return s.base.kind === 'image' ? s.base : exampleBase(store);
}

/** The example image, fetched; null, with a notice, when it cannot be had (offline before the app was cached, say). */
async function exampleBase(store: Store): Promise<ImageBase | null> {
  try {
    const blob = await loadExampleImage();
    store.setState({ treeMode: 'auto', toggled: new Set() });
    return { kind: 'image', name: EXAMPLE_IMAGE_NAME, size: blob.size, blob };
  } catch (e) {
    store.getState().showNotice({ kind: 'error', key: 'notice.exampleImage', detail: e instanceof Error ? e.message : String(e) });
    return null;
  }
}

/** Opens the example image (lesson 10 offers it): container c1 on it, the lesson kept open and in view. */
export async function openExampleImage(store: Store): Promise<boolean> {
  const base = await exampleBase(store);
  if (!base) return false;
  const course = store.getState().course;
  const ok = await store.getState().openImage(base.blob, base.name);
  // Opening an image shows the Image tab; from the lesson, the learner stays with its steps.
  if (ok && course?.kind === 'lesson') store.setState({ sideTab: 'course' });
  return ok;
}

/** Plays commands in a fresh container on the open image (else the example), from the container's start. */
async function playInContainer(store: Store, commands: readonly string[]) {
  const base = await imageBase(store);
  if (base && (await store.getState().loadCommands({ commands, base }, base.name, 0))) store.getState().play();
}

/** The container the session runs, which a lesson on an image binds its goals to. */
function bindingOf(s: LabState): Binding | undefined {
  return s.image ? containerBinding(s.image.container.merged) : undefined;
}

/** Loads a timeline that shows something and plays it from `from` (the solution, a proof, a reveal). */
async function play(store: Store, t: Timeline, name: string, from: number, lesson?: Lesson) {
  if (await store.getState().loadCommands(requestOf(t, lesson), name, from)) store.getState().play();
}


/** The lesson's image layers when it started: set now if no start was recorded (a reload, say). */
function noteImageStart(store: Store): void {
  const s = store.getState();
  if (s.course?.kind !== 'lesson' || !s.image || s.base.kind !== 'image') return;
  if (s.course.imageLayers === undefined) store.setState({ course: { ...s.course, imageLayers: s.image.layers.length } });
  const c = store.getState().course;
  if (c?.kind === 'lesson' && c.imageLayers === s.image.layers.length) lessonImages.set(store, s.base);
}

/**
 * "Show me" on a lesson whose last steps are buttons of the Image tab: the
 * solution typed in a fresh container on the lesson's image, then each
 * action as the buttons do it (commit the terminal's container, export the
 * top layer alone; nothing is downloaded).
 */
async function showInImage(store: Store, lesson: Lesson): Promise<void> {
  const base = lessonImages.get(store) ?? (await imageBase(store));
  if (!base || !(await store.getState().loadCommands({ commands: lesson.solution, base }, base.name))) return;
  const s = store.getState();
  if (s.course?.kind === 'lesson' && s.image) store.setState({ course: { ...s.course, imageLayers: s.image.layers.length } });
  lessonImages.set(store, base);
  // The whiteout goal is met here, in the container, before the commit replaces it.
  await checkStateGoals(store);
  for (const a of lesson.actions ?? []) {
    const now = store.getState();
    if (a === 'commit') {
      const c = containerAt(terminalCwd(now), now.image?.containers) ?? now.image?.containers[0];
      if (!c || !(await now.commitContainer(c.name))) return;
      // Show me is for the lesson: it stays in view.
      store.setState({ sideTab: 'course' });
    } else if (!(await now.exportImage('layer'))) return;
  }
}

/** "Show me": the setup, then the solution played command by command from where the setup ends. */
export async function showMe(store: Store, lesson: Lesson): Promise<void> {
  if (lesson.image && lesson.actions?.length) await showInImage(store, lesson);
  else if (lesson.image) await playInContainer(store, lesson.solution);
  else await play(store, solutionTimeline(lesson), lessonFile(lesson), setupTimeline(lesson).total, lesson);
  store.getState().updateProgress((p) => recordShown(p, lesson.id));
}

/** Plays a question's proof after the setup: the kernel's own answer. */
export function playProof(store: Store, lesson: Lesson, q: QuestionGoal): Promise<void> {
  if (lesson.image) return playInContainer(store, q.proof.run);
  return play(store, proofTimeline(lesson, q), lessonFile(lesson), setupTimeline(lesson).total, lesson);
}

/** The truth of a prediction from where the learner stands (their session's end), else from the lesson's start. */
export function revealTruth(lesson: Lesson, goal: PredictGoal, learner?: Timeline): PredictTruth {
  return revealLessonPredict(lesson, goal, learner);
}

/** The learner's session as a timeline here (lessons are small): what a prediction starts from. */
export function learnerTimeline(store: Store): Timeline {
  const s = store.getState();
  return runCommands(replayScenario(''), s.commands.map((c) => c.cmd));
}

/** Plays a prediction's command (after its setup) micro-step by micro-step. */
export function playReveal(store: Store, truth: PredictTruth, name: string): Promise<void> {
  return play(store, truth.after, name, truth.start);
}

/** The learner's workspace after their last command, as lesson goals check it. */
async function observeLearner(store: Store): Promise<Observed | null> {
  const r = await store.getState().host.call('observe');
  return r.ok ? r.value : null;
}

function noteResult(store: Store, lesson: Lesson, goalId: string, r: GoalResult) {
  const s = store.getState();
  s.setResults({ ...s.results, [goalId]: r });
  if (r.met) s.updateProgress((p) => recordGoal(p, lesson.id, goalId));
}

/** Checks a question's or a prediction's answer; a right one counts towards the lesson. */
export async function answerGoal(store: Store, lesson: Lesson, goalId: string, answer: Answer): Promise<GoalResult> {
  const goal = lesson.goals.find((g) => g.id === goalId);
  if (!goal) throw new Error(`lesson ${lesson.id} has no goal ${goalId}`);
  // Questions are judged on their own; state goals look at the learner's workspace, and
  // predictions start from it too (what the screen shows), never from the lesson's start.
  let r: GoalResult;
  if (goal.kind === 'predict' && answer.kind === 'predict') r = checkLessonPredict(goal, learnerTimeline(store), answer);
  else if (goal.kind === 'image') r = checkLessonGoal(lesson, goal, setupTimeline(lesson), undefined, undefined, await observeImage(store));
  else {
    const subject = goal.kind === 'state' ? await observeLearner(store) : setupTimeline(lesson);
    r = checkLessonGoal(lesson, goal, subject ?? setupTimeline(lesson), answer, bindingOf(store.getState()));
  }
  noteResult(store, lesson, goalId, r);
  return r;
}

export function showHint(store: Store, lesson: Lesson, shown: number): void {
  store.getState().updateProgress((p) => recordHint(p, lesson.id, shown));
}

/** The names in a layer tar (the top layer exported alone), read by the image reader; kept per file. */
const tarNames = new WeakMap<Blob, Promise<string[] | null>>();
function namesInTar(blob: Blob, name: string): Promise<string[] | null> {
  let p = tarNames.get(blob);
  if (!p) {
    p = (async () => {
      const { readTar } = await import('../image/tar-read.ts');
      const names: string[] = [];
      await readTar(blob.stream(), name, (e) => {
        names.push(e.name.replace(/\/$/, ''));
      });
      return names;
    })().catch(() => null);
    tarNames.set(blob, p);
  }
  return p;
}

/**
 * What a lesson's image goals look at: the image's layers now and when the
 * lesson started, its top layer's entries as a tar names them (once it has
 * gained a layer), and the names in the top layer last exported alone.
 */
async function observeImage(store: Store): Promise<ImageObserved | null> {
  const s = store.getState();
  if (!s.image || s.base.kind !== 'image') return null;
  const startLayers = s.course?.kind === 'lesson' ? (s.course.imageLayers ?? null) : null;
  const layers = s.image.layers.length;
  let top: string[] | null = null;
  if (startLayers !== null && layers > startLayers) {
    const r = await s.host.call('topLayer');
    top = r.ok && r.value ? r.value.names : null;
  }
  const exported = s.exported?.format === 'layer' ? await namesInTar(s.exported.file.blob, s.exported.file.name) : null;
  return { startLayers, layers, top, exported };
}

/** State and image goals against the session's end, after every change; met ones are recorded for good. */
async function checkStateGoals(store: Store) {
  const s = store.getState();
  if (s.course?.kind !== 'lesson') return;
  const lesson = lessonById(s.course.id);
  if (!lesson || !lesson.goals.some((g) => g.kind === 'state' || g.kind === 'image')) return;
  if (lesson.image) noteImageStart(store);
  const version = store.getState().version;
  const exported = store.getState().exported;
  const observed = await observeLearner(store);
  const image = lesson.goals.some((g) => g.kind === 'image') ? await observeImage(store) : null;
  // A newer session (or export) has come since: its own check follows.
  if (!observed || store.getState().version !== version || store.getState().exported !== exported) return;
  const results = { ...store.getState().results };
  const binding = bindingOf(store.getState());
  for (const g of lesson.goals) {
    if (g.kind !== 'state' && g.kind !== 'image') continue;
    const r = checkLessonGoal(lesson, g, observed, undefined, binding, image);
    results[g.id] = r;
    if (r.met) store.getState().updateProgress((p) => recordGoal(p, lesson.id, g.id));
  }
  store.getState().setResults(results);
}

const watched = new WeakSet<Store>();

/** Starts checking state goals (once per store); safe to call again. */
export function watchCourse(store: Store): void {
  if (watched.has(store)) {
    void checkStateGoals(store);
    return;
  }
  watched.add(store);
  store.subscribe((s, prev) => {
    if (s.version !== prev.version || s.course !== prev.course || s.exported !== prev.exported) void checkStateGoals(store);
  });
  void checkStateGoals(store);
}

/** The exercise a course points at. */
export function exerciseOf(c: { seed: string; level: number; index: number }): Exercise {
  return generateExercise(c.seed, c.level, c.index);
}

export const exerciseFile = (ex: Exercise) => `exercise-${ex.seed}-${ex.level}-${ex.index + 1}.sh`;

/** Opens exercise `index` of the set (seed, level) on its "before" state. */
export async function openExercise(store: Store, seed: string, level: number, index: number): Promise<Exercise> {
  const ex = generateExercise(seed, level, index);
  await store.getState().loadCommands(requestOf(exerciseStart(ex)), exerciseFile(ex));
  store.getState().setCourse({ kind: 'exercises', seed: ex.seed, level: ex.level, index: ex.index });
  return ex;
}

export function answerExercise(store: Store, ex: Exercise, answer: ExerciseAnswer): GoalResult {
  const r = checkExercise(ex, answer);
  store.getState().updateProgress((p) => recordExercise(p, ex.id, r.met));
  return r;
}

export function exerciseTruth(ex: Exercise): PredictTruth {
  return revealExercise(ex);
}
