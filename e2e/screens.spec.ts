// Screenshots of the main views at a laptop and a projector size, kept in
// the test output (test-results/), and an accessibility scan of each view:
// no serious or critical axe findings.
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const VIEWS: { name: string; open: (lab: LabPage) => Promise<void> }[] = [
  { name: 'seed-end', open: async () => {} },
  {
    name: 'copy-up-mid',
    open: async (lab) => {
      const edit = lab.timelineSteps.filter({ hasText: 'echo "in lower! after edit!"' });
      await edit.getByTestId('command-seek').click();
      for (let i = 0; i < 3; i++) await lab.stepBack.click();
    },
  },
  {
    name: 'before-mount',
    open: async (lab) => {
      await lab.page.getByTestId('scrubber').fill('8');
    },
  },
  {
    name: 'scenario-picker',
    open: async (lab) => {
      await lab.page.getByTestId('open-picker').click();
      await expect(lab.page.getByTestId('scenario-option').first()).toBeVisible();
    },
  },
  {
    name: 'shortcuts',
    open: async (lab) => {
      await lab.page.getByTestId('shortcuts').click();
    },
  },
  {
    name: 'redirect-scenario',
    open: async (lab) => {
      await lab.page.getByTestId('open-picker').click();
      await lab.page.locator('[data-testid=scenario-option][data-file="rename-dir-redirect-same-parent.sh"]').click();
      await lab.page.getByTestId('command-seek').nth(-2).click();
    },
  },
  {
    name: 'lesson-list-dark',
    open: async (lab) => {
      await lab.page.getByTestId('theme-switch').selectOption('dark');
      await lab.page.getByTestId('tab-lessons').click();
      await expect(lab.page.getByTestId('lesson').first()).toBeVisible();
    },
  },
  {
    name: 'exercise-zh-CN',
    open: async (lab) => {
      await lab.goto('/?exercises=screens&level=6&index=2');
      await lab.page.getByTestId('language-switch').selectOption('zh-CN');
      await expect(lab.page.getByTestId('exercise')).toBeVisible();
    },
  },
  {
    name: 'malformed-script',
    open: async (lab) => {
      await lab.openFile('broken.sh', 'mkdir a\nls *.txt\n');
      await expect(lab.notice).toBeVisible();
    },
  },
];

for (const size of SIZES) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });
    for (const view of VIEWS) {
      test(view.name, async ({ lab, page, makeAxe }, info) => {
        await lab.goto();
        await view.open(lab);
        // Let the stack's token finish its move before the picture.
        await page.waitForTimeout(800);
        await page.screenshot({ path: info.outputPath(`${view.name}-${size.width}x${size.height}.png`) });
        const { violations } = await makeAxe().analyze();
        const blocking = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      });
    }
  });
}
