// Links a teacher hands out: a lesson at one of its steps, a shipped
// scenario or a shared session at a micro-step, a seeded exercise set that
// is the same for every student; and the language, which follows the
// browser until the reader picks one, at any time.
import { answerOf, generateExercise, revealExercise } from '../src/lessons/index.ts';
import { encodeShare } from '../src/scenario/share.ts';
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { LabPage } from './pages/lab-page.ts';

test('a lesson opens from a link at a given step', async ({ lab, page }) => {
  await lab.goto('/?lesson=copy-up&step=3');
  const course = new CoursePage(page);
  await expect(course.lessonView).toHaveAttribute('data-lesson-id', 'copy-up');
  // Step 3 is in focus, and the commands of steps 1 and 2 have run: the edit is in the timeline.
  await expect(page.locator('[data-testid=lesson-step][data-here=true]')).toHaveCount(1);
  await expect(page.getByTestId('lesson-step').nth(2)).toHaveAttribute('data-here', 'true');
  await expect(lab.timelineSteps.last()).toContainText('color=green');
  await expect(lab.cell('etc/app/app.conf', 'upper')).toHaveAttribute('data-kind', 'file');
  // The link is consumed: a reload shows the session as it has become.
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a scenario opens from a link at a given micro-step, shipped or shared', async ({ lab, page }) => {
  await lab.goto('/?scenario=whiteout-rm-three-cases.sh&step=5');
  await expect(page.getByTestId('session-title')).toContainText('rm of a lower-only');
  await expect.poll(async () => (await lab.cursor()).position).toBe(5);
  await lab.goto(`/?fresh#s=${encodeShare('mkdir lower upper work merged\necho x > lower/x\n')}&step=1`);
  await expect(lab.timelineSteps).toHaveCount(2);
  await expect.poll(async () => (await lab.cursor()).position).toBe(1);
  // The share dialog offers the link at the current step.
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-link')).toHaveValue(/#s=1\.[\w-]+&step=1$/);
});

test('a link is settled only once it has opened: never on the session it replaces', async ({ lab, page }) => {
  // Every title the page shows while it calls itself settled, from its first frame.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __settledTitles: string[] }).__settledTitles = seen;
    new MutationObserver(() => {
      const app = document.querySelector('[data-testid=app]');
      if (app?.getAttribute('data-settled') === 'true') seen.push(document.querySelector('[data-testid=session-title]')?.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await lab.goto('/?scenario=whiteout-rm-three-cases.sh&step=5');
  await expect(page.getByTestId('session-title')).toContainText('rm of a lower-only');
  const titles = (await page.evaluate('window.__settledTitles')) as string[];
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((x) => !x.includes('rm of a lower-only'))).toEqual([]);
});

test('an exercise set from a seed is the same for everyone, and the engine checks each answer', async ({ lab, page, browser }) => {
  const seed = 'class-7b';
  await lab.goto(`/?exercises=${seed}&level=4`);
  const ex = page.getByTestId('exercise');
  const first = generateExercise(seed, 4, 0);
  await expect(ex).toHaveAttribute('data-exercise-id', first.id);

  // Another student, another browser: the same exercise.
  const other = await browser.newContext();
  const there = new LabPage(await other.newPage());
  await there.goto(`/?exercises=${seed}&level=4`);
  await expect(there.page.getByTestId('exercise')).toHaveAttribute('data-exercise-id', first.id);
  await other.close();

  const course = new CoursePage(page);
  for (let i = 0; i < 3; i++) {
    const e = generateExercise(seed, 4, i);
    await expect(ex).toHaveAttribute('data-exercise-id', e.id);
    if (e.kind === 'predict') {
      await course.predict(ex, answerOf(revealExercise(e)));
    } else {
      await ex.getByTestId('command-answer').fill(e.command);
      await ex.getByTestId('check-command').click();
    }
    await expect(ex.getByTestId('feedback')).toHaveClass(/right/);
    await ex.getByTestId('exercise-next').click();
  }
  // A wrong prediction is told apart, cell by cell.
  const e = generateExercise(seed, 4, 3);
  if (e.kind === 'predict') {
    const wrong = answerOf(revealExercise(e));
    const [path] = Object.keys(wrong.cells);
    wrong.cells[path].merged = wrong.cells[path].merged === 'absent' ? 'file' : 'absent';
    await course.predict(ex, wrong);
    await expect(ex.getByTestId('feedback')).toHaveClass(/wrong/);
    await expect(ex.locator('td[data-state=wrong]')).toHaveCount(1);
  }
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the app speaks Chinese by default, switches at any time, and remembers', async ({ lab, page }) => {
    await lab.goto();
    const course = new CoursePage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(course.languageSwitch).toHaveValue('zh-CN');
    await expect(course.tab).toHaveText('课程');
    await course.setLanguage('en');
    await expect(course.tab).toHaveText('Lessons');
    await page.reload();
    await expect(course.languageSwitch).toHaveValue('en');
    // Captions follow too: a failed command's error is in the reader's language.
    await course.setLanguage('zh-CN');
    await lab.run('rmdir merged/nope');
    await expect(page.getByTestId('now-caption')).toContainText('没有那个文件或目录');
    // So do the tools' own messages in the terminal, said as GNU says them under a zh_CN locale.
    const lastOutput = page.getByTestId('terminal-entry').last().locator('.term-err');
    await expect(lastOutput).toHaveText("rmdir: 删除 'merged/nope' 失败: 没有那个文件或目录");
    await lab.run('ls | cat');
    await expect(page.getByTestId('terminal-rejected').last()).toContainText('管道 `|`不属于场景语言');
    // Back in English, the very words the kernel run printed.
    await course.setLanguage('en');
    await expect(lastOutput).toHaveText("rmdir: failed to remove 'merged/nope': No such file or directory");
    await expect(page.getByTestId('terminal-rejected').last()).toContainText('the pipe `|` is not part of the scenario language');
    // A damaged link's explanation too.
    await course.setLanguage('zh-CN');
    await page.evaluate(() => (location.hash = '#s=9.unknown-version'));
    await expect(lab.notice).toContainText('该链接由另一版本的 Overlay Lab 生成，或已损坏');
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });

  test('the theme follows the system until the reader picks one', async ({ lab, page }) => {
    await lab.goto();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('theme-switch')).toHaveValue('system');
    await page.getByTestId('theme-switch').selectOption('light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('theme-switch').selectOption('system');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });
});
