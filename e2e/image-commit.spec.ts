// Issue 11, commit semantics: a container committed, worked on and committed
// again (and once more with nothing changed) gives an image whose exports,
// OCI and docker save, hold every committed layer and open again (a layer
// the image holds twice is one member of the docker tar); the image is kept
// across a reload. Commit with the cursor in the past acts after the last
// command, as a typed command does: the Containers section says so before,
// the notice after, and Undo brings the cursor back.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const KS = readFileSync('fixtures/images/ks-docker24-save.tar');

async function openImage(lab: LabPage, name: string, buffer: Buffer) {
  await lab.page.getByTestId('open-image-file').setInputFiles({ name, mimeType: 'application/x-tar', buffer });
  await lab.settled();
}

/** The names of a tar's members (ustar headers, 512-byte blocks; the archives here have no long names). */
function tarMembers(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= bytes.length; ) {
    const h = bytes.subarray(at, at + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
    names.push(name);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

test('commit, keep working, commit again: both layers in every export, a repeated layer written once, kept across a reload', async ({ lab, page }) => {
  test.setTimeout(180_000);
  await lab.goto();
  await openImage(lab, 'ks.tar', KS);
  await page.getByTestId('tab-image').click();
  const history = page.getByTestId('image-history-row');
  await expect(history).toHaveCount(4);

  await lab.run('rm etc/passwd');
  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(history).toHaveCount(5);
  await lab.run('mkdir second');
  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(history).toHaveCount(6);
  // Nothing changed since: an empty layer, the same as the image's ENV layer 4.
  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(history).toHaveCount(7);
  await expect(page.getByTestId('image-name')).toHaveText('ks+c1+c1+c1.tar');
  await expect(history.nth(1)).toContainText('overlay-lab commit c1');
  await expect(history.nth(2)).toContainText('overlay-lab commit c1');

  for (const format of ['docker', 'oci'] as const) {
    await page.getByTestId('export-format').selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image').click()]);
    const bytes = readFileSync((await download.path())!);
    const members = tarMembers(bytes);
    expect(new Set(members).size, members.join(' ')).toBe(members.length);
    if (format === 'docker') {
      const manifest = JSON.parse(bytes.subarray(bytes.indexOf('[{"Config"')).toString('utf8').replace(/\0[\s\S]*$/, ''));
      expect(manifest[0].Layers).toHaveLength(7);
    }
    await openImage(lab, download.suggestedFilename(), bytes);
    await expect(history).toHaveCount(7);
    await expect(lab.cell('second', 'merged')).toHaveAttribute('data-kind', 'dir');
    await expect(lab.cell('etc/passwd', 'merged')).not.toHaveAttribute('data-kind', 'file');
    // Back to the committed image for the next format.
    await page.getByTestId('undo').click();
    await lab.settled();
    await expect(page.getByTestId('image-name')).toHaveText('ks+c1+c1+c1.tar');
  }

  await page.reload();
  await lab.app.waitFor();
  await lab.settled();
  await page.getByTestId('tab-image').click();
  await expect(page.getByTestId('image-name')).toHaveText('ks+c1+c1+c1.tar');
  await expect(history).toHaveCount(7);
});

test('Commit with the cursor in the past takes the container after its last command, says so, and Undo brings the cursor back', async ({ lab, page }) => {
  test.setTimeout(120_000);
  await lab.goto();
  await openImage(lab, 'ks.tar', KS);
  await page.getByTestId('tab-image').click();
  await page.getByTestId('start-container').click();
  await lab.settled();
  await lab.run('rm etc/passwd');
  await lab.run('mkdir opt/new');
  await expect(page.getByTestId('commit-past-note')).toHaveCount(0);

  // Back to the start: the grid shows etc/passwd, before c2's deletion.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await lab.settled();
  const back = await lab.cursor();
  expect(back.position).toBeLessThan(back.total);
  await expect(page.getByTestId('commit-past-note')).toBeVisible();
  await expect(page.getByTestId('commit-past-note')).toContainText('after the last command');

  // "Go to the end" goes there, and the note goes away; back again for the commit.
  await page.getByTestId('commit-to-end').click();
  await lab.settled();
  await expect(page.getByTestId('commit-past-note')).toHaveCount(0);
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await lab.settled();

  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(lab.notice).toContainText('c2 committed as it stood after the last command (command 3)');
  await expect(page.getByTestId('image-history-row').first()).toContainText('overlay-lab commit c2');
  // The layer holds what c2 had after its last command.
  await expect(lab.cell('etc/passwd', 'merged')).not.toHaveAttribute('data-kind', 'file');
  await expect(lab.cell('opt/new', 'merged')).toHaveAttribute('data-kind', 'dir');

  await page.getByTestId('undo').click();
  await lab.settled();
  expect(await lab.cursor()).toEqual(back);
  await expect(page.getByTestId('commit-past-note')).toBeVisible();
});
