// Issue 11, "Kept and shared": Share link on an image session carries the
// commands typed in the container and names the image by the sha256 of its
// archive (never its bytes). Another browser that does not keep the image
// is asked for the file, refuses another one naming both digests, keeps its
// own session until the right file is opened (then Undo brings it back),
// and shows what the sender saw; a browser whose shelf keeps the archive
// opens the link at once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LabPage } from './pages/lab-page.ts';

const RIGHT = { name: 'ks-oci-plain.tar', mimeType: 'application/x-tar', buffer: readFileSync('fixtures/images/ks-oci-plain.tar') };
const WRONG = { name: 'ks-docker24-save.tar', mimeType: 'application/x-tar', buffer: readFileSync('fixtures/images/ks-docker24-save.tar') };
const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** What the views show: the grid, the timeline and the cursor. */
async function seen(lab: LabPage) {
  const grid = await lab.gridSnapshot();
  return { grid: { target: grid.target, columns: grid.columns, rows: grid.rows }, timeline: await lab.timelineSteps.allInnerTexts(), cursor: await lab.cursor() };
}

/** The sender: the image opened, etc/passwd deleted and a file made in the container, the cursor one step back, Share link. */
async function send(lab: LabPage) {
  await lab.goto();
  await lab.page.getByTestId('open-image-file').setInputFiles(RIGHT);
  await lab.settled();
  await lab.run('rm etc/passwd');
  await lab.run('touch etc/new');
  await expect(lab.row('etc/passwd').locator('[data-layer="diff"]').first()).toHaveAttribute('data-kind', 'whiteout');
  await lab.stepBack.click();
  await lab.settled();
  const link = await lab.shareLink();
  // The dialog says which image the link names, and that the image is not in it.
  await expect(lab.page.getByTestId('share-explain')).toContainText(`names the image: ks-oci-plain.tar (${sha(RIGHT.buffer).slice(0, 19)}…`);
  await expect(lab.page.getByTestId('share-explain')).toContainText('The image itself is not in the link');
  return { link, view: await seen(lab) };
}

/** Another browser (a fresh context), its page errors collected as the fixture does for the first page. */
async function receiverPage(browser: Browser, locale?: string) {
  const context = await browser.newContext(locale ? { locale } : {});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const close = async () => {
    await context.close();
    expect(errors, 'the receiver page reported errors').toEqual([]);
  };
  return { close, lab: new LabPage(page) };
}

test('a share link on an image asks another browser for the file, refuses another one, and opens the same session', async ({ lab, browser }) => {
  test.setTimeout(90_000);
  const { link, view } = await send(lab);
  // The commands and the image's name, size and digest: a short link, at the step.
  expect(link).toMatch(/#s=2\.[\w-]+&step=\d+$/);
  expect(link.length).toBeLessThan(600);

  const { close, lab: there } = await receiverPage(browser);
  await there.goto('/');
  const ownTitle = await there.page.getByTestId('session-title').textContent();
  const url = new URL(link);
  await there.page.goto(url.pathname + url.hash);
  await there.app.waitFor();

  const prompt = there.page.getByTestId('share-image-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByTestId('share-image-needed')).toContainText(`This link uses the image ks-oci-plain.tar (${sha(RIGHT.buffer).slice(0, 19)}…`);
  await expect(prompt.getByTestId('share-image-needed')).toContainText('Open that file to continue');
  await expect(prompt.getByTestId('share-image-digest')).toHaveText(sha(RIGHT.buffer));
  // Nothing the receiver had is lost meanwhile.
  await expect(there.page.getByTestId('session-title')).toHaveText(ownTitle!);

  // Another image: refused, both digests named, the session as it was.
  await prompt.getByTestId('share-image-file').setInputFiles(WRONG);
  const refused = prompt.getByTestId('share-image-refused');
  await expect(refused).toContainText(sha(WRONG.buffer));
  await expect(refused).toContainText(sha(RIGHT.buffer));
  await expect(prompt).toBeVisible();
  await expect(there.page.getByTestId('session-title')).toHaveText(ownTitle!);
  // The prompt, refusal shown, as axe sees it (the same bar as the other specs: nothing serious or critical).
  const { violations } = await new AxeBuilder({ page: there.page }).include('[data-testid=share-image-prompt]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The right one: the session the sender shared, at the same step.
  await prompt.getByTestId('share-image-file').setInputFiles(RIGHT);
  await expect(prompt).toBeHidden();
  await there.settled();
  await expect(there.page.getByTestId('session-title')).toHaveText('ks-oci-plain.tar');
  expect(await seen(there)).toEqual(view);

  // Undo brings back the session the link replaced.
  await there.page.getByTestId('undo').click();
  await there.settled();
  await expect(there.page.getByTestId('session-title')).toHaveText(ownTitle!);
  await close();
});

test('the prompt speaks Chinese too, a file dropped on the page answers it, and Keep my session drops the link', async ({ lab, browser }) => {
  const { link } = await send(lab);
  const { close, lab: there } = await receiverPage(browser, 'zh-CN');
  const url = new URL(link);
  await there.goto(url.pathname + url.hash);
  const prompt = there.page.getByTestId('share-image-prompt');
  await expect(prompt.getByTestId('share-image-needed')).toContainText('这个链接使用镜像 ks-oci-plain.tar');
  // A file dropped on the page answers the waiting link: the wrong one is refused, in Chinese, and opens nothing.
  const drop = await there.page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'dropped.tar', { type: 'application/x-tar' }));
    return dt;
  }, [...WRONG.buffer]);
  await there.page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  await expect(prompt.getByTestId('share-image-refused')).toContainText(`dropped.tar 不是这个链接使用的镜像：该文件是 ${sha(WRONG.buffer)}`);
  await expect(there.page.getByTestId('session-title')).not.toHaveText('dropped.tar');
  await prompt.getByTestId('share-image-cancel').click();
  await expect(prompt).toBeHidden();
  await expect(there.page.getByTestId('session-title')).not.toHaveText('ks-oci-plain.tar');
  await close();
});

test('a browser that keeps the image opens the link at once', async ({ lab, browser }) => {
  test.setTimeout(90_000);
  const { link, view } = await send(lab);
  const { close, lab: there } = await receiverPage(browser);
  await there.goto('/');
  // The image opened here before (under another name), then another session: its archive stays on the shelf (the recent list names it).
  await there.page.getByTestId('open-image-file').setInputFiles({ ...RIGHT, name: 'my-copy.tar' });
  await there.settled();
  await expect.poll(() => there.page.evaluate(() => localStorage.getItem('overlay-lab:session') ?? '')).toContain('"kind":"image"');
  await there.newSession.click();
  await there.settled();

  const url = new URL(link);
  await there.page.goto(url.pathname + url.hash);
  await there.app.waitFor();
  await expect(there.page.getByTestId('session-title')).toHaveText('ks-oci-plain.tar');
  await expect(there.page.getByTestId('share-image-prompt')).toBeHidden();
  expect(await seen(there)).toEqual(view);
  await close();
});
