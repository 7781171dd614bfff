// A long command: rm -rf of a 10,000-entry lower directory makes about
// 40,000 micro-steps. The engine runs in a worker, so the page shows the
// command's progress, answers input while it runs, and can cancel it (the
// session is as it was before); once done, its micro-steps are stepped
// through one by one from a list that draws only the ones in view.
import { expect, test } from './fixtures.ts';

const STACK = '/?stack=10000&layers=1&fanout=10000';
const RM = 'rm -rf merged/d0000';

test('a long command shows progress, leaves the page usable, and can be cancelled', async ({ lab, page }) => {
  test.setTimeout(120_000);
  // Four times as long (160,000 micro-steps): long enough to be caught running on a fast machine.
  await lab.goto('/?stack=40000&layers=1&fanout=40000');
  await expect(lab.row('d0000')).toBeVisible();
  const before = await lab.cursor();
  const commands = await lab.timelineSteps.count();

  await lab.terminalInput.fill(RM);
  await lab.terminalInput.press('Enter');
  const busy = page.getByTestId('busy');
  await expect(busy).toBeVisible();
  // Progress counts micro-steps as they are made.
  await expect(page.getByTestId('busy-progress')).toHaveText(/\d/, { timeout: 30_000 });

  // The page answers input while the engine works: the side tabs switch, the terminal takes typing.
  await page.getByTestId('tab-lessons').click();
  await expect(page.getByTestId('tab-lessons')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('tab-details')).toHaveAttribute('aria-selected', 'true');
  await lab.terminalInput.fill('ls merged');
  await expect(lab.terminalInput).toHaveValue('ls merged');
  await expect(busy).toBeVisible();

  await page.getByTestId('cancel-command').click();
  await expect(busy).toBeHidden({ timeout: 60_000 });
  await lab.settled(60_000);
  // The session is as before the command: no new command, the directory still there, a word about what happened
  // (once the new worker has opened the session again: the 40,000-entry stack is made anew, seconds on a loaded machine).
  await expect(lab.notice).toBeVisible({ timeout: 60_000 });
  await expect(lab.timelineSteps).toHaveCount(commands);
  expect(await lab.cursor()).toEqual(before);
  await expect(lab.row('d0000')).toBeVisible();
  await expect(lab.cell('d0000', 'lower')).toHaveAttribute('data-kind', 'dir');
});

test('a long command, once done, steps one micro-step at a time through a list that draws only what is in view', async ({ lab, page }) => {
  test.setTimeout(180_000);
  await lab.goto(STACK);
  await lab.terminalInput.fill(RM);
  await lab.terminalInput.press('Enter');
  await lab.settled(150_000);
  const end = await lab.cursor();
  expect(end.total).toBeGreaterThan(30_000);
  await expect(lab.cell('d0000', 'upper')).toHaveAttribute('data-kind', 'whiteout');

  // Its micro-steps are listed, tens of thousands of them, a few dozen in the page at a time.
  const rm = lab.timelineSteps.filter({ hasText: RM });
  await expect(rm.getByTestId('micro-step').first()).toBeVisible();
  expect(await rm.getByTestId('micro-step').count()).toBeLessThan(200);

  // Into the command: one step back is the state before its last micro-step, and so on.
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end.total - 1);
  await lab.stepBack.click();
  expect((await lab.cursor()).position).toBe(end.total - 2);
  await expect(rm.locator('[aria-current=step]')).toBeVisible();
  // Half way through, d0000 is not removed yet: its entries are being whited out one by one.
  // (The stack has no command before it: the rm -rf's micro-steps are all of them.)
  await page.getByTestId('scrubber').fill(String(Math.floor(end.total / 2)));
  await lab.settled(60_000);
  await expect(lab.cell('d0000', 'upper')).toHaveAttribute('data-kind', 'dir');
  await lab.stepForward.click();
  await lab.settled();
  await expect(page.getByTestId('now-caption')).not.toBeEmpty();
});
