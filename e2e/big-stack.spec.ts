// A 100,000-row stack: the grid keeps only the rows in view in the page,
// opens and closes directories, and scrolls to the very end.
import { expect, test } from './fixtures.ts';

test('a 100,000-row grid is virtualized, expands and scrolls to its end', async ({ lab, page }) => {
  test.setTimeout(90_000);
  await lab.goto('/?stack=100000&layers=1');
  await expect(lab.row('d0000')).toBeVisible({ timeout: 30_000 });
  // Large trees open closed: the top level only.
  await expect(lab.grid).toHaveAttribute('aria-rowcount', '1001');
  await page.getByRole('button', { name: 'Expand all' }).click();
  // Time is the browser benchmark's business; a busy CI machine gets room here.
  await expect(lab.grid).toHaveAttribute('aria-rowcount', '100001', { timeout: 30_000 });
  const inPage = await lab.grid.locator('[role=row][data-path]').count();
  expect(inPage).toBeLessThan(100);
  await lab.grid.evaluate((g) => (g.scrollTop = g.scrollHeight));
  const last = lab.grid.locator('[role=row][data-path^="d0999/"]').last();
  await expect(last).toBeVisible();
  await expect(last.locator('[data-layer=lower]')).toHaveAttribute('data-kind', 'file');
  // Keyboard: Home goes back to the first row and brings it into view.
  await lab.grid.focus();
  await page.keyboard.press('Home');
  await expect(lab.row('d0000')).toBeVisible();
  await expect(lab.row('d0000')).toHaveAttribute('aria-selected', 'true');
  // A command on the big stack shows up in the grid too.
  await lab.run('echo new > merged/d0000/added.txt');
  await expect(lab.cell('d0000/added.txt', 'upper')).toHaveAttribute('data-kind', 'file', { timeout: 15_000 });
  await lab.grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(lab.row('d0000')).toHaveAttribute('aria-expanded', 'false');
  await expect(lab.row('d0000/added.txt')).toHaveCount(0);
});

test('the terminal recalls history with the arrows and completes paths with Tab', async ({ lab, page }) => {
  await lab.goto();
  const input = lab.terminalInput;
  await input.press('ArrowUp');
  await expect(input).toHaveValue('rm -f merged/in_lower.txt');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('cat upper/in_lower.txt');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('');
  await input.fill('cat merged/in_u');
  await input.press('Tab');
  await expect(input).toHaveValue('cat merged/in_upper.txt ');
  await input.fill('cat merged/in_');
  await input.press('Tab');
  await expect(page.getByTestId('terminal-completions')).toContainText('merged/in_both.txt');
  await input.fill('cat merged/in_upper.txt');
  await input.press('Enter');
  await expect(page.getByTestId('terminal-entry').last()).toContainText('in upper');
});

test('animations are off when the system asks for reduced motion', async ({ lab, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await lab.goto();
  await lab.run('echo x > merged/still.txt');
  const animation = await lab.cell('still.txt', 'upper').evaluate((e) => getComputedStyle(e, '::after').animationName);
  expect(animation).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await lab.run('echo y > merged/moving.txt');
  expect(await lab.cell('moving.txt', 'upper').evaluate((e) => getComputedStyle(e, '::after').animationName)).toBe('flash');
});
