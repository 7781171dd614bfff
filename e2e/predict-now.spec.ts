// Issue 9, item 4: a lesson's prediction is checked against what the
// learner sees (their session as it stands), not the lesson's start; and
// the answer selects show their whole word.
import { answerOf, LESSONS, revealLessonPredict, runCommands, setupTimeline, type PredictGoal } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test("lesson 2's prediction is checked against the learner's current state", async ({ lab, page }) => {
  const lesson = LESSONS.find((l) => l.id === 'copy-up')!;
  const goal = lesson.goals.find((g) => g.kind === 'predict') as PredictGoal;
  await lab.goto();
  const course = new CoursePage(page);
  await course.openLesson(lesson.id);
  for (const cmd of lesson.solution) await lab.run(cmd);
  // What the screen shows now differs from the lesson's start (etc/ was copied up)...
  const now = answerOf(revealLessonPredict(lesson, goal, runCommands(setupTimeline(lesson), lesson.solution)));
  const atStart = answerOf(revealLessonPredict(lesson, goal));
  expect(now).not.toEqual(atStart);
  // ...and the answer read off the screen is the right one.
  await course.predict(course.goal(goal.id), now);
  await expect(course.goal(goal.id)).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('feedback')).toHaveClass(/right/);
});

test('answer selects are wide enough for their words', async ({ lab, page }) => {
  await lab.goto();
  const course = new CoursePage(page);
  await course.openLesson('copy-up');
  const selects = page.getByTestId('predict-cell');
  expect(await selects.count()).toBeGreaterThan(1);
  // Every option's text fits the select's box (the arrow's room kept).
  const clipped = await selects.evaluateAll((els) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    for (const s of els as HTMLSelectElement[]) {
      const cs = getComputedStyle(s);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16;
      for (const o of s.options) if (ctx.measureText(o.text).width > room) out.push(`${s.dataset.path}/${s.dataset.column}: ${o.text}`);
    }
    return out;
  });
  expect(clipped).toEqual([]);
});
