// The lessons and exercises on the real Linux kernel (root and overlay
// needed; skipped, with the reason in the title, elsewhere). For each
// lesson: setup + solution meets every state goal on Linux and the setup
// alone does not; the teaching steps typed in order reach the goals; every
// question's proof holds; every prediction's revealed answer is what
// Linux leaves; and each run agrees with the engine's trace. Samples of
// generated exercises are run the same way. Lesson 10 (Lesson.image) is
// left out: it has no setup scenario, only a container on an image, whose
// layers the image oracle tests hold to the kernel (tools/image-kernel.test.ts)
// and whose goals src/lessons/image-lesson.test.ts runs on the engine.
import { describe, expect, test } from 'vitest';
import { LESSONS } from '../src/lessons/data/index.ts';
import { exerciseStart, generateExercise, revealExercise } from '../src/lessons/exercises.ts';
import { checkGoal, checkProof } from '../src/lessons/goals.ts';
import { revealLessonPredict, setupTimeline } from '../src/lessons/lesson.ts';
import { observeTrace } from '../src/lessons/observe.ts';
import type { Lesson } from '../src/lessons/types.ts';
import { describeDifference, engineDisagreement } from '../src/replay/agree.ts';
import { splitScenario } from '../src/scenario/script.ts';
import type { TraceDoc } from '../src/scenario/trace.ts';
import { kernelUnavailableReason } from './kernel/available.ts';
import { runScenarioOnKernel } from './kernel/run.ts';
import { markOnTrace } from './lessons/kernel-marks.ts';

const reason = kernelUnavailableReason();
const title = (what: string) => (reason ? `${what} (skipped: ${reason})` : what);

const script = (l: Lesson, commands: readonly string[]) => `${l.setup}${commands.join('\n')}\n`;

function onKernel(text: string, name: string): TraceDoc {
  return runScenarioOnKernel(text, name);
}

/** Differences between Linux and the engine on the same script; `strict` adds exit statuses and all output. */
function disagreements(kernel: TraceDoc, text: string, strict: boolean): string[] {
  return engineDisagreement(kernel, text, { strict }).map(describeDifference);
}

/** Every lesson with a setup scenario (the one on an image runs in a container instead; see above). */
const SCENARIO_LESSONS = LESSONS.filter((l) => !l.image);

describe.skipIf(reason !== null)(title('lessons on the real kernel'), () => {
  describe.each(SCENARIO_LESSONS.map((l) => [l.id, l] as const))('%s', (id, lesson) => {
    const setupSteps = splitScenario(lesson.setup).steps.length;

    test('setup + solution: state goals unmet after the setup, met after the solution; the engine agrees', () => {
      const text = script(lesson, lesson.solution);
      const k = onKernel(text, `${id}-solution`);
      expect(k.steps.slice(setupSteps).map((s) => s.status)).toEqual(lesson.solution.map(() => 0));
      for (const g of lesson.goals.filter((x) => x.kind === 'state')) {
        expect(checkGoal(g, { tree: k.steps[setupSteps - 1].tree }).met, `${g.id} met before the solution`).toBe(false);
        expect(checkGoal(g, observeTrace(k)).missing, g.id).toEqual([]);
      }
      expect(disagreements(k, text, true)).toEqual([]);
    });

    test('the teaching steps typed in order reach every state goal on Linux', () => {
      const text = script(lesson, lesson.steps.flatMap((s) => s.commands ?? []));
      const k = onKernel(text, `${id}-steps`);
      for (const g of lesson.goals.filter((x) => x.kind === 'state')) expect(checkGoal(g, observeTrace(k)).missing, g.id).toEqual([]);
      // Listings with times and inode numbers differ from run to run; the trees and cat/readlink output must not.
      expect(disagreements(k, text, false)).toEqual([]);
    });

    test('every question’s proof holds on Linux', () => {
      for (const g of lesson.goals) {
        if (g.kind !== 'question') continue;
        const k = onKernel(script(lesson, g.proof.run), `${id}-${g.id}`);
        expect(checkProof(g.proof, observeTrace(k)).missing, g.id).toEqual([]);
      }
    });

    test('every prediction: Linux leaves what the engine reveals', () => {
      for (const g of lesson.goals) {
        if (g.kind !== 'predict') continue;
        const truth = revealLessonPredict(lesson, g);
        const k = onKernel(script(lesson, [...(g.before ?? []), g.command]), `${id}-${g.id}`);
        const last = k.steps[k.steps.length - 1];
        expect(last.status === 0, `${g.id}: success`).toBe(truth.ok);
        for (const path of g.ask) for (const col of g.columns) expect(markOnTrace(last.tree, truth.place!, path, col), `${g.id} ${path} ${col}`).toBe(truth.cells[path][col].mark);
      }
    });
  });
  test('the lesson setups are the same timelines the app starts from', () => {
    for (const l of SCENARIO_LESSONS) expect(setupTimeline(l).commands.length).toBe(splitScenario(l.setup).steps.length);
  });
});

describe.skipIf(reason !== null)(title('generated exercises on the real kernel'), () => {
  const samples = Array.from({ length: 9 }, (_, i) => i + 1).flatMap((level) => [0, 1, 2].map((index) => generateExercise('kernel', level, index)));
  test.each(samples.map((ex) => [`${ex.id} ${ex.kind} ${ex.template}`, ex] as const))('%s', (_name, ex) => {
    const text = `${ex.setup}${ex.command}\n`;
    const k = onKernel(text, ex.id.replace(/\//g, '-'));
    expect(disagreements(k, text, true)).toEqual([]);
    const truth = revealExercise(ex);
    const last = k.steps[k.steps.length - 1];
    expect(last.status === 0).toBe(truth.ok);
    expect(exerciseStart(ex).commands.length).toBe(k.steps.length - 1);
    for (const path of ex.ask) for (const col of ex.columns) expect(markOnTrace(last.tree, truth.place!, path, col), `${path} ${col}`).toBe(truth.cells[path][col].mark);
  });
});
