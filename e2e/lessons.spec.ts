// Every lesson completed through the UI in both languages: the solution
// typed into the terminal, each question answered, each prediction marked
// in the grid (answers from the engine, as the app checks them); then the
// lesson is done and stays done after a reload. axe finds nothing serious
// or critical in any lesson in either theme (light scanned in English, dark
// in Chinese). Screenshots of each lesson's start and end, in both
// languages and both themes, land in test-results/. Lesson 10 runs on an
// image, not a setup scenario: e2e/lesson-image.spec.ts follows it.
import { answerOf, LESSONS, revealLessonPredict, runCommands, setupTimeline, type Lesson } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { blockingViolations } from './support/a11y.ts';

test.use({ viewport: { width: 1280, height: 720 } });
// Four screenshots, an axe scan and a reload each: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const LANGS = ['en', 'zh-CN'] as const;

async function complete(course: CoursePage, run: (cmd: string) => Promise<void>, lesson: Lesson) {
  for (const cmd of lesson.solution) await run(cmd);
  for (const g of lesson.goals) {
    if (g.kind === 'question') await course.answerQuestion(g.id, g.answer);
    // A prediction is made from the screen: the learner's session as it stands, the solution typed.
    if (g.kind === 'predict') await course.predict(course.goal(g.id), answerOf(revealLessonPredict(lesson, g, runCommands(setupTimeline(lesson), lesson.solution))));
  }
}

for (const lesson of LESSONS.filter((l) => !l.image)) {
  for (const lang of LANGS) {
    test(`lesson ${lesson.number} ${lesson.id} (${lang})`, async ({ lab, page, makeAxe }, info) => {
      const course = new CoursePage(page);
      const shoot = async (when: string) => {
        for (const theme of ['light', 'dark'] as const) {
          await course.setTheme(theme);
          await page.screenshot({ path: info.outputPath(`lesson-${lesson.number}-${lesson.id}-${when}-${lang}-${theme}.png`) });
        }
      };
      await lab.goto();
      await course.setLanguage(lang);
      await course.openLesson(lesson.id);
      await shoot('start');

      await complete(course, (cmd) => lab.run(cmd), lesson);
      for (const g of lesson.goals) await expect(course.goal(g.id), g.id).toHaveAttribute('data-met', 'true');
      await expect(course.done).toBeVisible();
      await shoot('end');
      // Each lesson is scanned in both themes: light in English, dark in Chinese.
      const theme = lang === 'en' ? 'light' : 'dark';
      await course.setTheme(theme);
      expect(await blockingViolations(makeAxe()), theme).toEqual([]);

      // Progress is the browser's: a reload keeps the lesson done, in the language chosen.
      await page.waitForTimeout(300);
      await page.reload();
      await expect(course.languageSwitch).toHaveValue(lang);
      await course.showList();
      await expect(course.lesson(lesson.id)).toHaveAttribute('data-done', 'true');
    });
  }
}
