// Every lesson is proven on the engine: its scripts are in the language,
// its solution reaches every state goal and the setup alone does not (so
// the check can fail), the teaching steps typed in order reach the goals
// too, every question's proof holds, and every prediction has a truth the
// "show me" answer meets and a wrong answer does not. The same lessons run
// on the real kernel in tools/lessons-kernel.test.ts. A lesson on an
// image (Lesson.image: lesson 10) has no setup scenario to run here: it is
// run in a container on the bundled example image by image-lesson.test.ts.
import { describe, expect, test } from 'vitest';
import { checkScript } from '../shell/check.ts';
import { splitScenario } from '../scenario/script.ts';
import { LESSONS } from './data/index.ts';
import { checkGoal } from './goals.ts';
import { checkLessonGoal, checkProofOf, revealLessonPredict, runCommands, setupTimeline, solutionTimeline } from './lesson.ts';
import { ALL_MARKS, answerOf, MERGED_MARKS } from './predict.ts';
import type { Goal, Lesson, Mark, PredictAnswer } from './types.ts';

function commandsOf(l: Lesson): string[] {
  return [
    ...l.solution,
    ...l.steps.flatMap((s) => s.commands ?? []),
    ...l.goals.flatMap((g) => (g.kind === 'question' ? g.proof.run : g.kind === 'predict' ? [...(g.before ?? []), g.command] : [])),
  ];
}

const stateGoals = (l: Lesson) => l.goals.filter((g): g is Extract<Goal, { kind: 'state' }> => g.kind === 'state');

/** The lessons with a setup scenario; the one on an image is proven in image-lesson.test.ts. */
const SCENARIO_LESSONS = LESSONS.filter((l) => !l.image);

test('the path: ten lessons numbered in order, ids unique; only the last runs on an image', () => {
  expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(LESSONS.filter((l) => l.image).map((l) => l.id)).toEqual(['your-image']);
  expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  for (const l of LESSONS) {
    expect(l.goals.length).toBeGreaterThan(0);
    expect(l.hints.length).toBeGreaterThan(0);
    expect(new Set(l.goals.map((g) => g.id)).size).toBe(l.goals.length);
  }
});

describe.each(SCENARIO_LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  test('every script line is in the scenario language', () => {
    expect(checkScript(splitScenario(lesson.setup).steps)).toEqual([]);
    expect(checkScript(commandsOf(lesson).map((source, i) => ({ line: i + 1, source })))).toEqual([]);
  });

  test('the setup runs without a failing step', () => {
    const t = setupTimeline(lesson);
    expect(t.commands.filter((c) => c.status !== 0).map((c) => `${c.cmd}: ${c.stderr}`)).toEqual([]);
  });

  test('state goals: unmet after the setup, met after the solution', () => {
    const setup = setupTimeline(lesson);
    const solved = solutionTimeline(lesson);
    expect(solved.commands.slice(setup.commands.length).map((c) => c.status)).toEqual(lesson.solution.map(() => 0));
    for (const g of stateGoals(lesson)) {
      const before = checkGoal(g, setup);
      expect(before.met, `${g.id} is already met before the solution`).toBe(false);
      expect(before.missing.length).toBeGreaterThan(0);
      expect(checkLessonGoal(lesson, g, solved).missing).toEqual([]);
    }
  });

  test('the teaching steps, typed in order, reach every state goal', () => {
    const t = runCommands(setupTimeline(lesson), lesson.steps.flatMap((s) => s.commands ?? []));
    for (const g of stateGoals(lesson)) expect(checkGoal(g, t).missing, g.id).toEqual([]);
  });

  test('questions: the declared answer is proven by the engine, other choices are wrong', () => {
    for (const g of lesson.goals) {
      if (g.kind !== 'question') continue;
      expect(g.choices.map((c) => c.id)).toContain(g.answer);
      expect(checkProofOf(lesson, g).missing, g.id).toEqual([]);
      const t = setupTimeline(lesson);
      expect(checkGoal(g, t, { kind: 'choice', id: g.answer }).met).toBe(true);
      for (const c of g.choices.filter((c) => c.id !== g.answer)) expect(checkGoal(g, t, { kind: 'choice', id: c.id }).met).toBe(false);
      expect(checkGoal(g, t).met).toBe(false);
    }
  });

  test('predictions: the truth is on offer, "show me" meets it, a wrong mark does not', () => {
    for (const g of lesson.goals) {
      if (g.kind !== 'predict') continue;
      const truth = revealLessonPredict(lesson, g);
      const right = answerOf(truth);
      for (const path of g.ask) {
        for (const col of g.columns) {
          const offered = g.marks?.[col] ?? (col === 'merged' ? MERGED_MARKS : ALL_MARKS);
          expect(offered, `${g.id}: ${path} ${col} is ${truth.cells[path][col].mark}`).toContain(truth.cells[path][col].mark);
        }
      }
      expect(checkLessonGoal(lesson, g, setupTimeline(lesson), { kind: 'predict', value: right }).missing).toEqual([]);
      const [path] = g.ask;
      const col = g.columns[0];
      const wrongMark: Mark = right.cells[path][col] === 'absent' ? 'file' : 'absent';
      const wrong: PredictAnswer = { ...right, cells: { ...right.cells, [path]: { ...right.cells[path], [col]: wrongMark } } };
      const r = checkLessonGoal(lesson, g, setupTimeline(lesson), { kind: 'predict', value: wrong });
      expect(r.met).toBe(false);
      expect(r.missing.map((m) => m.key)).toEqual(['goal.predict.cell']);
    }
  });
});
