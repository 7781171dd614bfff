import { expect, test } from './fixtures.ts';

test('the app loads and renders its title', async ({ home, page }) => {
  await home.goto();
  await expect(page).toHaveTitle('Overlay Lab');
  await expect(home.title).toBeVisible();
  await expect(home.title).toHaveText('Overlay Lab');
});
