// Issue 9, item 11: the scenario picker and the scenario title in the header
// speak Chinese in a Chinese session, and the fuzzer's regressions (kept for
// the tests) are not offered to learners.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { CoursePage } from './pages/course-page.ts';

const ZH: Record<string, string> = JSON.parse(readFileSync('src/ui/i18n/zh-CN.json', 'utf8'));
const HAN = /\p{Script=Han}/u;

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the picker headings and titles are Chinese, the header title follows the language, no fuzz regression is listed', async ({ lab, page }) => {
    await lab.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByTestId('open-picker').click();
    const picker = page.getByTestId('scenario-picker');
    await expect(picker.getByTestId('scenario-option').first()).toBeVisible();

    // Headings: the Chinese name of each group.
    const groups = picker.locator('section[data-group]');
    expect(await groups.count()).toBeGreaterThan(20);
    for (const section of await groups.all()) {
      const group = await section.getAttribute('data-group');
      await expect(section.locator('h3')).toHaveText(ZH[`picker.group.${group}`]);
    }
    const headings = await picker.locator('section[data-group] h3').allTextContents();
    expect(headings.filter((h) => HAN.test(h)).length).toBeGreaterThan(headings.length - 3);

    // Titles: every one in Chinese.
    const titles = await picker.locator('[data-testid=scenario-option] .picker-title').allTextContents();
    expect(titles.length).toBeGreaterThan(100);
    expect(titles.filter((t) => !HAN.test(t))).toEqual([]);

    // The fuzzer's regressions are not there, by file, title or filter.
    await expect(picker.locator('[data-testid=scenario-option][data-file^="fuzz-"]')).toHaveCount(0);
    expect(titles.filter((t) => /回归|regression/i.test(t))).toEqual([]);
    await picker.getByRole('searchbox').fill('fuzz');
    await expect(picker.getByTestId('scenario-option')).not.toHaveCount(0);
    await expect(picker.locator('[data-testid=scenario-option][data-file^="fuzz-"]')).toHaveCount(0);
    await picker.getByRole('searchbox').fill('白化');
    expect(await picker.getByTestId('scenario-option').count()).toBeGreaterThan(5);
    await picker.getByRole('searchbox').fill('');

    // The header shows the chosen scenario's Chinese title, and follows the language.
    await picker.locator('[data-testid=scenario-option][data-file="copy-up-touch.sh"]').click();
    const title = page.getByTestId('session-title');
    await expect(title).toHaveText('touch 会连同数据 copy-up 下层文件');
    const course = new CoursePage(page);
    await course.setLanguage('en');
    await expect(title).toHaveText('touch copies a lower file up with its data');
    await page.getByTestId('open-picker').click();
    await expect(page.locator('section[data-group="whiteout"] h3')).toHaveText('whiteout');
    await page.keyboard.press('Escape');
    await course.setLanguage('zh-CN');
    await expect(title).toHaveText('touch 会连同数据 copy-up 下层文件');
  });

  test('a regression scenario still opens by name, for the tests and for whoever asks', async ({ lab, page }) => {
    await lab.goto('/?scenario=fuzz-0a03d82fab.sh');
    await expect(page.getByTestId('session-title')).toHaveText('差分测试发现的回归（0a03d82fab）');
  });
});
