// Checking a goal. State goals look at the workspace after the last command
// (the engine's, or a kernel trace's); questions compare the choice with
// the declared answer, which the tests prove against the engine and the
// kernel (each question carries its proof); predictions run the command on
// the engine and compare the learner's marks with the grid that results.
import type { Timeline } from '../replay/timeline.ts';
import { checkObserved } from './expect.ts';
import { observeTimeline, type Observed } from './observe.ts';
import { checkPrediction, revealPredict } from './predict.ts';
import type { Answer, Goal, GoalResult, ImageGoal, ImageObserved, Msg, Proof } from './types.ts';

export type GoalSubject = Timeline | Observed;

function isTimeline(s: GoalSubject): s is Timeline {
  return 'commands' in s && 'total' in s;
}

export function observe(s: GoalSubject): Observed {
  return isTimeline(s) ? observeTimeline(s) : s;
}

/**
 * Whether `goal` is met. `subject` is the learner's timeline for state
 * goals and the state a prediction starts from for predict goals (an
 * Observed trace can only judge state goals). `answer` is the learner's
 * choice or marks.
 */
export function checkGoal(goal: Goal, subject: GoalSubject, answer?: Answer): GoalResult {
  switch (goal.kind) {
    case 'state': {
      const missing = checkObserved(observe(subject), goal.expect);
      return { met: missing.length === 0, missing };
    }
    case 'question': {
      if (answer?.kind !== 'choice') return { met: false, missing: [{ key: 'goal.question.unanswered' }] };
      if (!goal.choices.some((c) => c.id === answer.id)) return { met: false, missing: [{ key: 'goal.question.unknown', params: { choice: answer.id } }] };
      return answer.id === goal.answer ? { met: true, missing: [] } : { met: false, missing: [{ key: 'goal.question.wrong' }] };
    }
    case 'predict': {
      if (answer?.kind !== 'predict') return { met: false, missing: [{ key: 'goal.predict.unanswered' }] };
      if (!isTimeline(subject)) return { met: false, missing: [{ key: 'goal.predict.needs-engine' }] };
      return checkPrediction(goal, revealPredict(goal, subject), answer.value);
    }
    case 'image':
      // An image goal looks at the image, not the workspace: checkImageGoal.
      return { met: false, missing: [{ key: 'goal.expect.no-image' }] };
  }
}

/**
 * Whether an image goal is met: the image gained its layers since the
 * lesson started and its top layer's tar lists the entries, or the top
 * layer last exported lists them. Which names a layer holds is the image
 * reader's answer (src/image), handed in as `seen`.
 */
export function checkImageGoal(goal: ImageGoal, seen: ImageObserved | null): GoalResult {
  if (!seen || seen.layers === null) return { met: false, missing: [{ key: 'goal.expect.no-image' }] };
  const lacking = (names: readonly string[], key: string): Msg[] => goal.entries.filter((e) => !names.includes(e)).map((path) => ({ key, params: { path } }));
  let missing: Msg[];
  if (goal.of === 'export') missing = seen.exported === null ? [{ key: 'goal.image.no-export' }] : lacking(seen.exported, 'goal.image.export-entry');
  else {
    const start = seen.startLayers ?? seen.layers;
    if (seen.layers < start + goal.added) missing = [{ key: 'goal.image.layers', params: { got: seen.layers, want: start + goal.added } }];
    else missing = lacking(seen.top ?? [], 'goal.image.entry');
  }
  return { met: missing.length === 0, missing };
}

/** Whether a question's proof holds on what was observed after running `proof.run`. */
export function checkProof(proof: Proof, observed: GoalSubject): GoalResult {
  const missing = checkObserved(observe(observed), proof.expect, proof.status, proof.stdout);
  return { met: missing.length === 0, missing };
}
