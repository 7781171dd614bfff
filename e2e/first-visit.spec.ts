// Issue 9, item 8: a first visit opens the seed demo at its start (step 0),
// the lessons in view, with one call to action: start lesson 1 (or step
// through the demo). Nothing to redo, no end of the story given away.
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test('a first visit opens the demo at step 0 with one call to action', async ({ lab, page }) => {
  await lab.goto('/', { firstVisit: true });
  expect((await lab.cursor()).position).toBe(0);
  expect((await lab.cursor()).total).toBeGreaterThan(10);
  await expect(page.getByTestId('tab-lessons')).toHaveAttribute('aria-selected', 'true');
  const welcome = page.getByTestId('welcome');
  await expect(welcome).toBeVisible();
  // One call to action: a single primary button, the demo's first step beside it as a link.
  await expect(welcome.getByRole('button')).toHaveCount(2);
  await expect(page.getByTestId('welcome-start')).toHaveClass(/primary/);
  await expect(page.getByTestId('redo')).toBeDisabled();
  // The timeline shows where the demo stands: its first line in view.
  const start = await page.locator('[aria-current=step]').first().boundingBox();
  const list = await page.getByTestId('timeline-step').first().locator('xpath=ancestor::ol[1]').boundingBox();
  expect(start!.y).toBeGreaterThanOrEqual(list!.y - 1);
  expect(start!.y + start!.height).toBeLessThanOrEqual(list!.y + list!.height + 1);
  // The demo stands at its start: nothing has happened yet.
  await expect(page.getByTestId('now-caption')).not.toContainText('whiteout');

  await page.getByTestId('welcome-start').click();
  await expect(page.getByTestId('lesson-view')).toHaveAttribute('data-lesson-id', 'four-dirs');
  await expect(welcome).toBeHidden();
});

test('stepping through the demo from the welcome card', async ({ lab, page }) => {
  await lab.goto('/', { firstVisit: true });
  await page.getByTestId('welcome-step').click();
  await lab.settled();
  expect((await lab.cursor()).position).toBe(1);
  await expect(page.getByTestId('welcome')).toBeHidden();
  // A reload is no first visit: the session as it was left, no welcome.
  await page.waitForTimeout(400);
  await page.reload();
  await lab.settled();
  expect((await lab.cursor()).position).toBe(1);
  await expect(page.getByTestId('welcome')).toBeHidden();
});
