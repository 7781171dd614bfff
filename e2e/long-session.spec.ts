// A session of hundreds of commands: the timeline and the terminal log keep
// only the entries near the view in the page, yet every command is reachable
// (stepping to it brings it into view), and dragging the scrubber leaves
// both lists where they were until the thumb is let go.
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const COMMANDS = 400;
const script = ['mkdir lower upper work merged', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged', ...Array.from({ length: COMMANDS - 2 }, (_, i) => `echo ${i} > merged/f${i}.txt`), ''].join('\n');

/** The page on the long script, at its end. */
async function openLong(lab: LabPage) {
  test.setTimeout(120_000);
  await lab.goto();
  await lab.openFile('long.sh', script);
  await lab.settled(60_000);
}

test('a long timeline and log draw the entries in view, and any command comes into view when stepped to', async ({ lab, page }) => {
  await openLong(lab);
  const steps = page.getByTestId('timeline-step');
  const entries = page.getByTestId('terminal-entry');
  // Far fewer than 400 in the page, at the end.
  expect(await steps.count()).toBeLessThan(60);
  expect(await entries.count()).toBeLessThan(60);
  const lastCmd = `echo ${COMMANDS - 3} > merged/f${COMMANDS - 3}.txt`;
  await expect(page.locator('.cmd-item.current')).toContainText(lastCmd);
  await expect(page.locator('.cmd-item.current')).toBeInViewport();
  await expect(entries.filter({ hasText: lastCmd })).toBeInViewport();
  // To the start and to a command in the middle: each is drawn and in view.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await lab.settled();
  await page.keyboard.press('Shift+ArrowRight');
  await lab.settled();
  await expect(page.locator('.cmd-item.current')).toContainText('mkdir lower upper work merged');
  await expect(page.locator('.cmd-item.current')).toBeInViewport();
  const { total } = await lab.cursor();
  await page.getByTestId('scrubber').fill(String(Math.floor(total / 2)));
  await lab.settled();
  const current = page.locator('.cmd-item.current');
  await expect(current).toBeInViewport();
  const text = (await current.locator('.cmd-text').first().textContent()) ?? '';
  const n = Number(/f(\d+)\.txt/.exec(text)?.[1]);
  expect(n).toBeGreaterThan(COMMANDS / 2 - 30);
  expect(n).toBeLessThan(COMMANDS / 2 + 30);
  await expect(entries.filter({ hasText: `merged/f${n}.txt` })).toBeInViewport();
  // A reader scrolls the timeline away from the current command: it stays where they put it.
  const list = page.locator('.cmd-list');
  await list.evaluate((e) => (e.scrollTop = 0));
  await page.waitForTimeout(500);
  expect(await list.evaluate((e) => e.scrollTop)).toBeLessThan(50);
  await expect(steps.filter({ hasText: 'mkdir lower upper work merged' })).toBeInViewport();
});

test('dragging the scrubber leaves the timeline where it was until the thumb is let go', async ({ lab, page }) => {
  await openLong(lab);
  const current = page.locator('.cmd-item.current');
  const before = await current.locator('.cmd-text').first().textContent();
  const box = (await page.getByTestId('scrubber').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 8 });
  // Mid-drag: the position moved, the timeline did not follow.
  await expect(page.getByTestId('position')).not.toContainText(`${(await lab.cursor()).total} of`);
  await page.waitForTimeout(300);
  await expect(current.locator('.cmd-text').first()).toHaveText(before ?? '');
  // Let go (off the thumb): the timeline catches up with the cursor.
  await page.mouse.move(box.x + box.width * 0.3, y + 200);
  await page.mouse.up();
  await lab.settled();
  await expect(current.locator('.cmd-text').first()).not.toHaveText(before ?? '');
  await expect(current).toBeInViewport();
});
