// Lesson 10, "Your own image", followed through the UI: the lesson opens
// with no image and says its goal needs one; the example image opens from
// the lesson (the lesson stays in view); the Image tab shows the wasted
// bytes, their largest file first; the steps' commands run in the
// container; deleting a file meets the goal, bound to the container's
// upper whatever its id; the questions are answered; the real Commit
// button of the Image tab meets the commit goal (Undo brings back the
// image, and the goal says what is missing again; Redo the commit), and
// the top layer exported alone downloads a tar with etc/.wh.passwd in it,
// which meets the last goal: the lesson is done. "Show me" does the
// commit and the export itself. The same lesson in Chinese: its titles and the example button, and
// the goal met there too. axe finds nothing serious in either (light
// theme in English, dark in Chinese). Screenshots land in test-results/.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { blockingViolations } from './support/a11y.ts';

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 120_000 });

/** The member names of a plain ustar tar (the exported layer), read from its headers. */
function tarNames(b: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= b.length && b[at] !== 0; ) {
    const field = (o: number, n: number) => b.subarray(at + o, at + o + n).toString('latin1').replace(/\0.*$/s, '');
    const name = field(0, 100);
    const prefix = field(345, 155);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    names.push((prefix ? `${prefix}/${name}` : name).replace(/\/$/, ''));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

const snippet = (course: CoursePage, cmd: string) => course.lessonView.getByTestId('snippet').filter({ has: course.page.locator('code', { hasText: new RegExp(`^${cmd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });

test('lesson 10 through the UI (en): example image, wasted bytes, the mount line, a whiteout, the .wh. file', async ({ lab, page, makeAxe }, info) => {
  const course = new CoursePage(page);
  await lab.goto();
  await course.openLesson('your-image');
  await expect(page.getByTestId('lesson-image-state')).toHaveText('No image is open yet.');
  await expect(course.lessonView.getByTestId('lesson-step')).toHaveCount(6);
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

  // Step 5: what a commit writes, as a question; then the real Commit button.
  await course.answerQuestion('commit', 'wh-file');
  await expect(course.goal('commit')).toHaveAttribute('data-met', 'true');
  await expect(course.goal('commit').getByTestId('feedback')).toContainText('etc/.wh.passwd');
  const committed = course.goal('committed');
  await expect(committed).toHaveAttribute('data-met', 'false');
  await expect(committed).toContainText('The image should have 5 layers; it has 4.');
  await expect(course.done).toHaveCount(0);
  await page.getByTestId('tab-image').click();
  const history = page.getByTestId('image-history-row');
  const rows = await history.count();
  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(history).toHaveCount(rows + 1);
  await expect(history.first()).toContainText('overlay-lab commit c1');
  await course.tab.click();
  await expect(committed).toHaveAttribute('data-met', 'true');

  // Undo takes the commit back: the image as it was, and the goal says what is missing (met stays recorded).
  await page.getByTestId('undo').click();
  await lab.settled();
  await expect(committed.locator('.goal-missing')).toContainText('The image should have 5 layers; it has 4.');
  await page.getByTestId('tab-image').click();
  await expect(history).toHaveCount(rows);
  await page.getByTestId('redo').click();
  await lab.settled();
  await expect(history).toHaveCount(rows + 1);

  // Step 6: the top layer alone, downloaded: its tar holds etc/.wh.passwd, and the goal reads it back.
  await page.getByTestId('export-format').selectOption('layer');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image').click()]);
  expect(download.suggestedFilename()).toMatch(/^example-image\+c1-layer\d+\.tar$/);
  expect(tarNames(readFileSync((await download.path())!))).toContain('etc/.wh.passwd');
  await course.tab.click();
  await expect(committed.locator('.goal-missing')).toHaveCount(0);
  await expect(course.goal('exported')).toHaveAttribute('data-met', 'true');
  await expect(course.done).toBeVisible();
  await course.lessonView.getByTestId('lesson-step').nth(5).scrollIntoViewIfNeeded();
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

test('lesson 10: "Show me" deletes, commits and exports in the Image tab, and meets the last goals', async ({ lab, page }) => {
  const course = new CoursePage(page);
  await lab.goto();
  await course.openLesson('your-image');
  await page.getByTestId('lesson-example-image').click();
  await lab.settled();
  await expect(course.goal('committed')).toHaveAttribute('data-met', 'false');
  await expect(course.goal('exported')).toHaveAttribute('data-met', 'false');
  await page.getByTestId('show-me').click();
  await lab.settled();
  await expect(course.goal('whiteout')).toHaveAttribute('data-met', 'true');
  await expect(course.goal('committed')).toHaveAttribute('data-met', 'true');
  await expect(course.goal('exported')).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('lesson-image-state')).toHaveText('Container c1 runs on example-image+c1.tar.');
});
