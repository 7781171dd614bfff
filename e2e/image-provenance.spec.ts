// Issue 11, "see every layer" and "wasted space" in the browser: the Image
// tab's tree of every path any layer holds, filtered and sorted, a path's
// versions with what hid each (overwritten, deleted by a whiteout, under an
// opaque directory), and dive's figure beside ours. The fixture (made by
// buildah, fixtures/images) overwrites /etc/passwd and /usr/lib/big.bin in
// layer 2, deletes /etc/motd there, makes /var/log opaque there, and turns
// /opt/thing from a directory into a file (layer 2) and back (layer 3).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/lab-page.ts';

const KS = readFileSync('fixtures/images/ks-docker24-save.tar');

async function openImage(lab: LabPage, name: string, buffer: Buffer) {
  await lab.page.getByTestId('open-image-file').setInputFiles({ name, mimeType: 'application/x-tar', buffer });
  await lab.settled();
  await lab.page.getByTestId('tab-image').click();
  await expect(lab.page.getByTestId('image-tree')).toBeVisible();
}

const treeRow = (page: Page, path: string) => page.locator(`[data-testid=image-tree-row][data-path="${path}"]`);
const shownPaths = (page: Page) => page.getByTestId('image-tree-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));

/** Filters the tree to `name`, selects `path`, and returns its versions as "L<layer> <status> <by>". */
async function provenance(page: Page, name: string, path: string): Promise<string[]> {
  await page.getByTestId('image-tree-filter').fill(name);
  await treeRow(page, path).locator('.image-tree-name').click();
  const prov = page.getByTestId('image-provenance');
  await expect(prov).toHaveAttribute('data-path', path);
  return prov.getByTestId('image-version').evaluateAll((vs) => vs.map((v) => `L${v.getAttribute('data-layer')} ${v.getAttribute('data-status')} ${v.getAttribute('data-by')}`.trim()));
}

test('a path’s versions through every layer, and what hid each', async ({ lab, page, makeAxe }) => {
  // Opening the image, an axe pass and a change of language: their time on a busy 2-core machine.
  test.setTimeout(90_000);
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  const prov = page.getByTestId('image-provenance');

  // Overwritten: layer 2's passwd is the one the container reads; layer 1's 67 bytes are waste.
  expect(await provenance(page, 'passwd', '/etc/passwd')).toEqual(['L2 visible', 'L1 hidden overwritten@2']);
  expect(await shownPaths(page)).toEqual(['/etc', '/etc/passwd']);
  await expect(prov.getByTestId('image-provenance-summary')).toHaveText('The container sees it from layer 2; 2 versions in the layers.');
  await expect(prov.getByTestId('image-version').nth(1)).toContainText('overwritten by layer 2');
  await expect(prov.getByTestId('image-version').nth(1)).toContainText('wastes 67 B');

  // Deleted: the tree strikes it through, and layer 2's whiteout hides layer 1's motd.
  expect(await provenance(page, 'motd', '/etc/motd')).toEqual(['L2 whiteout', 'L1 hidden whiteout@2']);
  await expect(treeRow(page, '/etc/motd')).toHaveAttribute('data-seen', 'false');
  await expect(treeRow(page, '/etc/motd')).toHaveAttribute('data-type', 'w');
  await expect(prov.getByTestId('image-provenance-summary')).toHaveText('Not in the container: deleted by layer 2’s whiteout.');
  await expect(prov.getByTestId('image-version').nth(1)).toContainText('deleted by layer 2’s whiteout');

  // Opaque: layer 2's /var/log hides layer 1's.
  expect(await provenance(page, 'log', '/var/log')).toEqual(['L2 visible', 'L1 hidden opaque@2']);
  await expect(prov.getByTestId('image-version').nth(0)).toContainText('opaque dir');
  await expect(prov.getByTestId('image-version').nth(1)).toContainText('under layer 2’s opaque directory');

  // Hidden from above: layer 2 replaced the directory /opt/thing with a file, so layer 1's config is gone with it.
  expect(await provenance(page, 'config', '/opt/thing/config')).toEqual(['L1 hidden overwritten@2']);
  await expect(prov.getByTestId('image-version').first()).toContainText('overwritten by layer 2, which replaced /opt/thing');
  await expect(prov.getByTestId('image-provenance-summary')).toContainText('Not in the container');
  expect(await provenance(page, 'thing', '/opt/thing')).toEqual(['L3 visible', 'L2 hidden overwritten@3', 'L1 hidden overwritten@2']);

  // The panel reads well to assistive technology.
  const { violations } = await makeAxe().include('[data-testid=image-panel]').analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);

  // In Chinese too.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  // /opt/thing is still selected: layer 3's directory is seen, layer 2's file under it was overwritten by it.
  await expect(prov.getByTestId('image-version').nth(1)).toContainText('被第 3 层覆盖');
  await expect(prov.getByTestId('image-provenance-summary')).toHaveText('容器看到的是第 3 层的版本；各层中共有 3 个版本。');
  await expect(page.getByTestId('image-dive')).toContainText('dive 的数字与我们的对照');
  await expect(page.getByTestId('image-tree-sort-name')).toContainText('名称');
});

test('the tree filters by layer and by waste, sorts by size and layer, and keys move the selection', async ({ lab, page }) => {
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  // Every path any layer holds, top level sorted by name; deleted paths are rows too.
  await expect(page.getByTestId('image-tree-count')).toContainText('48 paths');
  expect(await shownPaths(page)).toEqual(['/dev', '/etc', '/home', '/opt', '/srv', '/tmp', '/usr', '/var']);

  // Sorted by size, largest first (a directory's size: the files seen below it), then by layer, topmost first.
  await page.getByTestId('image-tree-sort-size').click();
  expect((await shownPaths(page))[0]).toBe('/usr');
  await expect(page.getByTestId('image-tree-sort-size')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('image-tree-sort-layer').click();
  expect((await shownPaths(page)).slice(0, 2)).toEqual(['/opt', '/srv']);
  await page.getByTestId('image-tree-sort-name').click();

  // Changed in layer 3: what that layer's tar holds, and the directories above it.
  await page.getByTestId('image-tree-layer').selectOption('3');
  const inThree = await shownPaths(page);
  expect(inThree).toContain('/srv/data/new-in-3');
  expect(inThree).toContain('/opt/thing/inside');
  expect(inThree).not.toContain('/etc/passwd');
  await expect(treeRow(page, '/srv/data/new-in-3')).toHaveAttribute('data-layer', '3');

  // Only what wastes bytes, in any layer: the overwritten, the deleted, what went with a replaced directory.
  await page.getByTestId('image-tree-layer').selectOption('');
  await page.getByTestId('image-tree-wasted').check();
  const wasted = await shownPaths(page);
  for (const p of ['/usr/lib/big.bin', '/etc/passwd', '/etc/motd', '/opt/thing', '/opt/thing/config']) expect(wasted).toContain(p);
  expect(wasted).not.toContain('/usr/lib/libdata.so.1');
  expect(wasted).not.toContain('/home');
  await expect(page.getByTestId('image-tree-count')).toHaveText('5 of 48 paths match');
  await expect(treeRow(page, '/usr/lib/big.bin').locator('.image-tree-wasted')).toHaveText('2.9 KiB');
  // A directory adds up what is wasted below it.
  await expect(treeRow(page, '/etc').locator('.image-tree-wasted')).toHaveText('86 B');

  // Keys: down moves the selection to the next row and shows its versions.
  await treeRow(page, '/etc/motd').locator('.image-tree-name').click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('image-provenance')).toHaveAttribute('data-path', '/etc/passwd');
  await expect(treeRow(page, '/etc/passwd').locator('.image-tree-name')).toBeFocused();

  // dive's figure beside ours, and why they differ.
  await expect(page.getByTestId('image-dive-ours')).toHaveText('3.0 KiB');
  await expect(page.getByTestId('image-dive-theirs')).toHaveText('6.1 KiB');
  await expect(page.getByTestId('image-dive-why')).toContainText('the copy the container sees included');
  await expect(page.getByTestId('image-dive-why')).toContainText('12 B of hidden names whose file a hard link still shows');

  // A largest hidden file, chosen in the list above the tree: the filter that hid it dropped, its directories opened, its versions shown.
  await page.getByTestId('image-tree-filter').fill('passwd');
  await page.getByTestId('image-wasted-path').filter({ hasText: '/usr/lib/big.bin' }).click();
  await expect(page.getByTestId('image-tree-filter')).toHaveValue('');
  await expect(treeRow(page, '/usr/lib/big.bin')).toHaveClass(/selected/);
  await expect(treeRow(page, '/usr/lib/big.bin')).toBeInViewport();
  expect(await page.getByTestId('image-version').evaluateAll((vs) => vs.map((v) => v.getAttribute('data-by')))).toEqual(['', 'overwritten@2']);
});

/** A single-layer tar (ustar) of `files` small files spread over directories d0..d99. */
function wideLayer(files: number): Buffer {
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
  for (let d = 0; d < 100; d++) parts.push(header(`d${d}/`, 0, '5'));
  for (let i = 0; i < files; i++) {
    const body = Buffer.alloc(512, 0);
    const text = `file ${i}\n`;
    body.write(text);
    parts.push(header(`d${i % 100}/f${i}`, text.length, '0'), body);
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

test('tens of thousands of paths: only the rows in view are drawn, and a filter finds one', async ({ lab, page }) => {
  test.setTimeout(90_000);
  await lab.goto();
  await openImage(lab, 'wide.tar', wideLayer(20_000));
  await expect(page.getByTestId('image-tree-count')).toContainText('20100 paths');
  // Every directory open: a filter opens the directories above its matches.
  await page.getByTestId('image-tree-filter').fill('f');
  await expect(page.getByTestId('image-tree-count')).toHaveText('20000 of 20100 paths match');
  const drawn = await page.getByTestId('image-tree-row').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(200);
  await page.getByTestId('image-tree-filter').fill('f19999');
  expect(await shownPaths(page)).toEqual(['/d99', '/d99/f19999']);
  await treeRow(page, '/d99/f19999').locator('.image-tree-name').click();
  await expect(page.getByTestId('image-version')).toHaveCount(1);
  await expect(page.getByTestId('image-version')).toContainText('seen in the container');
});

test('the inspector tells the selected entry’s versions through the image’s layers', async ({ lab, page }) => {
  await lab.goto();
  await openImage(lab, 'ks-docker24-save.tar', KS);
  await page.getByTestId('tab-details').click();
  await lab.row('etc/passwd').click();
  const layers = page.getByTestId('inspector-image-layers');
  await expect(layers.getByTestId('image-provenance')).toHaveAttribute('data-path', '/etc/passwd');
  await expect(layers.getByTestId('image-version')).toHaveCount(2);
  await expect(layers.getByTestId('image-version').nth(1)).toContainText('overwritten by layer 2');
  // Deleted in the container: the image's layers still hold both versions.
  await lab.run('rm etc/passwd');
  await lab.row('etc/passwd').click();
  await expect(layers.getByTestId('image-version')).toHaveCount(2);
  // The same path in the Image tab's tree.
  await page.getByTestId('show-in-image-tab').click();
  await expect(page.getByTestId('tab-image')).toHaveAttribute('aria-selected', 'true');
  await expect(treeRow(page, '/etc/passwd')).toHaveClass(/selected/);
  await expect(page.getByTestId('image-provenance')).toHaveAttribute('data-path', '/etc/passwd');
});
