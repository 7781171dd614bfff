// What the lesson panel does: open a lesson (at one of its steps), check
// its goals after every command, answer its questions and predictions,
// replay its solution, and run seeded exercise sets. This module brings
// the lessons in, so it is loaded with the panel, never with the page.
import type { StoreApi } from 'zustand';
import {
  checkExercise,
  checkLessonGoal,
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
  runCommands,
  setupTimeline,
  solutionTimeline,
  type Answer,
  type Exercise,
  type ExerciseAnswer,
  type GoalResult,
  type Lesson,
  type PredictGoal,
  type PredictTruth,
  type QuestionGoal,
} from '../lessons/index.ts';
import type { LabState } from './types.ts';

type Store = StoreApi<LabState>;

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export const lessonFile = (l: Lesson) => `lesson-${String(l.number).padStart(2, '0')}-${l.id}.sh`;

/**
 * Opens a lesson on its setup. At step n > 1 the commands the earlier steps
 * offer have run too: the state a class reaches following the lesson to there.
 */
export function openLesson(store: Store, lesson: Lesson, step = 0): void {
  const earlier = step > 1 ? lesson.steps.slice(0, step - 1).flatMap((s) => s.commands ?? []) : [];
  store.getState().loadTimeline(runCommands(setupTimeline(lesson), earlier), lessonFile(lesson));
  store.getState().setCourse({ kind: 'lesson', id: lesson.id }, Math.max(0, Math.min(lesson.steps.length, step)));
  watchCourse(store);
}

/** Loads a timeline that shows something and plays it from `from` (the solution, a proof, a reveal). */
function play(store: Store, t: Parameters<LabState['loadTimeline']>[0], name: string, from: number) {
  const s = store.getState();
  s.loadTimeline(t, name, from);
  s.play();
}

/** "Show me": the setup, then the solution played command by command from where the setup ends. */
export function showMe(store: Store, lesson: Lesson): void {
  play(store, solutionTimeline(lesson), lessonFile(lesson), setupTimeline(lesson).micro.length);
  store.getState().updateProgress((p) => recordShown(p, lesson.id));
}

/** Plays a question's proof after the setup: the kernel's own answer. */
export function playProof(store: Store, lesson: Lesson, q: QuestionGoal): void {
  play(store, proofTimeline(lesson, q), lessonFile(lesson), setupTimeline(lesson).micro.length);
}

export function revealTruth(lesson: Lesson, goal: PredictGoal): PredictTruth {
  return revealLessonPredict(lesson, goal);
}

/** Plays a prediction's command (after its setup) micro-step by micro-step. */
export function playReveal(store: Store, truth: PredictTruth, name: string): void {
  play(store, truth.after, name, truth.start);
}

function noteResult(store: Store, lesson: Lesson, goalId: string, r: GoalResult) {
  const s = store.getState();
  s.setResults({ ...s.results, [goalId]: r });
  if (r.met) s.updateProgress((p) => recordGoal(p, lesson.id, goalId));
}

/** Checks a question's or a prediction's answer; a right one counts towards the lesson. */
export function answerGoal(store: Store, lesson: Lesson, goalId: string, answer: Answer): GoalResult {
  const goal = lesson.goals.find((g) => g.id === goalId);
  if (!goal) throw new Error(`lesson ${lesson.id} has no goal ${goalId}`);
  const r = checkLessonGoal(lesson, goal, store.getState().timeline, answer);
  noteResult(store, lesson, goalId, r);
  return r;
}

export function showHint(store: Store, lesson: Lesson, shown: number): void {
  store.getState().updateProgress((p) => recordHint(p, lesson.id, shown));
}

/** State goals against the session's end, after every change; met ones are recorded for good. */
function checkStateGoals(store: Store) {
  const s = store.getState();
  if (s.course?.kind !== 'lesson') return;
  const lesson = lessonById(s.course.id);
  if (!lesson) return;
  const results = { ...s.results };
  for (const g of lesson.goals) {
    if (g.kind !== 'state') continue;
    const r = checkLessonGoal(lesson, g, s.timeline);
    results[g.id] = r;
    if (r.met) s.updateProgress((p) => recordGoal(p, lesson.id, g.id));
  }
  s.setResults(results);
}

const watched = new WeakSet<Store>();

/** Starts checking state goals (once per store); safe to call again. */
export function watchCourse(store: Store): void {
  if (watched.has(store)) {
    checkStateGoals(store);
    return;
  }
  watched.add(store);
  store.subscribe((s, prev) => {
    if (s.timeline !== prev.timeline || s.course !== prev.course) checkStateGoals(store);
  });
  checkStateGoals(store);
}

/** The exercise a course points at. */
export function exerciseOf(c: { seed: string; level: number; index: number }): Exercise {
  return generateExercise(c.seed, c.level, c.index);
}

export const exerciseFile = (ex: Exercise) => `exercise-${ex.seed}-${ex.level}-${ex.index + 1}.sh`;

/** Opens exercise `index` of the set (seed, level) on its "before" state. */
export function openExercise(store: Store, seed: string, level: number, index: number): Exercise {
  const ex = generateExercise(seed, level, index);
  store.getState().loadTimeline(exerciseStart(ex), exerciseFile(ex));
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
