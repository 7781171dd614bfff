// The page object for the course tab and the reader's settings: lessons,
// their goals (questions, predictions), exercises, language and theme.
// Only data-testid and data-* handles: the specs run in both languages.
import { expect, type Locator, type Page } from '@playwright/test';
import type { PredictAnswer } from '../../src/lessons/index.ts';

export class CoursePage {
  readonly tab: Locator;
  readonly lessonView: Locator;
  readonly done: Locator;
  readonly languageSwitch: Locator;
  readonly themeSwitch: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('tab-lessons');
    this.lessonView = page.getByTestId('lesson-view');
    this.done = page.getByTestId('lesson-done');
    this.languageSwitch = page.getByTestId('language-switch');
    this.themeSwitch = page.getByTestId('theme-switch');
  }

  async setLanguage(lang: 'en' | 'zh-CN') {
    await this.languageSwitch.selectOption(lang);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async setTheme(theme: 'light' | 'dark' | 'system') {
    await this.themeSwitch.selectOption(theme);
    if (theme !== 'system') await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  lesson(id: string): Locator {
    return this.page.locator(`[data-testid=lesson][data-lesson-id="${id}"]`);
  }

  /** The lesson list, from wherever the course tab is. */
  async showList() {
    await this.tab.click();
    // The panel and the lessons load on first use: wait for them before looking.
    await expect(this.page.getByTestId('course-panel')).toBeVisible();
    const back = this.page.getByTestId('lesson-back');
    if (await back.isVisible()) await back.click();
    await expect(this.lesson('four-dirs')).toBeVisible();
  }

  async openLesson(id: string) {
    await this.showList();
    await this.lesson(id).click();
    await expect(this.lessonView).toHaveAttribute('data-lesson-id', id);
  }

  goal(id: string): Locator {
    return this.page.locator(`[data-testid=goal][data-goal-id="${id}"]`);
  }

  async answerQuestion(goalId: string, choiceId: string) {
    const g = this.goal(goalId);
    await g.locator(`[data-testid=choice][data-choice-id="${choiceId}"]`).check();
    await g.getByTestId('check-answer').click();
  }

  /** Marks every cell of a prediction grid (and the status, when asked) inside `scope`, then checks. */
  async predict(scope: Locator, answer: PredictAnswer) {
    for (const [path, cols] of Object.entries(answer.cells)) {
      for (const [col, mark] of Object.entries(cols)) {
        await scope.locator(`[data-testid=predict-cell][data-path="${path}"][data-column="${col}"]`).selectOption(mark!);
      }
    }
    const status = scope.getByTestId('predict-status');
    if (answer.ok !== undefined && (await status.count()) > 0) await status.selectOption(answer.ok ? 'ok' : 'fail');
    await scope.getByTestId('check-prediction').click();
  }
}
