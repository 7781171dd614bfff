// Issue 9, items 5 and 6: captions are never cut off and the layout does not
// jump between one and two lines; presenter mode at 1280x720 is readable
// from the back of a room (grid text 22 px and up, captions 26 px and up,
// stack labels 20 px and up), the stack and the grid fill the screen, and
// every key of the legend works there.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ timeout: 90_000 });

/**
 * Whether the caption shows all of its text (its text inside its box, nothing
 * clipped), the caption bar's height, the caption's font size, and whether
 * it was set smaller to fit (a caption of three lines and more at the usual size).
 */
async function caption(page: Page) {
  return page.getByTestId('now-caption').evaluate((e) => {
    const box = e.getBoundingClientRect();
    const inside = [...e.querySelectorAll('*')].every((c) => {
      const r = c.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
    });
    const clipped = !inside || e.scrollWidth > e.clientWidth + 1 || [...e.querySelectorAll('*')].some((c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflow === 'hidden');
    const px = parseFloat(getComputedStyle(e).fontSize);
    const text = e.querySelector('.now-text') ?? e;
    return {
      clipped,
      text: e.textContent ?? '',
      height: Math.round(e.closest('[data-testid=now]')!.getBoundingClientRect().height),
      px,
      fitted: e.style.getPropertyValue('--fit') !== '',
      // Too long even when set smaller: it scrolls in its box, which the keyboard can reach.
      scrolls: getComputedStyle(e).overflowY === 'auto' && e.tabIndex === 0 && e.scrollHeight > e.clientHeight,
      lines: Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)),
    };
  });
}

/** Steps through the whole seed demo, collecting what `look` sees at each position. */
async function everyStep<T>(lab: LabPage, page: Page, look: () => Promise<T>): Promise<T[]> {
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  const { total } = await lab.cursor();
  const out: T[] = [];
  for (let i = 0; i < total; i++) {
    await lab.stepForward.click();
    await lab.settled();
    out.push(await look());
  }
  return out;
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`captions are never cut off and the bar keeps its height at every step, three lines and more included (${lang})`, async ({ lab, page }) => {
    await lab.goto();
    await page.getByTestId('language-switch').selectOption(lang);
    const seen = await everyStep(lab, page, () => caption(page));
    expect(seen.filter((c) => c.clipped).map((c) => c.text)).toEqual([]);
    // One line, two or a long lookup's three and more: one height, so the stack and the grid below never jump.
    const heights = [...new Set(seen.map((c) => c.height))];
    expect(heights, `heights ${heights.join(', ')}`).toHaveLength(1);
    expect(seen.some((c) => c.lines === 2)).toBe(true);
    // The long ones are set smaller to fit, never below 12 px.
    if (lang === 'en') expect(seen.some((c) => c.fitted)).toBe(true);
    expect(seen.filter((c) => c.px < 12).map((c) => `${c.px}px: ${c.text}`)).toEqual([]);
  });
}

test('a very long caption (a lookup through three layers, long names) is whole or scrolls, and the bar does not move when the window narrows', async ({ lab, page }) => {
  await lab.goto();
  const long = 'a-rather-long-file-name-for-the-caption.conf';
  await lab.openFile(
    'long-caption.sh',
    ['mkdir l1 l2 l3 upper work merged', `echo x > l3/${long}`, 'mount -t overlay overlay -o lowerdir=./l1:./l2:./l3,upperdir=./upper,workdir=./work ./merged', `cat merged/${long}`, ''].join('\n'),
  );
  const cat = lab.timelineSteps.filter({ hasText: `cat merged/${long}` });
  await cat.getByTestId('command-seek').click();
  await lab.settled();
  await expect(page.getByTestId('now-caption')).toContainText(`l3/${long}`);
  const wide = await caption(page);
  expect(!wide.clipped || wide.scrolls, wide.text).toBe(true);
  await page.setViewportSize({ width: 1024, height: 720 });
  // Narrower, it is whole or, past the smallest size, scrolls in its box: never cut out of reach.
  await expect.poll(async () => { const c = await caption(page); return !c.clipped || c.scrolls; }).toBe(true);
  const stackTop = async () => Math.round((await page.getByTestId('layer-stack').boundingBox())!.y);
  const top = await stackTop();
  // The start of the session says one short line: the stack stays where it was.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await lab.settled();
  expect(await stackTop()).toBe(top);
});

test('presenter mode at 1280x720: large type, the stage fills the screen, captions whole', async ({ lab, page }) => {
  await lab.goto();
  await page.getByTestId('presenter-mode').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  const position = page.getByTestId('presenter-position');
  await lab.settled();
  await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await lab.settled();

  const px = (sel: string) => page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await px('[data-testid=layer-grid] [role=gridcell]')).toBeGreaterThanOrEqual(22);
  expect(await px('[data-testid=layer-grid] [role=rowheader]')).toBeGreaterThanOrEqual(22);
  expect(await px('[data-testid=now-caption]')).toBeGreaterThanOrEqual(26);
  // Stack labels as drawn: the font size times the drawing's scale on screen.
  const stackText = await page.getByTestId('layer-stack').evaluate((svg) => {
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
    return [...svg.querySelectorAll('text, tspan')].map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
  });
  expect(stackText.length).toBeGreaterThan(3);
  expect(stackText.filter((t) => t.px < 20)).toEqual([]);

  // The stack and the grid fill most of the screen, and the stack's drawing fills its panel.
  const area = async (id: string) => {
    const b = (await page.getByTestId(id).locator('xpath=ancestor::section[1]').boundingBox())!;
    return b.width * b.height;
  };
  expect((await area('layer-stack')) + (await area('layer-grid'))).toBeGreaterThan(0.6 * 1280 * 720);
  const drawn = (await page.getByTestId('layer-stack').boundingBox())!;
  const panel = (await page.getByTestId('layer-stack').locator('xpath=ancestor::section[1]').boundingBox())!;
  expect(drawn.height).toBeGreaterThan(0.7 * panel.height);

  // Every caption, whole, and 26 px at least even when set smaller to fit.
  await page.keyboard.press('Home');
  const total = Number(await position.getAttribute('data-total'));
  const bad: string[] = [];
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    await lab.settled();
    const c = await caption(page);
    if (c.clipped || c.px < 26) bad.push(`${c.px}px${c.clipped ? ', clipped' : ''}: ${c.text}`);
  }
  expect(bad).toEqual([]);
});

test('every key in the legend works in presenter mode', async ({ lab, page }) => {
  await lab.goto();
  await page.getByTestId('presenter-mode').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  const position = page.getByTestId('presenter-position');
  // Where the cursor is once the view there is shown (a step moves the cursor with its view).
  const at = async () => {
    await lab.settled();
    return Number(await position.getAttribute('data-position'));
  };
  await page.keyboard.press('Home');
  await expect.poll(at).toBe(0);
  await page.keyboard.press('.');
  await page.keyboard.press('.');
  await expect.poll(at).toBe(2);
  await page.keyboard.press(',');
  await expect.poll(at).toBe(1);
  await page.keyboard.press(']');
  const next = await at();
  expect(next).toBeGreaterThan(1);
  await page.keyboard.press('[');
  await expect.poll(at).toBeLessThan(next);
  await page.keyboard.press('K');
  await expect(page.getByTestId('presenter-play')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('K');
  await expect(page.getByTestId('presenter-play')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('?');
  await expect(page.getByTestId('legend-dialog')).toBeVisible();
  // Escape closes the legend, and the class stays in presenter mode.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('legend-dialog')).toBeHidden();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toBeHidden();
});

test('Space plays while the scrubber has focus', async ({ lab, page }) => {
  await lab.goto();
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(lab.play).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(lab.play).toHaveAttribute('aria-pressed', 'false');
});
