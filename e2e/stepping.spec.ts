// Step by step: back through the copy-up of the seed demo, one micro-step at
// a time, every view showing the state at that micro-step.
import { expect, test } from './fixtures.ts';

const EDIT = 'echo "in lower! after edit!" > merged/in_lower.txt';

test('stepping back through a copy-up shows each intermediate state', async ({ lab, page }) => {
  // Eleven positions, each checked in four views, then a full play: on a busy 2-core machine that is more than 30 s.
  test.slow();
  await lab.goto();
  // The seed opens at its end: in_lower.txt deleted, a whiteout in upper.
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  expect(await lab.probes()).toEqual([{ layer: 'upper', outcome: 'whiteout' }]);

  // Go to the end of the edit, which opens it on its micro-steps.
  const edit = lab.timelineSteps.filter({ hasText: EDIT });
  await edit.getByTestId('command-seek').click();
  const events = await edit.getByTestId('micro-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
  // The last step closes the command: the dentry cache keeps what it looked up.
  expect(events).toEqual(['lookup', 'copy-up', 'setxattr', 'create', 'setxattr', 'setattr', 'link', 'copy-up', 'write', 'dcache']);
  const end = await lab.cursor();

  // Walk back one micro-step at a time, from the end of the edit to before it.
  for (let back = 0; back <= events.length; back++) {
    const applied = events.length - back;
    const here = `after ${applied} of the edit's micro-steps`;
    expect((await lab.cursor()).position, here).toBe(end.position - back);
    // The copy-up is linked into upper/ by its 7th micro-step; before that, only lower holds the file.
    const linked = applied >= 7;
    await expect(lab.cell('in_lower.txt', 'upper'), here).toHaveAttribute('data-kind', linked ? 'file' : 'absent');
    await expect(lab.cell('in_lower.txt', 'lower'), here).toHaveAttribute('data-kind', 'file');
    await expect(lab.cell('in_lower.txt', 'merged'), here).toHaveAttribute('data-kind', 'file');
    // Following the steps selects what each is about; before the edit that is the previous command's file.
    if (applied === 0) await lab.row('in_lower.txt').click();
    expect(await lab.probes(), here).toEqual(linked ? [{ layer: 'upper', outcome: 'file' }] : [{ layer: 'upper', outcome: 'absent' }, { layer: 'lower', outcome: 'file' }]);
    // The micro-step just applied is the one marked current.
    if (applied > 0) await expect(edit.getByTestId('micro-step').nth(applied - 1).getByRole('button')).toHaveAttribute('aria-current', 'step');
    if (back < events.length) await lab.stepBack.click();
  }

  // Forward by keyboard to the end again, then play from the start to the end.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  expect((await lab.cursor()).position).toBe(end.total);
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  await page.getByTestId('scrubber').fill('0');
  expect((await lab.cursor()).position).toBe(0);
  await expect(lab.grid).toHaveAttribute('data-phase', 'not-yet');
  await page.getByRole('combobox', { name: /speed/i }).selectOption('8');
  await lab.play.click();
  await expect.poll(async () => (await lab.cursor()).position, { timeout: 15_000 }).toBe(end.total);
  await expect(lab.play).toHaveAttribute('aria-pressed', 'false');
});

test('keyboard: arrows step by micro-step, Shift+arrows by command, Ctrl+Z undoes', async ({ lab, page }) => {
  await lab.goto();
  const start = await lab.cursor();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowLeft');
  expect((await lab.cursor()).position).toBe(start.position - 1);
  await page.keyboard.press('Shift+ArrowLeft');
  const cmdStart = (await lab.cursor()).position;
  expect(cmdStart).toBeLessThan(start.position - 1);
  await page.keyboard.press('Shift+ArrowRight');
  expect((await lab.cursor()).position).toBe(start.position);
  const steps = await lab.timelineSteps.count();
  await page.keyboard.press('Control+z');
  await expect(lab.timelineSteps).toHaveCount(steps - 1);
  await page.keyboard.press('Control+Shift+z');
  await expect(lab.timelineSteps).toHaveCount(steps);
  await page.keyboard.press('?');
  await expect(page.getByTestId('legend-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('legend-dialog')).toBeHidden();
});

test('the grid is keyboard operable', async ({ lab, page }) => {
  await lab.goto();
  await lab.grid.focus();
  await page.keyboard.press('Home');
  await expect(lab.row('in_both.txt')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(lab.row('in_lower.txt')).toHaveAttribute('aria-selected', 'true');
  expect(await lab.probes()).toEqual([{ layer: 'upper', outcome: 'whiteout' }]);
});
