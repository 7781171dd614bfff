// Issue 9, item 13's smaller fixes: the share dialog has a Copy button;
// a saved .sh no longer carries the opened scenario's title once edited;
// Undo names what it undoes.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('the share dialog copies the link with a button', async ({ lab, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await lab.goto();
  const link = await lab.shareLink();
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.getByTestId('share-link-copy').click();
  await expect(page.getByTestId('share-link-copied')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test("a saved .sh keeps the scenario's title only while it is unedited", async ({ lab, page }) => {
  await lab.goto();
  const save = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-script').click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  expect(await save()).toMatch(/^# title: /m);
  await lab.run('mkdir merged/mine');
  const edited = await save();
  expect(edited).not.toMatch(/^# title: /m);
  expect(edited).toContain('mkdir merged/mine');
});

test('Undo names the command it takes back', async ({ lab, page }) => {
  await lab.goto();
  await lab.run('mkdir merged/named');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /mkdir merged\/named/);
});

test('mkdir -p on an existing directory shows the EEXIST it expects as expected, not as an error', async ({ lab, page }) => {
  await lab.goto();
  await lab.run('mkdir merged/there');
  await lab.run('mkdir -p merged/there');
  const last = lab.timelineSteps.last();
  await expect(last).toHaveAttribute('data-status', '0');
  const open = async (item: typeof last) => {
    const toggle = item.locator('button[aria-expanded]').first();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  };
  await open(last);
  await expect(last.locator('[data-testid=micro-step][data-event=error]')).not.toHaveCount(0);
  await expect(last.locator('[data-testid=micro-step][data-event=error]:not([data-expected=true])')).toHaveCount(0);
  // A real failure stays an error.
  await lab.run('mkdir merged/there');
  const failed = lab.timelineSteps.last();
  await open(failed);
  await expect(failed.locator('[data-testid=micro-step][data-event=error]:not([data-expected=true])')).not.toHaveCount(0);
  await expect(page.getByTestId('now-caption')).toBeVisible();
});
