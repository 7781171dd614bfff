// What bench:browser measured before issue 8, unchanged so the figures stay
// comparable: time to interactive and Enter on the seed demo, the big stack
// shown, and scrolling its 100,000 rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { ENTER_TO_ROW, SCROLL_FOR_4S } from './inpage.ts';
import { freshPage } from './serve.ts';

export const DIST = 'dist';
const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** The entry script and what it preloads (loaded before any code runs), gzipped. */
export function initialJs(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((n, f) => n + gz(join(DIST, f)), 0);
}

/** Milliseconds from navigation start until `selector` is in the page, read inside the page. */
export async function timeUntil(page: Page, selector: string, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(`document.querySelector(${JSON.stringify(selector)}) ? performance.now() : 0`, undefined, { timeout, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

export async function seedInteractive(browser: Browser, url: string): Promise<{ tti: number; enter: number[]; js: number }> {
  const { ctx, page } = await freshPage(browser);
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const m = /\/(assets\/[^/?#]+\.js)/.exec(r.url());
    if (m) scripts.add(m[1]);
  });
  await page.goto(url);
  // Interactive: the grid shows the seed and the terminal takes input.
  const tti = await timeUntil(page, '[data-testid=layer-grid] [data-path="in_both.txt"]');
  await page.getByTestId('terminal-input').waitFor();
  const enter: number[] = [];
  for (let i = 0; i < 8; i++) {
    const name = `bench-${i}.txt`;
    await page.getByTestId('terminal-input').fill(`echo ${i} > merged/${name}`);
    enter.push((await page.evaluate(`(${ENTER_TO_ROW})(${JSON.stringify(name)})`)) as number);
  }
  await ctx.close();
  // Sizes from the built files: every script the page asked for while showing the seed.
  const js = [...scripts].reduce((n, f) => n + gz(join(DIST, f)), 0);
  return { tti, enter, js };
}

export async function bigStack(browser: Browser, url: string, entries: number, layers: number): Promise<number> {
  const { ctx, page } = await freshPage(browser);
  await page.goto(`${url}/?stack=${entries}&layers=${layers}`);
  const ms = await timeUntil(page, '[data-testid=layer-grid] [data-path="d0000"]');
  await ctx.close();
  return ms;
}

/** Frame times while the grid of a 100,000-row stack scrolls at a steady speed, every row open. */
export async function scrolling(browser: Browser, url: string): Promise<{ rows: number; frames: number[] }> {
  const { ctx, page } = await freshPage(browser);
  await page.goto(`${url}/?stack=100000&layers=1`);
  await page.locator('[data-testid=layer-grid] [data-path="d0000"]').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Expand all' }).click();
  await page.locator('[data-testid=layer-grid] [data-path="d0000/f0000.txt"]').waitFor({ timeout: 120_000 });
  const rows = Number(await page.getByTestId('layer-grid').getAttribute('aria-rowcount')) - 1;
  const frames = (await page.evaluate(SCROLL_FOR_4S)) as number[];
  await ctx.close();
  return { rows, frames };
}
