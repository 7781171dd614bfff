// Issue 11, first slice: a container image opened in the browser. The file
// goes to the engine's worker, which starts container c1 on it: the grid
// shows one column per layer (the container's upper, its -init layer, the
// image's layers), the terminal works in the container, a broken archive
// leaves the session as it was with a message naming it, Undo brings back
// the session the image replaced, and the Image tab lists docker history.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const KS = readFileSync('fixtures/images/ks-docker24-save.tar');

/** A session of the learner's own: an overlay with one file in its lower. */
async function typeWork(lab: LabPage) {
  await lab.newSession.click();
  await lab.runAll(['mkdir lower upper work merged', 'echo mine > lower/mine.txt', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged']);
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(lab.timelineSteps).toHaveCount(3);
}

async function openImage(lab: LabPage, name: string, buffer: Buffer) {
  await lab.page.getByTestId('open-image-file').setInputFiles({ name, mimeType: 'application/x-tar', buffer });
  await lab.settled();
}

test('opening an image shows its layers as grid columns, its files, and the container in the terminal', async ({ lab, page }) => {
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  const grid = await lab.gridSnapshot();
  expect(grid.target).toMatch(/^\/?var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged$/);
  const layerPaths = grid.columns.filter((c) => c.layer !== 'merged').map((c) => c.path);
  // The container's upper, its -init layer, then the image's four layers (the top one an empty tar), top to bottom.
  expect(layerPaths).toHaveLength(6);
  expect(layerPaths[0]).toMatch(/overlay2\/[0-9a-f]{64}\/diff$/);
  expect(layerPaths[1]).toMatch(/overlay2\/[0-9a-f]{64}-init\/diff$/);
  // The bottom layer's directory is named by its chain id; its path is overlay2's.
  for (const p of layerPaths.slice(2)) expect(p).toMatch(/overlay2\/[0-9a-f]{64}\/diff$/);
  // Known paths of the fixture (expected/ks.tree): /etc, /srv and /home in the merged view.
  for (const p of ['etc', 'srv', 'home']) await expect(lab.cell(p, 'merged')).toHaveAttribute('data-kind', 'dir');
  await expect(page.getByTestId('tab-image')).toHaveAttribute('aria-selected', 'true');

  // The terminal works in the container: a deletion of an image file leaves a whiteout in the container's upper.
  await lab.run('rm etc/passwd');
  await expect(lab.row('etc/passwd').locator(`[data-layer="diff"]`).first()).toHaveAttribute('data-kind', 'whiteout');
  await expect(lab.cell('etc/passwd', 'merged')).not.toHaveAttribute('data-kind', 'file');
});

test('a broken archive gives a notice naming it and keeps the session as it was', async ({ lab, page }) => {
  await lab.goto();
  await typeWork(lab);
  // Cut inside the second layer's tar: the archive ends part way through.
  await openImage(lab, 'cut.tar', KS.subarray(0, 20_000));
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('cut.tar');
  await expect(notice).toContainText('Your session is unchanged');
  await expect(lab.timelineSteps).toHaveCount(3);
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');

  // Not an archive at all: its own message.
  await openImage(lab, 'notes.tar', Buffer.from('just some text, not a tar\n'.repeat(40)));
  await expect(notice).toContainText('it is not a tar archive');
  await expect(lab.timelineSteps).toHaveCount(3);
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');
});

test('Undo after opening an image brings back the session it replaced', async ({ lab, page }) => {
  await lab.goto();
  await typeWork(lab);
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await expect(lab.cell('etc', 'merged')).toHaveAttribute('data-kind', 'dir');
  await expect(lab.row('mine.txt')).toHaveCount(0);
  const undo = page.getByTestId('undo');
  await expect(undo).toHaveAttribute('title', /session\.sh/);
  await undo.click();
  await lab.settled();
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(lab.row('etc')).toHaveCount(0);
  await expect(lab.timelineSteps).toHaveCount(3);
  // The Image tab has nothing to show any more.
  await page.getByTestId('tab-image').click();
  await expect(page.getByTestId('image-panel')).toContainText('No image is open');
});

test('the Image tab lists docker history: the instruction of each layer, its size, and the hidden bytes', async ({ lab, page, makeAxe }) => {
  // An axe pass and a change of language on top of opening the image: their time on a busy 2-core machine.
  test.setTimeout(90_000);
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await page.getByTestId('tab-image').click();
  const rows = page.getByTestId('image-history-row');
  await expect(rows).toHaveCount(4);
  // Newest first, as docker history prints it.
  await expect(rows.nth(0)).toHaveAttribute('data-layer', '4');
  await expect(rows.nth(0)).toContainText('ENV GREETING=hello');
  await expect(rows.nth(3)).toHaveAttribute('data-layer', '1');
  await expect(rows.nth(3)).toContainText('COPY rootfs /');
  await expect(rows.nth(3)).toContainText('3.1 KiB');
  // Layer 1's big.bin (3,000 bytes) and more are hidden by the layers above: 3,092 bytes of it.
  await expect(rows.nth(3).getByTestId('image-layer-hidden')).toHaveText('3.0 KiB');
  await expect(page.getByTestId('image-hidden-total')).toHaveText('3.0 KiB');
  await expect(page.getByTestId('image-wasted')).toContainText('/usr/lib/big.bin');
  // The grid and the terminal name the container, not overlay2's long paths.
  await expect(page.getByTestId('mount-phase')).toHaveText('mounted on c1 merged');
  await expect(page.locator('.term-input-line .prompt')).toContainText('c1:/ #');

  // The panel and the grid's new names read well to assistive technology too.
  const { violations } = await makeAxe().include('[data-testid=image-panel]').include('[data-testid=layer-grid]').analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);

  // In Chinese too.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByTestId('tab-image')).toHaveText('镜像');
  await expect(page.getByTestId('image-summary')).toContainText('4 层');
});

/** A single-layer tar (ustar) of `files` small files under big/: large enough that opening it takes a while. */
function bigLayer(files: number): Buffer {
  const parts: Buffer[] = [];
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';
  const header = (name: string, size: number, type: '0' | '5') => {
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write(octal(type === '5' ? 0o755 : 0o644, 8), 100);
    h.write(octal(0, 8), 108);
    h.write(octal(0, 8), 116);
    h.write(octal(size, 12), 124);
    h.write(octal(1_700_000_000, 12), 136);
    h.write('        ', 148);
    h.write(type, 156);
    h.write('ustar\0' + '00', 257, 'binary');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(octal(sum, 7) + ' ', 148);
    return h;
  };
  parts.push(header('big/', 0, '5'));
  for (let i = 0; i < files; i++) {
    const body = Buffer.alloc(512, 0);
    const text = `file ${i}\n`;
    body.write(text);
    parts.push(header(`big/f${i}`, text.length, '0'), body);
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

test('Cancel while an image opens keeps the session as it was', async ({ lab, page }, testInfo) => {
  await lab.goto();
  await typeWork(lab);
  const file = testInfo.outputPath('big-layer.tar');
  writeFileSync(file, bigLayer(60_000));
  await page.getByTestId('open-image-file').setInputFiles(file);
  // The busy bar shows how far the reading has come, and Cancel.
  await expect(page.getByTestId('busy')).toBeVisible();
  await expect(page.getByTestId('busy-progress')).toContainText(/of \d+(\.\d)? MiB read, \d+ entries/);
  await page.getByTestId('cancel-command').click();
  await expect(page.getByTestId('busy')).toBeHidden();
  await lab.settled();
  await expect(page.getByTestId('notice')).toContainText('Stopped');
  await expect(lab.timelineSteps).toHaveCount(3);
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(lab.row('big')).toHaveCount(0);
});

test('dropping an image file on the page opens it', async ({ lab, page }) => {
  await lab.goto();
  const drop = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'dropped.tar', { type: 'application/x-tar' }));
    return dt;
  }, [...KS]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
  await expect(page.getByTestId('image-drop')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  await lab.settled();
  await expect(page.getByTestId('image-drop')).toBeHidden();
  await expect(lab.cell('etc', 'merged')).toHaveAttribute('data-kind', 'dir');
  await expect(page.getByTestId('image-name')).toHaveText('dropped.tar');
});

test('an image session survives a reload: the archive is kept in the browser, the container commands replayed', async ({ lab, page }) => {
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await lab.run('rm etc/passwd');
  await expect(lab.row('etc/passwd').locator(`[data-layer="diff"]`).first()).toHaveAttribute('data-kind', 'whiteout');
  // The archive reaches IndexedDB before the saved text names it.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('overlay-lab:session') ?? '{}')?.base?.kind ?? null), { timeout: 15_000 })
    .toBe('image');
  await page.reload();
  await lab.app.waitFor();
  await lab.settled();
  await expect(page.getByTestId('tab-image')).toBeVisible();
  await page.getByTestId('tab-image').click();
  await expect(page.getByTestId('image-name')).toContainText('ks-docker24-save.tar');
  await expect(lab.timelineSteps).toHaveCount(1);
  await expect(lab.row('etc/passwd').locator(`[data-layer="diff"]`).first()).toHaveAttribute('data-kind', 'whiteout');
});

/** The fixture with a commit on top whose config entry (diff id) is wrong, its blob digest right. */
async function wrongDiffIdArchive(): Promise<Buffer> {
  const { openImage, memorySource, imageWorkspace, startContainer, runInContainer, commitContainer, exportImage, nobleSha256 } = await import('../src/image/index.ts');
  const src = memorySource(new Uint8Array(KS), 'ks-docker24-save.tar');
  const image = await openImage(src);
  const w = runInContainer(startContainer(imageWorkspace(image), 'c'), 'c', 'echo hi > hello\n').workspace;
  const layer = await commitContainer(w, 'c');
  const parts: Uint8Array[] = [];
  for await (const c of exportImage(src, image, [{ tar: layer.tar, diffId: `sha256:${'0'.repeat(64)}`, createdBy: 'RUN echo' }], { format: 'oci', hash: nobleSha256 })) parts.push(c);
  return Buffer.concat(parts);
}

test('a layer that fails the checks done after the grid is shown brings back the session before, with a notice naming the layer', async ({ lab, page }) => {
  // The archive is made here first (the image library loaded and run in Node): slow on a loaded machine.
  test.setTimeout(120_000);
  const archive = await wrongDiffIdArchive();
  await lab.goto();
  await typeWork(lab);
  await page.getByTestId('open-image-file').setInputFiles({ name: 'wrong-diff-id.tar', mimeType: 'application/x-tar', buffer: archive });
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('wrong-diff-id.tar');
  await expect(notice).toContainText('layer 5 does not match');
  await lab.settled();
  await expect(lab.timelineSteps).toHaveCount(3);
  await expect(lab.cell('mine.txt', 'lower')).toHaveAttribute('data-kind', 'file');
  await expect(lab.row('etc')).toHaveCount(0);
  await expect(page.getByTestId('image-verifying')).toHaveCount(0);
  // The image is gone for good: Redo does not offer it.
  await expect(page.getByTestId('redo')).toBeDisabled();
});

test('a sound image ends its checks: the status goes and Commit and Export are offered', async ({ lab, page }) => {
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await expect(page.getByTestId('image-verifying')).toHaveCount(0);
  await expect(page.getByTestId('export-image')).toBeEnabled();
  await expect(page.getByTestId('commit-container')).toBeEnabled();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
