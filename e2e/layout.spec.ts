// Issue 9, items 1, 2 and 7: the picture holds whatever it shows. The grid's
// heads stay over their columns (one column template for heads and rows),
// a long name is cut with an ellipsis and shown whole on hover, every layer
// column can be scrolled to inside the panel; the stack follows its panel's
// width at every moment, and its chips never overlap.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const LONG = `f${'o'.repeat(198)}x`;

/** Every head's x-range covers the x-ranges of its column's cells, in every row shown. */
async function headsOverColumns(lab: LabPage) {
  const heads = lab.grid.locator('[role=columnheader][data-layer]');
  const n = await heads.count();
  expect(n).toBeGreaterThan(2);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const head = heads.nth(i);
    const layer = (await head.getAttribute('data-layer'))!;
    const hb = (await head.boundingBox())!;
    const cells = lab.grid.locator(`[role=row][data-path] [role=gridcell][data-layer="${layer}"]`);
    const boxes = await cells.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, w: r.width, path: e.closest('[data-path]')!.getAttribute('data-path') }; }));
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      if (Math.abs(b.x - hb.x) > 1 || Math.abs(b.x + b.w - (hb.x + hb.width)) > 1) out.push(`${layer} @ ${b.path}: head ${hb.x}..${hb.x + hb.width}, cell ${b.x}..${b.x + b.w}`);
    }
  }
  expect(out).toEqual([]);
}

/** Scrolls the grid to its right end and says whether each layer's head is then fully inside the panel. */
async function everyColumnReachable(page: Page, grid: Locator) {
  await grid.evaluate((g) => (g.scrollLeft = g.scrollWidth));
  const panel = (await grid.boundingBox())!;
  // Scrolled sideways, the path column stays at the grid's left edge, over the cells it passes.
  const firstPath = grid.locator('.grid-rows [role=rowheader]').first();
  await expect.poll(async () => Math.round((await firstPath.boundingBox())!.x - panel.x)).toBeLessThanOrEqual(1);
  const heads = await grid.locator('[role=columnheader][data-layer]').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { layer: e.getAttribute('data-layer'), right: r.right }; }));
  const last = heads[heads.length - 1];
  expect(last.right, `last column ${last.layer} inside the panel`).toBeLessThanOrEqual(panel.x + panel.width + 1);
  // The page itself never scrolls sideways: the grid does, inside its panel.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await grid.evaluate((g) => (g.scrollLeft = 0));
}

test('grid heads stay over their columns after mkdir over a whiteout and with a 200-character name', async ({ lab, page }) => {
  await lab.goto();
  await lab.openFile(
    'layout.sh',
    [
      'mkdir lower mid upper work merged',
      'mkdir -p lower/cache mid/cache',
      'echo a > lower/cache/a.tmp',
      'echo b > mid/cache/b.tmp',
      'echo c > lower/plain.txt',
      'mount -t overlay overlay -o lowerdir=./mid:./lower,upperdir=./upper,workdir=./work ./merged',
      'rm -rf merged/cache',
      'mkdir merged/cache',
      `echo long > merged/${LONG}`,
      '',
    ].join('\n'),
  );
  await expect(lab.cell('cache', 'upper')).toHaveAttribute('data-opaque', 'true');
  await expect(lab.row(LONG)).toHaveCount(1);
  await headsOverColumns(lab);
  await everyColumnReachable(page, lab.grid);

  // The long name is cut, and whole on hover.
  const name = lab.row(LONG).locator('[role=rowheader] [title]');
  await expect(name).toHaveAttribute('title', LONG);
  const cut = await name.evaluate((e) => e.scrollWidth > e.clientWidth);
  expect(cut).toBe(true);
  // And whole in the inspector.
  await lab.row(LONG).click();
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('inspector')).toContainText(LONG);

  // A narrower window: heads still over their cells, every column still reachable.
  await page.setViewportSize({ width: 1024, height: 720 });
  await headsOverColumns(lab);
  await everyColumnReachable(page, lab.grid);
});

/** The stack's drawing is as wide as its box, give or take a pixel. */
async function stackFillsPanel(page: Page) {
  const stack = page.getByTestId('layer-stack');
  await expect(stack).toBeVisible();
  const box = page.locator('.stack-box');
  await expect
    .poll(async () => {
      const [s, b] = await Promise.all([stack.boundingBox(), box.evaluate((e) => { const cs = getComputedStyle(e); return e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight); })]);
      return Math.abs(s!.width - b);
    })
    .toBeLessThanOrEqual(1.5);
}

test('the stack follows its panel when the overlay first appears after load, and on every resize', async ({ lab, page }) => {
  await lab.goto();
  await lab.newSession.click();
  await expect(page.getByTestId('grid-empty')).toBeVisible();
  await lab.run('mkdir lower upper work merged');
  await lab.run('echo x > lower/x');
  await lab.run('mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged');
  await stackFillsPanel(page);
  expect((await page.getByTestId('layer-stack').boundingBox())!.width).toBeGreaterThan(400);
  await page.setViewportSize({ width: 1500, height: 800 });
  await stackFillsPanel(page);
  await page.setViewportSize({ width: 1100, height: 720 });
  await stackFillsPanel(page);
});

test('the stack follows its panel in lesson 1 after its mount', async ({ lab, page }) => {
  await lab.goto();
  const { CoursePage } = await import('./pages/course-page.ts');
  const course = new CoursePage(page);
  await course.openLesson('four-dirs');
  await lab.run('mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged');
  await stackFillsPanel(page);
  expect((await page.getByTestId('layer-stack').boundingBox())!.width).toBeGreaterThan(400);
});

/** Pairs of things drawn in the stack (chips, the flying token at rest) whose boxes overlap. */
async function overlaps(page: Page): Promise<string[]> {
  return page.getByTestId('layer-stack').evaluate((svg) => {
    // The flying token lies over the drawing, beside the stack's own <svg>.
    const items = [...svg.parentElement!.querySelectorAll('[data-testid=stack-chip], [data-testid=stack-flight]')]
      .filter((e) => e.getAttribute('opacity') !== '0')
      .map((e) => ({ r: e.querySelector('rect')!.getBoundingClientRect(), text: e.querySelector('text')!.getBoundingClientRect(), t: e.textContent ?? '' }));
    // The name and role of each slab: chips must not cover them either.
    const labels = [...svg.querySelectorAll('.slab-name')].map((e) => ({ r: (e as SVGGraphicsElement).getBoundingClientRect(), t: e.textContent ?? '' }));
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const { r, text } = items[i];
      if (text.left < r.left - 0.5 || text.right > r.right + 0.5) out.push(`${items[i].t}: its text runs out of its chip`);
      for (let j = i + 1; j < items.length; j++) if (hit(items[i].r, items[j].r)) out.push(`${items[i].t} / ${items[j].t}`);
      for (const l of labels) if (hit(items[i].r, l.r)) out.push(`${items[i].t} over label ${l.t}`);
    }
    return out;
  });
}

for (const [lang, width] of [['en', 1280], ['zh-CN', 1024]] as const) {
  test(`chips in the stack never overlap, stepping through a whiteout and a copy-up (${lang}, ${width} px)`, async ({ lab, page }) => {
    await page.setViewportSize({ width, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await lab.goto();
    await page.getByTestId('language-switch').selectOption(lang);
    // The seed demo: a copy-up, a whiteout, lookups, with the file operated on selected at each step.
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('scrubber')).toHaveValue('0');
    const { total } = await lab.cursor();
    const bad: string[] = [];
    let chips = 0;
    for (let i = 0; i < total; i++) {
      await lab.stepForward.click();
      await lab.settled();
      chips += await page.getByTestId('stack-chip').count();
      for (const o of await overlaps(page)) bad.push(`step ${i + 1}: ${o}`);
    }
    expect(chips, 'chips were drawn at all').toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
}

/** How many rows' height the grid's box has under its heads (rows of the grid's own height). */
async function rowsInView(lab: LabPage): Promise<number> {
  return lab.grid.evaluate((g) => {
    const top = g.getBoundingClientRect().top + g.clientTop;
    const head = g.querySelector('[role=row]:not([data-path])')!.getBoundingClientRect().bottom;
    const row = g.querySelector('[role=row][data-path]')!.getBoundingClientRect().height;
    return (top + g.clientHeight - head) / row;
  });
}

test('at 1280x720 a stack of three lowers leaves the grid rows to show (the 100,000-entry stack)', async ({ lab, page }) => {
  test.setTimeout(90_000);
  await lab.goto('/?stack=100000&layers=3');
  await expect(lab.row('d0000')).toBeVisible({ timeout: 30_000 });
  // Screenshots showed two rows and a half under five slabs, the caption and the edit bar.
  expect(await rowsInView(lab)).toBeGreaterThanOrEqual(3);
  // The stack scrolls in its panel instead: every slab can still be reached.
  const box = page.locator('.col-center > .stack-panel .stack-box');
  await box.evaluate((b) => (b.scrollTop = b.scrollHeight));
  const last = page.locator('[data-testid=layer-stack] [data-slab]').last();
  const [l, b] = [(await last.boundingBox())!, (await box.boundingBox())!];
  expect(l.y + l.height).toBeLessThanOrEqual(b.y + b.height + 1);
});

test('at 1280x720 a stack of two lowers is whole, not scrolled', async ({ lab, page }) => {
  await lab.goto();
  await lab.openFile('two.sh', ['mkdir low mid upper work merged', 'echo a > low/a', 'echo b > mid/b', 'mount -t overlay overlay -o lowerdir=./mid:./low,upperdir=./upper,workdir=./work ./merged', ''].join('\n'));
  const box = page.locator('.col-center > .stack-panel .stack-box');
  await expect(page.locator('[data-testid=layer-stack] [data-slab]')).toHaveCount(5);
  expect(await box.evaluate((b) => b.scrollHeight <= b.clientHeight + 1)).toBe(true);
  expect(await rowsInView(lab)).toBeGreaterThanOrEqual(3);
});

for (const width of [1024, 390]) {
  test(`the grid's bar is one line at ${width} px: Expand all and Collapse all beside the title`, async ({ lab, page }) => {
    await page.setViewportSize({ width, height: 800 });
    await lab.goto('/?scenario=seed-copy-up-whiteout.sh&step=31');
    if (width < 768) await page.getByTestId('phone-tab-grid').click();
    const bar = lab.grid.locator('xpath=ancestor::section[1]').locator('.panel-bar');
    const title = (await bar.locator('h2').boundingBox())!;
    for (const b of await bar.locator('button').all()) {
      const box = (await b.boundingBox())!;
      // Centred on the title's line, and inside the panel.
      expect(Math.abs(box.y + box.height / 2 - (title.y + title.height / 2))).toBeLessThan(8);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
