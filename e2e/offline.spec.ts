// A classroom with bad Wi-Fi (issue 9): the built site works from a
// sub-path of a plain static host, and once loaded it keeps working with
// the network gone, its lessons, scenarios and second language included
// (a service worker made by vite-plugin-pwa precaches the whole app).
import { expect, test } from './fixtures.ts';
import { serveStatic, type StaticHost } from './support/static-host.ts';

let host: StaticHost;

/** To the demo's end, where a command is typed after the demo (as LabPage.goto does at `/`). */
async function toEnd(page: import('@playwright/test').Page, lab: import('./pages/lab-page.ts').LabPage) {
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('End');
  await lab.settled();
}

test.beforeEach(async () => {
  // dist/ is the build the web server of playwright.config.ts just made.
  host = await serveStatic('dist', '/overlay-lab/');
});

test.afterEach(async () => {
  await host.close();
});

test('the built site works from a sub-path of a static host', async ({ lab, page }) => {
  await lab.goto(host.url);
  await toEnd(page, lab);
  await expect(lab.grid).toHaveAttribute('data-phase', 'mounted');
  await lab.run('echo hello > merged/new.txt');
  await expect(lab.cell('new.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  // Every file the page asked for was there: no asset path escaped the sub-path.
  expect(host.failures).toEqual([]);
  // A share link keeps the sub-path.
  expect(page.url().startsWith(host.url)).toBe(true);
});

test('once loaded it works offline: reload, a lesson, the other language', async ({ lab, page }) => {
  await lab.goto(host.url);
  // The service worker has installed (precached everything) and controls the page.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 20_000 })
    .toBe('activated');
  // The host goes away: every request to it is refused from now on.
  await host.close();

  await page.reload();
  await lab.app.waitFor();
  await lab.settled();
  await toEnd(page, lab);
  await lab.run('mkdir merged/offline');
  await expect(lab.cell('offline', 'upper')).toHaveAttribute('data-kind', 'dir');

  // A lesson by its link, never fetched before.
  await page.goto(`${host.url}?lesson=copy-up&step=1`);
  await expect(page.getByTestId('course-panel')).toBeVisible();
  await expect(page.getByTestId('lesson-step').first()).toBeVisible();

  // The second language's strings come from the cache too.
  await page.getByTestId('language-switch').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(lab.app).toContainText('课');
});
