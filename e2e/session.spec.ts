// Scenarios in and out: share links, reload, opening files, malformed
// input (a clear message, the session before it kept), new, undo and redo.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { LabPage } from './pages/lab-page.ts';

test('a share link carries the session and replays it elsewhere', async ({ lab, browser }) => {
  await lab.goto();
  await lab.run('mkdir merged/shared-dir');
  await lab.run("echo 'it travels' > merged/shared-dir/note.txt");
  const steps = await lab.timelineSteps.count();
  const link = await lab.shareLink();
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);

  // A fresh browser profile: nothing saved, only the link.
  const other = await browser.newContext();
  const page = await other.newPage();
  const there = new LabPage(page);
  await page.goto(link);
  await expect(there.cell('shared-dir/note.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  await expect(there.timelineSteps).toHaveCount(steps);
  // The fragment is consumed: a reload shows the session as it has become.
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await other.close();
});

test('the session survives a reload, cursor and all', async ({ lab, page }) => {
  await lab.goto();
  await lab.run('echo again > merged/reloaded.txt');
  await lab.stepBack.click();
  await lab.stepBack.click();
  const before = await lab.cursor();
  const steps = await lab.timelineSteps.count();
  // Saving waits a moment to batch bursts of steps.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(lab.timelineSteps).toHaveCount(steps);
  expect(await lab.cursor()).toEqual(before);
  await page.keyboard.press('End');
  await expect(lab.cell('reloaded.txt', 'upper')).toHaveAttribute('data-kind', 'file');
});

test('a malformed script gets a clear message and the session is kept', async ({ lab }) => {
  await lab.goto();
  const steps = await lab.timelineSteps.count();
  await lab.openFile('broken.sh', 'mkdir a\necho $HOME > a/x\nls *.txt\n');
  await expect(lab.notice).toBeVisible();
  await expect(lab.notice).toContainText('broken.sh');
  await expect(lab.notice).toContainText('line 2');
  await expect(lab.notice).toContainText('line 3');
  await expect(lab.timelineSteps).toHaveCount(steps);
  await expect(lab.cell('in_lower.txt', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  await lab.page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(lab.notice).toBeHidden();
});

test('a malformed link gets a clear message and the session is kept', async ({ lab, page }) => {
  await lab.goto();
  await lab.run('mkdir merged/kept');
  await page.waitForTimeout(400);
  // Pasted into this tab (only the fragment changes) and opened afresh.
  await page.evaluate(() => (location.hash = '#s=1.this-is-not-a-scenario'));
  await expect(lab.notice).toBeVisible();
  await expect(lab.cell('kept', 'upper')).toHaveAttribute('data-kind', 'dir');
  await lab.page.getByRole('button', { name: 'Dismiss' }).click();
  await page.goto('/?fresh#s=2.unknown-version');
  await expect(lab.notice).toBeVisible();
  await expect(lab.cell('kept', 'upper')).toHaveAttribute('data-kind', 'dir');
});

test('a line outside the language is refused in the terminal, not run', async ({ lab, page }) => {
  await lab.goto();
  const steps = await lab.timelineSteps.count();
  await lab.run('cat merged/*.txt');
  await expect(page.getByTestId('terminal-rejected')).toContainText('glob');
  await expect(lab.timelineSteps).toHaveCount(steps);
});

test('a .sh file replaces the session, replayed to its end', async ({ lab, page }) => {
  await lab.goto();
  const text = readFileSync('scenarios/whiteout-rm-three-cases.sh', 'utf8');
  await lab.openFile('whiteout-rm-three-cases.sh', text);
  await expect(page.getByTestId('session-title')).toContainText('rm of a lower-only');
  const cursor = await lab.cursor();
  expect(cursor.position).toBe(cursor.total);
  await expect(lab.grid).toHaveAttribute('data-phase', 'unmounted');
});

test('new session, then undo and redo of commands', async ({ lab, page }) => {
  await lab.goto();
  await lab.newSession.click();
  await expect(page.getByTestId('grid-empty')).toBeVisible();
  await lab.runAll(['mkdir lower upper work merged', 'echo x > lower/x', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged', 'rm merged/x']);
  await expect(lab.cell('x', 'upper')).toHaveAttribute('data-kind', 'whiteout');
  await page.getByTestId('undo').click();
  await expect(lab.cell('x', 'upper')).toHaveAttribute('data-kind', 'absent');
  await expect(lab.cell('x', 'merged')).toHaveAttribute('data-kind', 'file');
  await page.getByTestId('redo').click();
  await expect(lab.cell('x', 'upper')).toHaveAttribute('data-kind', 'whiteout');
});

test('the scenario picker opens a shipped scenario', async ({ lab, page }) => {
  await lab.goto();
  await page.getByTestId('open-picker').click();
  await page.locator('[data-testid=scenario-option][data-file="mkdir-over-whiteout-opaque.sh"]').click();
  await expect(page.getByTestId('scenario-picker')).toBeHidden();
  await expect(lab.grid.locator('[data-opaque=true]').first()).toBeVisible();
});

test('direct edits run the equivalent commands', async ({ lab, page }) => {
  await lab.goto();
  await lab.row('in_both.txt').click();
  await page.getByTestId('edit-edit').click();
  await page.getByTestId('edit-content').fill('edited\nin the merged view\n');
  await expect(page.getByTestId('edit-preview')).toHaveText("printf '%s\\n%s\\n' edited 'in the merged view' > merged/in_both.txt");
  await page.getByTestId('edit-run').click();
  await expect(lab.timelineSteps.last()).toContainText('printf');
  await page.getByTestId('edit-file').click();
  await page.getByTestId('edit-name').fill('made by click.txt');
  await page.getByTestId('edit-run').click();
  await expect(lab.cell('made by click.txt', 'upper')).toHaveAttribute('data-kind', 'file');
  await lab.row('in_upper.txt').click();
  await page.getByTestId('edit-rename').click();
  await page.getByTestId('edit-name').fill('renamed.txt');
  await page.getByTestId('edit-run').click();
  await expect(lab.cell('renamed.txt', 'merged')).toHaveAttribute('data-kind', 'file');
  await lab.row('renamed.txt').click();
  await page.getByTestId('edit-delete').click();
  await page.getByTestId('edit-run').click();
  await expect(lab.row('renamed.txt')).toHaveCount(0);
  await page.getByTestId('edit-dir').click();
  await page.getByTestId('edit-name').fill('d');
  await page.getByTestId('edit-run').click();
  await expect(lab.cell('d', 'upper')).toHaveAttribute('data-kind', 'dir');
});
