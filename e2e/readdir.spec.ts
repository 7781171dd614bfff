// The merge, explained: `ls merged` opens on one readdir micro-step per
// layer read, upper first, each captioned with what it adds and hides, and
// the stack lights the layer being read.
import { expect, test } from './fixtures.ts';
import { blockingViolations } from './support/a11y.ts';

const SCRIPT = [
  '# title: readdir',
  'mkdir lower upper work merged',
  'echo a > lower/a.txt',
  'echo b > lower/b.txt',
  'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged',
  'rm merged/a.txt',
  'echo c > merged/c.txt',
  '',
].join('\n');

test('ls merged shows its readdir micro-steps, one per layer, upper first', async ({ lab, page }) => {
  await lab.goto();
  await lab.openFile('readdir.sh', SCRIPT);
  await lab.run('ls merged');
  const ls = lab.timelineSteps.filter({ hasText: 'ls merged' });
  await ls.getByTestId('command-seek').click();
  const steps = ls.locator('[data-testid=micro-step][data-event=readdir]');
  await expect(steps).toHaveCount(2);
  const texts = await steps.allInnerTexts();
  // The upper is read first: it adds c.txt and holds the whiteout of a.txt.
  expect(texts[0]).toMatch(/layer 1 of 2.*upper/);
  expect(texts[0]).toContain('c.txt');
  expect(texts[0]).toMatch(/hides a\.txt below/);
  // Then the lower: b.txt added, a.txt hidden by the whiteout above.
  expect(texts[1]).toMatch(/layer 2 of 2.*lower/);
  expect(texts[1]).toMatch(/adds b\.txt/);
  expect(texts[1]).toMatch(/a\.txt hidden by a whiteout above/);

  // On a readdir step the caption says it, and the stack marks the layer read.
  await steps.nth(1).getByRole('button').click();
  await expect(page.getByTestId('now-caption')).toContainText('layer 2 of 2');
  await expect(page.locator('[data-testid=layer-stack] [data-slab][data-active=true]')).toHaveCount(2);
  await expect(page.locator('[data-testid=layer-stack] [data-slab="layer:1"]')).toHaveAttribute('data-active', 'true');

  // A directory in one layer only is read directly: one step.
  await lab.run('mkdir merged/fresh');
  await lab.run('ls merged/fresh');
  const fresh = lab.timelineSteps.filter({ hasText: 'ls merged/fresh' });
  await fresh.getByTestId('command-seek').click();
  await expect(fresh.locator('[data-testid=micro-step][data-event=readdir]')).toHaveCount(1);
  await expect(fresh.locator('[data-testid=micro-step][data-event=readdir]')).toContainText('directly');
});

test('the readdir steps are captioned in Chinese too', async ({ lab, page }) => {
  await lab.goto();
  await lab.openFile('readdir.sh', SCRIPT);
  await lab.run('ls merged');
  await page.getByTestId('language-switch').selectOption('zh-CN');
  const ls = lab.timelineSteps.filter({ hasText: 'ls merged' });
  await ls.getByTestId('command-seek').click();
  const steps = ls.locator('[data-testid=micro-step][data-event=readdir]');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('第 1 层（共 2 层');
  await expect(steps.nth(1)).toContainText('被上层的 whiteout 遮住');
});

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  // Axe scans of a whole page, one per view and theme: slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('ls merged with its readdir steps, in the simple and the full view, both themes: no blocking axe finding', async ({ lab, page, makeAxe }, info) => {
    // Four full axe passes: several seconds each on a busy 2-core machine.
    test.setTimeout(90_000);
    await lab.goto('/', { detail: null });
    await lab.openFile('readdir.sh', SCRIPT);
    await lab.run('ls merged');
    const ls = lab.timelineSteps.filter({ hasText: 'ls merged' });
    await ls.getByTestId('command-seek').click();
    // The simple view keeps the reads: they are the explanation, not kernel bookkeeping.
    await expect(ls.locator('[data-testid=micro-step][data-event=readdir]')).toHaveCount(2);
    await page.getByTestId('step-back').click();
    await expect(page.getByTestId('now-caption')).toContainText('layer 1 of 2');
    for (const detail of ['simple', 'full'] as const) {
      if (detail === 'full') await page.getByTestId('detail-level').click();
      await expect(page.getByTestId('detail-level')).toHaveAttribute('data-level', detail);
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((th) => (document.documentElement.dataset.theme = th), theme);
        await page.screenshot({ path: info.outputPath(`ls-merged-readdir-${detail}-${theme}.png`) });
        expect(await blockingViolations(makeAxe()), `${detail} ${theme}`).toEqual([]);
      }
    }
  });
});
