// The page object for the app's landing view. Specs talk to the page through
// this class and its data-testid handles, so markup and wording can change
// (translations included) without touching the specs.
import type { Locator, Page } from '@playwright/test';

export class HomePage {
  readonly app: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.title = page.getByTestId('app-title');
  }

  async goto() {
    await this.page.goto('/');
    await this.app.waitFor();
  }
}
