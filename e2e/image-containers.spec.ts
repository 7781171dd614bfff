// Issue 11, containers: more than one container on an opened image, each
// with its own upper over the shared lowers; a deletion in c2 leaves its
// whiteout in c2's upper only; c2 committed as a new layer (a history row),
// undone and redone; the image exported as an OCI archive and opened again
// to the same tree. Axe stays clean on the Image tab, in the dark theme too.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const KS = readFileSync('fixtures/images/ks-docker24-save.tar');

async function openImage(lab: LabPage, name: string, buffer: Buffer) {
  await lab.page.getByTestId('open-image-file').setInputFiles({ name, mimeType: 'application/x-tar', buffer });
  await lab.settled();
}

/** The kind of `path`'s cell in the grid column of the directory `dir` (from `/`). */
async function kindIn(lab: LabPage, path: string, dir: string): Promise<string | null> {
  const snap = await lab.gridSnapshot();
  const col = snap.columns.findIndex((c) => `/${c.path.replace(/^\//, '')}` === dir);
  if (col < 0) throw new Error(`no column for ${dir}: ${JSON.stringify(snap.columns)}`);
  const row = snap.rows.find((r) => r.path === path);
  return row?.cells[col]?.kind ?? null;
}

test('two containers on one image: c2 edited alone, committed as a layer, undone and redone', async ({ lab, page, makeAxe }) => {
  // Opening the image three times over and an axe pass in two themes, on a busy 2-core machine.
  test.setTimeout(180_000);
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await page.getByTestId('tab-image').click();
  const containers = page.getByTestId('container-row');
  await expect(containers).toHaveCount(1);
  await expect(containers.first()).toHaveAttribute('data-name', 'c1');

  await page.getByTestId('start-container').click();
  await lab.settled();
  await expect(containers).toHaveCount(2);
  const c1 = containers.nth(0);
  const c2 = containers.nth(1);
  await expect(c2).toHaveAttribute('data-name', 'c2');
  await expect(c2).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('terminal-prompt')).toHaveText('c2:/ #');
  // A step of the session like any command: the timeline narrates it.
  await expect(lab.timelineSteps).toHaveCount(1);
  const upper1 = (await c1.getByTestId('container-upper').textContent())!;
  const upper2 = (await c2.getByTestId('container-upper').textContent())!;
  expect(upper2).not.toBe(upper1);
  const mount2 = (await c2.getByTestId('container-mount').textContent())!;
  const mount1 = (await c1.getByTestId('container-mount').textContent())!;
  expect(mount2).toMatch(/^mount -t overlay overlay -o index=off,lowerdir=\/var\/lib\/docker\/overlay2\/l\//);
  // The image's lowers are shared; only the -init layer (first) is each container's own.
  const lowers = (m: string) => /lowerdir=([^,]+)/.exec(m)![1].split(':');
  expect(lowers(mount2).slice(1)).toEqual(lowers(mount1).slice(1));

  // rm in c2: a 0/0 whiteout in c2's upper, nothing in c1's.
  await lab.run('rm etc/passwd');
  expect(await kindIn(lab, 'etc/passwd', upper2.replace(/\/$/, ''))).toBe('whiteout');
  await c1.getByTestId('use-container').click();
  await lab.settled();
  await expect(page.getByTestId('terminal-prompt')).toHaveText('c1:/ #');
  await expect(c1).toHaveAttribute('data-current', 'true');
  await expect(lab.cell('etc/passwd', 'merged')).toHaveAttribute('data-kind', 'file');
  expect(await kindIn(lab, 'etc/passwd', upper1.replace(/\/$/, ''))).not.toBe('whiteout');

  // Commit c2: a new history row on top.
  const history = page.getByTestId('image-history-row');
  await expect(history).toHaveCount(4);
  await c2.getByTestId('use-container').click();
  await lab.settled();
  await expect(page.getByTestId('commit-container')).toBeEnabled();
  await page.getByTestId('commit-container').click();
  await lab.settled();
  await expect(history).toHaveCount(5);
  await expect(history.first()).toHaveAttribute('data-layer', '5');
  await expect(history.first()).toContainText('overlay-lab commit c2');
  await expect(page.getByTestId('notice')).toContainText('c2 committed');
  await expect(containers).toHaveCount(1);
  // The new image's top layer deletes it: a whiteout there, nothing in the merged view.
  await expect(lab.cell('etc/passwd', 'merged')).not.toHaveAttribute('data-kind', 'file');

  // Undo: back on the old image, c2 and its deletion as they were; Redo: the new image again.
  await page.getByTestId('undo').click();
  await lab.settled();
  await expect(history).toHaveCount(4);
  await expect(containers).toHaveCount(2);
  await expect(page.getByTestId('redo')).toBeEnabled();
  await page.getByTestId('redo').click();
  await lab.settled();
  await expect(history).toHaveCount(5);
  await expect(history.first()).toContainText('overlay-lab commit c2');

  // Axe, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await makeAxe().include('[data-testid=image-panel]').analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${scheme} ${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
  }
});

test('Export as an OCI archive downloads a file that opens to the same tree', async ({ lab, page }) => {
  test.setTimeout(120_000);
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await page.getByTestId('tab-image').click();
  const tree = async () => (await lab.gridSnapshot()).rows.map((r) => `${r.path} ${r.cells.find((c) => c.layer === 'merged')?.kind}`).join('\n');
  const before = await tree();
  const summary = await page.getByTestId('image-summary').textContent();
  await page.getByTestId('export-format').selectOption('oci');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image').click()]);
  expect(download.suggestedFilename()).toBe('ks-docker24-save-oci.tar');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 600).toString('latin1')).toContain('oci-layout');
  await openImage(lab, download.suggestedFilename(), bytes);
  await expect(page.getByTestId('image-name')).toHaveText('ks-docker24-save-oci.tar');
  expect(await tree()).toBe(before);
  await expect(page.getByTestId('image-summary')).toHaveText(summary!.replace('docker', 'oci'));
});
