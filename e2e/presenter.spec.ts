// Presenter mode at projector size: only the stack and the grid, in large
// type, driven from the keyboard (space and arrows step, Shift+arrows by
// command, P plays, + and - change the speed, Escape leaves), with a
// visible cursor on the current micro-step.
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';
import { blockingViolations } from './support/a11y.ts';

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 60_000 });

test('presenter mode is driven by the keyboard', async ({ lab, page, makeAxe }, info) => {
  await lab.goto();
  const course = new CoursePage(page);
  await course.openLesson('copy-up');
  await lab.run('echo "color=green" > merged/etc/app/app.conf');
  await page.getByTestId('presenter-mode').click();
  const presenter = page.getByTestId('presenter');
  const position = page.getByTestId('presenter-position');
  // Where the cursor is once the view there is shown (a step moves the cursor with its view).
  const at = async () => {
    await lab.settled();
    return Number(await position.getAttribute('data-position'));
  };
  await expect(presenter).toBeVisible();
  // Only the stack and the grid: no terminal, no timeline, no side panel.
  await expect(page.getByTestId('layer-grid')).toBeVisible();
  await expect(page.getByTestId('layer-stack')).toBeVisible();
  await expect(lab.terminalInput).toHaveCount(0);
  await expect(page.getByTestId('timeline-step')).toHaveCount(0);
  const total = Number(await position.getAttribute('data-total'));
  expect(await at()).toBe(total);
  // A lesson starts in the simple view; presenter mode has the toggle. Every kernel step, to count them here.
  const detail = page.getByTestId('detail-level');
  await expect(detail).toHaveAttribute('data-level', 'simple');
  await detail.click();
  await expect(detail).toHaveAttribute('data-level', 'full');
  await presenter.focus();

  await page.keyboard.press('Shift+ArrowLeft');
  const start = await at();
  expect(start).toBeLessThan(total);
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  expect(await at()).toBe(start + 2);
  // The cursor marks the micro-step just applied.
  await expect(page.locator('[data-testid=presenter-micro][data-state=here]')).toHaveCount(1);
  await expect(page.locator('[data-testid=presenter-micro]').nth(1)).toHaveAttribute('data-state', 'here');
  await page.keyboard.press('ArrowRight');
  expect(await at()).toBe(start + 3);
  await page.keyboard.press('ArrowLeft');
  expect(await at()).toBe(start + 2);
  await page.keyboard.press('Shift+ArrowRight');
  expect(await at()).toBe(total);
  await page.keyboard.press('Home');
  expect(await at()).toBe(0);

  // Speed from the keyboard, then play to the end.
  const speed = page.getByTestId('presenter-speed');
  await speed.selectOption('4');
  await presenter.focus();
  await page.keyboard.press('+');
  await expect(speed).toHaveValue('8');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  const before = await at();
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-play')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(at, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.keyboard.press('p');

  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((th) => (document.documentElement.dataset.theme = th), theme);
    await page.screenshot({ path: info.outputPath(`presenter-1280x720-${theme}.png`) });
    expect(await blockingViolations(makeAxe()), theme).toEqual([]);
  }

  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(lab.terminalInput).toBeVisible();
});
