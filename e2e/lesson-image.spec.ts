// Lesson 10, "Your own image", followed through the UI: the lesson opens
// with no image and says its goal needs one; the example image opens from
// the lesson (the lesson stays in view); the Image tab shows the wasted
// bytes, their largest file first; the steps' commands run in the
// container; deleting a file meets the goal, bound to the container's
// upper whatever its id; the questions are answered and the lesson is
// done. The same lesson in Chinese: its titles and the example button, and
// the goal met there too. axe finds nothing serious in either (light
// theme in English, dark in Chinese). Screenshots land in test-results/.
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { blockingViolations } from './support/a11y.ts';

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 120_000 });

const snippet = (course: CoursePage, cmd: string) => course.lessonView.getByTestId('snippet').filter({ has: course.page.locator('code', { hasText: new RegExp(`^${cmd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });

test('lesson 10 through the UI (en): example image, wasted bytes, the mount line, a whiteout, the .wh. file', async ({ lab, page, makeAxe }, info) => {
  const course = new CoursePage(page);
  await lab.goto();
  await course.openLesson('your-image');
  await expect(page.getByTestId('lesson-image-state')).toHaveText('No image is open yet.');
  await expect(course.lessonView.getByTestId('lesson-step')).toHaveCount(5);
  // No container yet: the state goal is open and says what it needs.
  const whiteout = course.goal('whiteout');
  await expect(whiteout).toHaveAttribute('data-met', 'false');
  await expect(whiteout).toContainText('Open an image first');
  await page.screenshot({ path: info.outputPath('lesson-10-start-en.png') });

  // Step 1: the example image, opened from the lesson; the lesson stays in view.
  await page.getByTestId('lesson-example-image').click();
  await lab.settled();
  await expect(page.getByTestId('lesson-image-state')).toHaveText('Container c1 runs on example-image.tar.');
  await expect(course.lessonView).toBeVisible();
  await expect(whiteout).toContainText('../diff/etc/passwd');
  const grid = await lab.gridSnapshot();
  expect(grid.target).toMatch(/^\/?var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged$/);

  // Step 2: the Image tab lists the wasted bytes, usr/lib/big.bin first.
  await page.getByTestId('tab-image').click();
  await expect(page.getByTestId('image-hidden-total')).toHaveText('3.0 KiB');
  await expect(page.getByTestId('image-wasted-path').first()).toContainText('usr/lib/big.bin');
  await course.tab.click();
  await course.answerQuestion('waste', 'big-bin');
  await expect(course.goal('waste')).toHaveAttribute('data-met', 'true');

  // Step 3: the container's layers, its mount line typed from the lesson.
  await snippet(course, 'mount').click();
  await lab.settled();
  await expect(page.getByTestId('terminal-entry').last()).toContainText(/upperdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff/);
  await course.answerQuestion('upperdir', 'top');
  await expect(course.goal('upperdir')).toHaveAttribute('data-met', 'false');
  await course.answerQuestion('upperdir', 'diff');
  await expect(course.goal('upperdir')).toHaveAttribute('data-met', 'true');

  // Step 4: delete a file; its whiteout is in the container's upper, and the goal is met.
  await snippet(course, 'rm etc/passwd').click();
  await lab.settled();
  await expect(whiteout).toHaveAttribute('data-met', 'true');
  await expect(lab.row('etc/passwd').locator('[data-layer="diff"]').first()).toHaveAttribute('data-kind', 'whiteout');
  await snippet(course, 'ls -la ../diff/etc').click();
  await lab.settled();
  await expect(page.getByTestId('terminal-entry').last()).toContainText(/c--------- .* 0, 0 .*passwd/);

  // Step 5: the commit, as a question.
  await course.answerQuestion('commit', 'wh-file');
  await expect(course.goal('commit')).toHaveAttribute('data-met', 'true');
  await expect(course.goal('commit').getByTestId('feedback')).toContainText('etc/.wh.passwd');
  await expect(course.done).toBeVisible();
  await page.screenshot({ path: info.outputPath('lesson-10-end-en.png') });
  expect(await blockingViolations(makeAxe()), 'light').toEqual([]);
});

test('lesson 10 in Chinese: its title, steps and goals, the example button, the goal met', async ({ lab, page, makeAxe }, info) => {
  const course = new CoursePage(page);
  await lab.goto();
  await course.setLanguage('zh-CN');
  await course.showList();
  await expect(course.lesson('your-image')).toContainText('你自己的镜像');
  await course.openLesson('your-image');
  await expect(course.lessonView.locator('h2')).toHaveText('你自己的镜像');
  await expect(page.getByTestId('lesson-image-state')).toHaveText('还没有打开镜像。');
  await expect(page.getByTestId('lesson-example-image')).toHaveText('打开示例镜像');
  await expect(course.goal('whiteout')).toContainText('请先打开一个镜像');
  await expect(course.goal('waste')).toContainText('哪个文件浪费的字节最多');

  await page.getByTestId('lesson-example-image').click();
  await lab.settled();
  await expect(page.getByTestId('lesson-image-state')).toHaveText('容器 c1 运行在 example-image.tar 上。');
  await snippet(course, 'rm etc/passwd').click();
  await lab.settled();
  await expect(course.goal('whiteout')).toHaveAttribute('data-met', 'true');
  await page.screenshot({ path: info.outputPath('lesson-10-zh-CN.png') });
  await course.setTheme('dark');
  expect(await blockingViolations(makeAxe()), 'dark').toEqual([]);
});
