// `npm run bench:browser [-- --runs N] [--no-build]`: the visualizer's speed
// in Debian's Chromium, on the production build served by `vite preview`.
// Prints medians over N fresh browser contexts (default 5); not asserted.
// Targets (issue 3): interactive < 1 s on localhost, the 100,000-entry stack
// shown < 2 s, scrolling at >= 50 frames per second, a command reflected in
// the grid < 100 ms, initial JavaScript < 250 KB gzipped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const DIST = 'dist';
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function line(name: string, value: number, unit: string, target?: string) {
  console.log(`${name.padEnd(52)} ${value.toFixed(unit === 'KB' ? 1 : 0).padStart(8)} ${unit}${target ? `   (target ${target})` : ''}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function serve(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, proc };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error('vite preview did not start');
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** The entry script and what it preloads (loaded before any code runs), gzipped. */
function initialJs(): { entry: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return { entry: files.reduce((n, f) => n + gz(join(DIST, f)), 0), files };
}

// In-page code as plain source: tsx compiles this file with helpers (such as
// __name) that do not exist in the page, so functions cannot be passed as is.

/** From the Enter keydown to the first frame painted with the new row (resolves with ms). */
const ENTER_TO_ROW = `(path) => new Promise((resolve) => {
  const input = document.querySelector('[data-testid=terminal-input]');
  let t0 = 0;
  const obs = new MutationObserver(() => {
    if (!document.querySelector('[data-testid=layer-grid] [data-path="' + path + '"]')) return;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
  });
  obs.observe(document.body, { subtree: true, childList: true });
  t0 = performance.now();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
})`;

/** Scrolls the grid about 3,000 px a second (a brisk flick) for 4 s; resolves with each frame's duration. */
const SCROLL_FOR_4S = `new Promise((resolve) => {
  const grid = document.querySelector('[data-testid=layer-grid]');
  const out = [];
  let last = 0;
  const start = performance.now();
  const step = (now) => {
    if (last) out.push(now - last);
    last = now;
    grid.scrollTop += 50;
    if (now - start < 4000) requestAnimationFrame(step);
    else resolve(out);
  };
  requestAnimationFrame(step);
})`;

/** Milliseconds from navigation start until `selector` is in the page, read inside the page. */
async function timeUntil(page: Page, selector: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(`document.querySelector(${JSON.stringify(selector)}) ? performance.now() : 0`, undefined, { timeout, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

async function seedInteractive(browser: Browser, url: string): Promise<{ tti: number; enter: number[]; js: number }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
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
    const ms = (await page.evaluate(`(${ENTER_TO_ROW})(${JSON.stringify(name)})`)) as number;
    enter.push(ms);
  }
  await ctx.close();
  // Sizes from the built files: every script the page asked for while showing the seed.
  const js = [...scripts].reduce((n, f) => n + gz(join(DIST, f)), 0);
  return { tti, enter, js };
}

async function bigStack(browser: Browser, url: string, entries: number, layers: number): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(`${url}/?stack=${entries}&layers=${layers}`);
  const ms = await timeUntil(page, '[data-testid=layer-grid] [data-path="d0000"]');
  await ctx.close();
  return ms;
}

/** Frame times while the grid of a 100,000-row stack scrolls at a steady speed, every row open. */
async function scrolling(browser: Browser, url: string): Promise<{ rows: number; frames: number[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(`${url}/?stack=100000&layers=1`);
  await page.locator('[data-testid=layer-grid] [data-path="d0000"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Expand all' }).click();
  await page.locator('[data-testid=layer-grid] [data-path="d0000/f0000.txt"]').waitFor();
  const rows = Number(await page.getByTestId('layer-grid').getAttribute('aria-rowcount')) - 1;
  const frames = (await page.evaluate(SCROLL_FOR_4S)) as number[];
  await ctx.close();
  return { rows, frames };
}

async function main() {
  if (!args.includes('--no-build')) {
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const { url, proc } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tti: number[] = [];
    const enter: number[] = [];
    const big: number[] = [];
    const bigRows: number[] = [];
    const medFrame: number[] = [];
    const worstFrame: number[] = [];
    let fetched = 0;
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const s = await seedInteractive(browser, url);
      tti.push(s.tti);
      enter.push(median(s.enter));
      fetched = s.js;
      big.push(await bigStack(browser, url, 100_000, 3));
      bigRows.push(await bigStack(browser, url, 100_000, 1));
      const sc = await scrolling(browser, url);
      rows = sc.rows;
      medFrame.push(median(sc.frames));
      worstFrame.push(Math.max(...sc.frames));
      process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
    }
    const js = initialJs();
    console.log(`\nOverlay Lab in the browser: medians of ${RUNS} runs (${CHROMIUM ?? 'Playwright Chromium'})`);
    line('time to interactive, seed demo', median(tti), 'ms', '< 1000 ms');
    line('100,000-entry stack (3 lowers, 38,010 rows) shown', median(big), 'ms', '< 2000 ms');
    line('100,000-entry stack (1 lower, 100,000 rows) shown', median(bigRows), 'ms');
    line(`scrolling ${rows.toLocaleString('en')} rows: median frame`, median(medFrame), 'ms', `<= 20 ms (50 fps): ${(1000 / median(medFrame)).toFixed(0)} fps`);
    line(`scrolling ${rows.toLocaleString('en')} rows: worst frame`, median(worstFrame), 'ms');
    line('Enter to updated grid (median of 8 commands)', median(enter), 'ms', '< 100 ms');
    line('initial JavaScript (entry + preloads), gzipped', js.entry / 1024, 'KB', '< 250 KB');
    line('all JavaScript fetched to show the seed, gzipped', fetched / 1024, 'KB');
  } finally {
    await browser.close();
    proc.kill();
  }
}

void main();
