// Running a lesson: its setup as a timeline, goals checked against the
// learner's timeline (state goals, and predictions in the app: the learner
// predicts from what the screen shows, their session as it stands), the
// "show me" solution, and each question's proof.
import { stateAt } from '../replay/states.ts';
import { appendCommand, replayScenario, type Timeline } from '../replay/timeline.ts';
import { bindGoal, displayResult, needsBinding, NO_IMAGE, type Binding } from './bind.ts';
import { checkGoal, checkImageGoal, checkProof, type GoalSubject } from './goals.ts';
import { revealPredict, type PredictTruth } from './predict.ts';
import type { Answer, Goal, GoalResult, ImageObserved, Lesson, PredictGoal, QuestionGoal } from './types.ts';

const setups = new WeakMap<Lesson, Timeline>();

/** The lesson's starting point: its setup scenario replayed (memoized; timelines are immutable). */
export function setupTimeline(lesson: Lesson): Timeline {
  let t = setups.get(lesson);
  if (!t) setups.set(lesson, (t = replayScenario(lesson.setup)));
  return t;
}

/** Runs commands after a timeline's end, one command each, as the terminal would. */
export function runCommands(t: Timeline, commands: readonly string[]): Timeline {
  let out = t;
  for (const c of commands) out = appendCommand(out, c, out.commands.length + 1);
  return out;
}

/** "Show me": the setup followed by the solution; its commands can be stepped through one by one. */
export function solutionTimeline(lesson: Lesson): Timeline {
  return runCommands(setupTimeline(lesson), lesson.solution);
}

/** A question's proof run after the setup: the UI can replay it to show why the answer is right. */
export function proofTimeline(lesson: Lesson, q: QuestionGoal): Timeline {
  return runCommands(setupTimeline(lesson), q.proof.run);
}

/**
 * Whether a question's proof holds. A lesson on an image proves it in the
 * container: `start` is the container's timeline and binding (image-lesson.ts).
 */
export function checkProofOf(lesson: Lesson, q: QuestionGoal, start?: { timeline: Timeline; binding: Binding }): GoalResult {
  if (!start) return needsBinding(q) ? NO_IMAGE : checkProof(q.proof, proofTimeline(lesson, q));
  const bound = bindGoal(q, start.binding);
  return displayResult(checkProof(bound.proof, runCommands(start.timeline, q.proof.run)), q, start.binding);
}

/**
 * Whether one goal of the lesson is met, given the learner's timeline and,
 * for questions and predictions, their answer. A goal that names container
 * paths (`@upper/...`) is checked against the container `binding` names;
 * without one (no image open) it is not met.
 */
export function checkLessonGoal(lesson: Lesson, goal: Goal, learner: GoalSubject, answer?: Answer, binding?: Binding, image?: ImageObserved | null): GoalResult {
  if (goal.kind === 'image') return checkImageGoal(goal, image ?? null);
  if (goal.kind === 'state' && needsBinding(goal)) return binding ? displayResult(checkGoal(bindGoal(goal, binding), learner), goal, binding) : NO_IMAGE;
  return checkGoal(goal, goal.kind === 'predict' ? setupTimeline(lesson) : learner, answer);
}

/**
 * Every goal of the lesson at once: state goals against the learner's
 * timeline, questions and predictions against their answers (by goal id).
 */
export function checkLesson(lesson: Lesson, learner: GoalSubject, answers: Readonly<Record<string, Answer>> = {}, binding?: Binding, image?: ImageObserved | null): Record<string, GoalResult> {
  const out: Record<string, GoalResult> = {};
  for (const g of lesson.goals) out[g.id] = checkLessonGoal(lesson, g, learner, answers[g.id], binding, image);
  return out;
}

/**
 * The truth of a lesson's prediction, with the timeline that reveals it
 * step by step: from where the learner stands (`learner`, their session as
 * it is now: the screen they predict from), else from the lesson's start.
 */
export function revealLessonPredict(lesson: Lesson, goal: PredictGoal, learner?: Timeline): PredictTruth {
  return learner ? revealPredict(predictFrom(goal, learner), learner) : revealPredict(goal, setupTimeline(lesson));
}

/**
 * A prediction as made from the learner's session: its `before` commands
 * (a lesson's mount, say) run only while no overlay is mounted there yet;
 * once the learner has mounted one, the prediction is about that one.
 */
export function predictFrom(goal: PredictGoal, learner: Timeline): PredictGoal {
  if (!goal.before?.length) return goal;
  const mounted = stateAt(learner, learner.total).mounts.length > 0;
  return mounted ? { ...goal, before: [] } : goal;
}

/** A prediction checked against what the learner sees: their own session, as it stands. */
export function checkLessonPredict(goal: PredictGoal, learner: Timeline, answer: Answer): GoalResult {
  return checkGoal(predictFrom(goal, learner), learner, answer);
}

export function findLesson(lessons: readonly Lesson[], id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}

/** The lesson's setup and solution as one scenario file (what scenarios/lesson-NN-id.sh holds). */
export function lessonScenario(lesson: Lesson, title: string, description: string, zh?: { title: string; description: string }): string {
  const wrap = (text: string) => {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    for (const w of words) {
      if (line && line.length + 1 + w.length > 70) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    return lines;
  };
  const [first, ...rest] = wrap(description.replace(/`/g, ''));
  const head = [`# title: ${title}`, `# description: ${first ?? ''}`, ...rest.map((l) => `#   ${l}`)];
  // Chinese has no spaces to wrap at: one line each.
  if (zh) head.push(`# title.zh: ${zh.title}`, `# description.zh: ${zh.description.replace(/`/g, '').replace(/\s+/g, ' ').trim()}`);
  return `${[...head, lesson.setup.trimEnd(), '# solution', ...lesson.solution].join('\n')}\n`;
}
