// Two levels of detail. A first visit and a lesson start in the simple
// view: a copy-up is one step (its kernel steps one click away) and
// stepping passes over them; the full view, one click on the toggle, shows
// and steps every kernel step, and is remembered.
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { blockingViolations } from './support/a11y.ts';

const EDIT = 'echo "in lower! after edit!" > merged/in_lower.txt';

test('a first visit starts simple: a copy-up is one step, its kernel steps one click away', async ({ lab, page }) => {
  await lab.goto('/', { detail: null });
  const toggle = page.getByTestId('detail-level');
  await expect(toggle).toHaveAttribute('data-level', 'simple');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  const edit = lab.timelineSteps.filter({ hasText: EDIT });
  await edit.getByTestId('command-seek').click();
  const end = (await lab.cursor()).position;
  // Three steps: the lookup, the copy-up (7 kernel steps), the write.
  const group = edit.locator('[data-testid=step-group][data-group=copy-up]');
  await expect(group).toHaveCount(1);
  await expect(group).toHaveAttribute('data-steps', '7');
  await expect(edit.locator('.micro-list > [data-testid=micro-step]')).toHaveCount(2);
  await expect(edit.locator('.micro-list > [data-testid=micro-step]').first()).toHaveAttribute('data-event', 'lookup');
  await expect(group.getByTestId('micro-step')).toHaveCount(0);
  // The detail, one click away.
  await group.getByTestId('group-expand').click();
  await expect(group.getByTestId('micro-step')).toHaveCount(7);
  expect(await group.getByTestId('micro-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(['copy-up', 'setxattr', 'create', 'setxattr', 'setattr', 'link', 'copy-up']);
  await group.getByTestId('group-expand').click();
  await expect(group.getByTestId('micro-step')).toHaveCount(0);

  // Stepping back passes over the copy-up's inside: write, copy-up, lookup, the command before.
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end - 2);
  await expect(page.getByTestId('now-caption')).toContainText('the kernel copies it up in 7 steps');
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end - 9);
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'absent');
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end - 10);
  // Forward by keyboard, the same stops.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (const want of [end - 9, end - 2, end]) {
    await page.keyboard.press('ArrowRight');
    expect((await lab.cursor()).position).toBe(want);
  }
});

test('the full view shows and steps every kernel step, and is remembered', async ({ lab, page }) => {
  await lab.goto('/', { detail: null });
  const toggle = page.getByTestId('detail-level');
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-level', 'full');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const edit = lab.timelineSteps.filter({ hasText: EDIT });
  await edit.getByTestId('command-seek').click();
  const end = (await lab.cursor()).position;
  await expect(edit.getByTestId('micro-step')).toHaveCount(10);
  await expect(edit.getByTestId('step-group')).toHaveCount(0);
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end - 1);
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end - 2);
  await expect(page.getByTestId('now-caption')).toContainText('copy-up done');

  await page.reload();
  await lab.settled();
  await expect(page.getByTestId('detail-level')).toHaveAttribute('data-level', 'full');
});

test('a lesson starts simple, even after the full view was chosen', async ({ lab, page }) => {
  await lab.goto('/', { detail: 'full' });
  await expect(page.getByTestId('detail-level')).toHaveAttribute('data-level', 'full');
  await new CoursePage(page).openLesson('copy-up');
  await expect(page.getByTestId('detail-level')).toHaveAttribute('data-level', 'simple');
});

test('the simple view is in both languages', async ({ lab, page }) => {
  await lab.goto('/', { detail: null });
  await new CoursePage(page).setLanguage('zh-CN');
  await expect(page.getByTestId('detail-level')).toContainText('简明');
  const edit = lab.timelineSteps.filter({ hasText: EDIT });
  await edit.getByTestId('command-seek').click();
  await expect(edit.locator('[data-testid=step-group][data-group=copy-up]')).toContainText('内核分 7 步把它复制上来');
});

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  // Axe scans of a whole page, one per view and theme: slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('the simple view, a copy-up group open mid-flight, both themes: no blocking axe finding', async ({ lab, page, makeAxe }, info) => {
    await lab.goto('/', { detail: null });
    const edit = lab.timelineSteps.filter({ hasText: EDIT });
    await edit.getByTestId('command-seek').click();
    const group = edit.locator('[data-testid=step-group][data-group=copy-up]');
    await group.getByTestId('group-expand').click();
    // A kernel step inside the group, one click away: the cursor goes there, the group stays open.
    await group.getByTestId('micro-step').nth(5).getByRole('button').click();
    await expect(group.getByTestId('group-expand')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('now-caption')).toContainText('link');
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((th) => (document.documentElement.dataset.theme = th), theme);
      await page.screenshot({ path: info.outputPath(`simple-copy-up-mid-${theme}.png`) });
      expect(await blockingViolations(makeAxe()), theme).toEqual([]);
    }
  });
});

test('presenter mode steps the simple view and has the toggle', async ({ lab, page }) => {
  await lab.goto('/', { detail: null });
  const edit = lab.timelineSteps.filter({ hasText: EDIT });
  await edit.getByTestId('command-seek').click();
  const end = (await lab.cursor()).position;
  await page.getByTestId('presenter-mode').click();
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  // Where the cursor is once the view there is shown (a step moves the cursor with its view).
  const at = async () => {
    await lab.settled();
    return Number(await page.getByTestId('presenter-position').getAttribute('data-position'));
  };
  // Three chips for the edit: lookup, the copy-up, the write; the cursor on the last.
  const chips = page.getByTestId('presenter-micro');
  await expect(chips).toHaveCount(3);
  await expect(chips.nth(1)).toHaveAttribute('data-group', 'copy-up');
  await expect(chips.nth(2)).toHaveAttribute('data-state', 'here');
  await presenter.focus();
  await page.keyboard.press('ArrowLeft');
  expect(await at()).toBe(end - 2);
  await expect(chips.nth(1)).toHaveAttribute('data-state', 'here');
  // The toggle is there: every kernel step, and the strip lists them all.
  await page.getByTestId('detail-level').click();
  await expect(page.getByTestId('detail-level')).toHaveAttribute('data-level', 'full');
  await expect(chips).toHaveCount(10);
  await presenter.focus();
  await page.keyboard.press('ArrowLeft');
  expect(await at()).toBe(end - 3);
});
