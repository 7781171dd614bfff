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
