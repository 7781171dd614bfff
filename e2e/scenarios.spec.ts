// Every shipped scenario, typed into the terminal line by line, must leave
// the grid showing exactly what the kernel recorded after the last step:
// every merged, upper and lower entry, every whiteout and opaque mark.
//
// Which overlay the grid shows at the end (the rule src/replay/mounts.ts
// implements): the one mounted last and still in force; when none is in
// force (most scenarios end with umount), the one unmounted last, its
// layers as they are on disk and its mount point as the plain directory it
// is again. The kernel trace shows exactly that too: layers on disk, the
// mount point through the overlay while mounted, empty once unmounted.
//
// Scenarios the engine itself does not yet replay as the kernel did are
// listed in e2e/data/scenario-skips.json with their first difference; for
// those this spec checks that they still disagree, so the list can only
// shrink (regenerate it with `npx tsx tools/dev/scenario-skips.ts`).
import type { Page } from '@playwright/test';
import { replayScenario } from '../src/replay/timeline.ts';
import { splitScenario } from '../src/scenario/script.ts';
import { expect, test as base } from './fixtures.ts';
import { LabPage } from './pages/lab-page.ts';
import { disagreement, readSkips, shippedScenarios } from './support/engine-agreement.ts';
import { gridDifferences, opaqueXattrOf } from './support/grid-expect.ts';

const skips = readSkips();
const all = shippedScenarios();

/** A few go in key by key, the way a person types; the rest are filled line by line (same handlers, faster). */
const KEYSTROKES = new Set(['seed-copy-up-whiteout.sh', 'whiteout-rm-three-cases.sh', 'mkdir-over-whiteout-opaque.sh', 'layers-stacking-order.sh', 'rename-dir-redirect-same-parent.sh']);

// A trace snapshots the page at every keystroke: for ~1,000 typed lines that
// is most of the run. A failure here prints every differing cell instead.
base.use({ trace: 'off' });

/**
 * One page per worker, as one person would type one scenario after another:
 * each starts with New session, so the app is loaded once per worker rather
 * than 150 times (about a third of this spec's time). A failing test ends
 * its worker, so the next one starts on a fresh page.
 */
const test = base.extend<{ shared: LabPage }, { sharedPage: { page: Page; errors: string[] } }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, locale: 'en-US' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await new LabPage(page).goto();
      await use({ page, errors });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // fixtures.ts checks the errors of a page of its own; here none is made (the shared page's are checked below).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  pageErrors: async ({}, use) => {
    await use([]);
  },
  shared: async ({ sharedPage }, use) => {
    sharedPage.errors.length = 0;
    await use(new LabPage(sharedPage.page));
    expect(sharedPage.errors, 'the page reported errors').toEqual([]);
  },
});

test.describe('every scenario, typed into the terminal, matches its kernel trace', () => {
  test('the skip list names only scenarios the engine still gets wrong', () => {
    for (const file of Object.keys(skips)) {
      const s = all.find((x) => x.file === file);
      expect(s, `${file} is in the skip list but not in scenarios/`).toBeDefined();
      expect(disagreement(s!), `${file} now agrees with the kernel: remove it from e2e/data/scenario-skips.json`).not.toBeNull();
    }
  });

  for (const s of all) {
    test(s.file, async ({ shared: lab }) => {
      test.skip(s.file in skips, skips[s.file]);
      // A new disagreement is the engine's, not the grid's: say so rather than list cell differences.
      expect(disagreement(s), `${s.file}: the engine disagrees with the kernel; rerun npx tsx tools/dev/scenario-skips.ts`).toBeNull();
      const steps = splitScenario(s.text).steps.map((st) => st.source);
      await lab.newSession.click();
      await lab.settled();
      await lab.runAll(steps, { keystrokes: KEYSTROKES.has(s.file) });
      await expect(lab.timelineSteps).toHaveCount(steps.length);
      const grid = await lab.gridSnapshot();
      const last = s.trace.steps[s.trace.steps.length - 1];
      if (grid.empty) {
        // Nothing to show only when the scenario never mounted anything.
        expect(replayScenario(s.text).commands.some((c) => c.events.some((e) => e.type === 'mount'))).toBe(false);
        return;
      }
      expect(grid.columns[0]).toEqual({ layer: 'merged', path: grid.target });
      // The namespace of the shown mount's marks: its last mount line on that target says whether it used userxattr.
      const mountLine = steps.filter((l) => l.startsWith('mount -t overlay ') && l.replace(/\/$/, '').split(' ').pop()?.replace(/^\.\//, '') === grid.target).pop() ?? '';
      expect(gridDifferences(grid, last.tree, opaqueXattrOf(/[,=\s]userxattr(,|\s|$)/.test(mountLine)))).toEqual([]);
    });
  }
});
