// Specs import `test` and `expect` from here, not from @playwright/test, so
// every spec gets the page objects and the guard against page errors.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { HomePage } from './pages/home-page.ts';
import { LabPage } from './pages/lab-page.ts';

interface Fixtures {
  home: HomePage;
  lab: LabPage;
  /** An axe scan of the current page, the same configuration in every spec. */
  makeAxe: () => AxeBuilder;
  /** Automatic: a test fails if the page threw or logged an error, even when its assertions passed. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  home: async ({ page }, use) => {
    await use(new HomePage(page));
  },
  lab: async ({ page }, use) => {
    await use(new LabPage(page));
  },
  makeAxe: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }));
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
