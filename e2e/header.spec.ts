// The header, as the screenshots of issue 9 showed it: at 1280x720 the
// session's title was cut to a few letters ("The see…") beside twelve
// buttons, a lesson's session was titled with its setup's file name
// ("lesson-01-four-dirs.sh"), and on a phone the row of actions ran off the
// screen's edge (on a tablet held upright they took three rows). Now the
// title has room, a lesson is named, and a phone or tablet keeps undo and
// redo at hand and the rest behind a menu, all on screen.
import type { Locator, Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';
import { expect, test } from './fixtures.ts';
import { blockingViolations } from './support/a11y.ts';

/** Visible elements under `root` whose text runs out of their box (cut, or scrolled). */
async function overflowing(root: Locator): Promise<string[]> {
  return root.evaluate((r) => {
    const out: string[] = [];
    for (const e of [r, ...r.querySelectorAll('*')] as HTMLElement[]) {
      if (!e.getClientRects().length || e.classList.contains('visually-hidden') || e.closest('dialog') || e.tagName === 'svg' || e.closest('svg')) continue;
      // The session's title is cut with an ellipsis by design, and whole on hover.
      if (e.dataset.testid === 'session-title') continue;
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(`${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''}: ${e.scrollWidth} > ${e.clientWidth}`);
    }
    return out;
  });
}

/** Header controls shown but not wholly inside the window. */
async function offScreen(page: Page): Promise<string[]> {
  const vw = page.viewportSize()!.width;
  const out: string[] = [];
  for (const c of await page.locator('.app-header').locator('button:visible, select:visible, label.button:visible').all()) {
    const b = (await c.boundingBox())!;
    if (b.x < -0.5 || b.x + b.width > vw + 0.5) out.push(`${(await c.getAttribute('data-testid')) ?? (await c.textContent())}: ${Math.round(b.x)}..${Math.round(b.x + b.width)}`);
  }
  return out;
}

/** The product's name is whole and left of the buttons (at 1024 px the buttons once covered it: "Overlay L"). */
async function nameWhole(page: Page) {
  const h1 = page.getByTestId('app-title');
  const [h, n] = [(await h1.boundingBox())!, (await page.locator('#header-actions').boundingBox())!];
  expect(await h1.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
  // Beside the buttons (not under a row of them that wrapped): the name ends before they start.
  if (n.y < h.y + h.height && h.y < n.y + n.height) expect(h.x + h.width).toBeLessThanOrEqual(n.x + 1);
}

test('at 1024x720 the header wraps its buttons but keeps the name whole', async ({ lab, page }) => {
  await page.setViewportSize({ width: 1024, height: 720 });
  await lab.goto();
  await nameWhole(page);
  expect(await offScreen(page)).toEqual([]);
  expect(await overflowing(page.locator('.app-header'))).toEqual([]);
});

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`the session's title has room beside the buttons, and nothing in the header is cut (${lang})`, async ({ lab, page }) => {
      await lab.goto();
      await page.getByTestId('language-switch').selectOption(lang);
      const title = page.getByTestId('session-title');
      await expect(title).toBeVisible();
      await nameWhole(page);
      expect((await title.boundingBox())!.width).toBeGreaterThanOrEqual(200);
      expect(await overflowing(page.locator('.app-header'))).toEqual([]);
      expect(await offScreen(page)).toEqual([]);
      // Cut or not, the whole title is on hover.
      expect(await title.getAttribute('title')).toContain(await title.textContent());
    });
  }

  test("a lesson's session is titled with the lesson's name, in the reader's language, not its setup's file name", async ({ lab, page }) => {
    await lab.goto('/?lesson=copy-up');
    const title = page.getByTestId('session-title');
    await expect(title).toHaveText(/^Lesson 2: /);
    await expect(title).not.toContainText('.sh');
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await expect(title).toHaveText(/^第 2 课：/);
    // Show me plays the solution in a session of the same name.
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByTestId('show-me').click();
    await lab.settled();
    await expect(title).toHaveText(/^Lesson 2: /);
    expect(LESSONS[1].id).toBe('copy-up');
  });
});

for (const [width, height, lang] of [[390, 844, 'en'], [390, 844, 'zh-CN'], [820, 1180, 'en']] as const) {
  test.describe(`on a ${width < 768 ? 'phone' : 'tablet held upright'} (${width}x${height}, ${lang})`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: width < 768, locale: lang });

    test('undo, redo and a menu on the title line; the menu shows every action on screen, none cut; axe clean', async ({ lab, page, makeAxe }) => {
      await lab.goto('/?scenario=copy-up-touch.sh&step=12');
      const nav = page.locator('#header-actions');
      // One line: the header no taller than its 44 px buttons and a little padding (on a tablet it took three rows).
      expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(60);
      // Nothing runs off the screen, nothing scrolls sideways in the header.
      expect(await offScreen(page)).toEqual([]);
      expect(await overflowing(page.locator('.app-header'))).toEqual([]);
      await expect(page.getByTestId('undo')).toBeVisible();
      await expect(page.getByTestId('redo')).toBeVisible();
      await expect(page.getByTestId('presenter-mode')).toBeHidden();
      const menu = page.getByTestId('header-menu');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const id of ['open-picker', 'save-script', 'save-trace', 'share', 'new-session', 'presenter-mode', 'language-switch', 'theme-switch', 'shortcuts']) await expect(page.getByTestId(id), id).toBeVisible();
      expect(await offScreen(page)).toEqual([]);
      expect(await overflowing(page.locator('.app-header'))).toEqual([]);
      expect(await nav.evaluate((n) => n.scrollWidth <= n.clientWidth + 1)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await blockingViolations(makeAxe())).toEqual([]);
      // An action closes the menu, and does what it says.
      await page.getByTestId('presenter-mode').click();
      await expect(page.getByTestId('presenter')).toBeVisible();
    });
  });
}
