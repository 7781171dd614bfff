import { expect, test } from './fixtures.ts';

test('the app loads and renders its title', async ({ home, page }) => {
  await home.goto();
  await expect(page).toHaveTitle('Overlay Lab');
  await expect(home.title).toBeVisible();
  await expect(home.title).toHaveText('Overlay Lab');
});

test('it opens on the seed demo, mounted and ready to edit', async ({ lab }) => {
  await lab.goto();
  await expect(lab.grid).toHaveAttribute('data-phase', 'mounted');
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  await expect(lab.cell('in_both.txt', 'merged')).toHaveAttribute('data-kind', 'file');
  await lab.run('echo hello > merged/new.txt');
  await expect(lab.cell('new.txt', 'upper')).toHaveAttribute('data-kind', 'file');
});
