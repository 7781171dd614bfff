// Issue 9, item 3: nothing a user typed is ever lost. Every action that
// replaces the session (New session, a lesson, a scenario from the picker,
// a share link, a .sh file, even an empty one) is taken back by Undo, and
// the sessions replaced are kept across reloads in a "recent sessions"
// list that reopens any of them.
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import type { LabPage } from './pages/lab-page.ts';

/** The learner's own work: a session of commands typed by hand. */
async function typeWork(lab: LabPage) {
  await lab.newSession.click();
  await expect(lab.page.getByTestId('grid-empty')).toBeVisible();
  await lab.runAll(['mkdir lower upper work merged', 'echo mine > lower/mine.txt', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged', 'rm merged/mine.txt']);
  await expect(lab.cell('mine.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  await expect(lab.timelineSteps).toHaveCount(4);
}

/** Undo brings the typed session back whole: its commands, its state, the cursor at its end. */
async function undoBringsItBack(lab: LabPage) {
  const undo = lab.page.getByTestId('undo');
  await expect(undo).toBeEnabled();
  // The tooltip says what Undo will do: go back to the session before.
  await expect(undo).toHaveAttribute('title', /session\.sh/);
  await undo.click();
  await lab.settled();
  await expect(lab.timelineSteps).toHaveCount(4);
  await expect(lab.cell('mine.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  const { position, total } = await lab.cursor();
  expect(position).toBe(total);
  // And one more Undo takes back the last command typed, as before.
  await expect(undo).toHaveAttribute('title', /rm merged\/mine\.txt/);
}

test('Undo brings back a session replaced by New session', async ({ lab }) => {
  await lab.goto();
  await typeWork(lab);
  await lab.newSession.click();
  await expect(lab.page.getByTestId('grid-empty')).toBeVisible();
  await undoBringsItBack(lab);
});

test('Undo brings back a session replaced by opening a lesson, lesson closed again', async ({ lab, page }) => {
  await lab.goto();
  await typeWork(lab);
  const course = new CoursePage(page);
  await course.openLesson('four-dirs');
  await expect(lab.row('mine.txt')).toHaveCount(0);
  await undoBringsItBack(lab);
  await expect(course.lessonView).toBeHidden();
});

test('Undo brings back a session replaced by a scenario from the picker', async ({ lab, page }) => {
  await lab.goto();
  await typeWork(lab);
  await page.getByTestId('open-picker').click();
  await page.locator('[data-testid=scenario-option][data-file="mkdir-over-whiteout-opaque.sh"]').click();
  await lab.settled();
  await expect(lab.grid.locator('[data-opaque=true]').first()).toBeVisible();
  await undoBringsItBack(lab);
});

test('Undo brings back a session replaced by a share link', async ({ lab, page }) => {
  await lab.goto();
  await lab.run('mkdir merged/shared');
  const link = await lab.shareLink();
  await page.keyboard.press('Escape');
  await typeWork(lab);
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(lab.cell('shared', 'upper')).toHaveAttribute('data-kind', 'dir');
  await undoBringsItBack(lab);
});

for (const [what, text] of [
  ['a .sh file', 'mkdir a\necho x > a/x\n'],
  ['an empty .sh file', ''],
] as const) {
  test(`Undo brings back a session replaced by ${what}`, async ({ lab }) => {
    await lab.goto();
    await typeWork(lab);
    await lab.openFile('other.sh', text);
    await expect(lab.row('mine.txt')).toHaveCount(0);
    await undoBringsItBack(lab);
  });
}

test('the last sessions are kept across reloads and any of them reopens', async ({ lab, page }) => {
  await lab.goto();
  await typeWork(lab);
  // Three more sessions replaced in turn: the typed one, a lesson, a scenario.
  const course = new CoursePage(page);
  await course.openLesson('four-dirs');
  await page.getByTestId('open-picker').click();
  await page.locator('[data-testid=scenario-option][data-file="mkdir-over-whiteout-opaque.sh"]').click();
  await lab.settled();
  await lab.newSession.click();
  await lab.settled();
  await page.reload();
  await lab.settled();
  await page.getByTestId('open-picker').click();
  const recent = page.getByTestId('recent-session');
  // The seed demo (replaced by New session first), the typed session, the lesson, the scenario.
  await expect(recent).toHaveCount(4);
  // Newest first.
  await expect(recent.nth(0)).toHaveAttribute('data-name', 'mkdir-over-whiteout-opaque.sh');
  await expect(recent.nth(2)).toHaveAttribute('data-name', 'session.sh');
  await recent.nth(2).click();
  await lab.settled();
  await expect(lab.timelineSteps).toHaveCount(4);
  await expect(lab.cell('mine.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  // Reopening is itself undoable, like every replacement.
  await expect(page.getByTestId('undo')).toBeEnabled();
});

test('at most ten sessions are kept', async ({ lab, page }) => {
  await lab.goto();
  for (let i = 0; i < 12; i++) await lab.openFile(`s${i}.sh`, `mkdir d${i}\n`);
  await page.getByTestId('open-picker').click();
  const recent = page.getByTestId('recent-session');
  await expect(recent).toHaveCount(10);
  await expect(recent.nth(0)).toHaveAttribute('data-name', 's10.sh');
});
