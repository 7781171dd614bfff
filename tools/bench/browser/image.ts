// Issue 11's speed proof in the browser: a Debian-minbase-sized image (the
// one bench:image makes) opened through the app's file input, timed inside
// the page from the input's change event to a usable grid (the container's
// root listed, the views settled, the terminal in c1); the memory that
// opening took (JavaScript heap of the page and its workers after a GC, and
// the peak resident memory of Chromium's processes above what they held
// before); then Enter, stepping and Undo in its container.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { unfocus, type Timing } from './act.ts';
import { heapAfterGc, totalMB } from './heap.ts';
import { freshPage } from './serve.ts';
import { enterTimed, steps, undos } from './stack.ts';

export interface ImageOpenResult {
  /** ms from the file input's change event to the usable grid. */
  usableMs: number;
  /** ms from the change event until every check of the image is done (no verification in progress shown): usableMs where nothing is left after the grid. */
  verifiedMs: number;
  /** JS heap (page + workers, after GC) the opened image added, MB. */
  heapMB: number;
  /** Peak resident memory of Chromium's processes while opening, above their resident memory before, MB. */
  peakRssMB: number;
  /** The same peak, as it stood when the grid was usable (the checks left for later aside), MB. */
  peakAtUsableMB: number;
  /** CPU time Chromium's processes used while opening (every core), ms. */
  cpuMs: number;
  /** The peak above before of each process that grew by 1 MB or more, by its --type (browser, renderer, gpu-process, utility), MB. */
  peakBy: Record<string, number>;
}

/** The pids of every process below `root`. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out.filter((p) => p !== root);
}

/** Chromium's processes: those below this one (Playwright launched it) whose command is Chromium. */
function chromiumPids(): number[] {
  return descendants(process.pid).filter((p) => {
    try {
      return /chrom/i.test(readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')[0]);
    } catch {
      return false;
    }
  });
}

/** VmRSS and VmHWM of a process, kB (0 when it is gone). */
function memKb(pid: number): { rss: number; hwm: number } {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** CPU time (user + system) a process has used, ms. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** Resets each process's peak resident memory to its current one (root only; /proc/PID/clear_refs). */
function resetPeaks(pids: number[]): boolean {
  let ok = true;
  for (const p of pids) {
    try {
      writeFileSync(`/proc/${p}/clear_refs`, '5');
    } catch {
      ok = false;
    }
  }
  return ok;
}

const USABLE = (name: string) => `(() => {
  const grid = document.querySelector('[data-testid=layer-grid]');
  const named = document.querySelector('[data-testid=image-name]')?.textContent === ${JSON.stringify(name)};
  const row = grid && grid.querySelector('[data-path="etc"]') && grid.querySelector('[data-path="usr"]');
  const settled = document.querySelector('[data-settled=true]');
  const prompt = (document.querySelector('[data-testid=terminal-prompt]')?.textContent ?? '').startsWith('c1:');
  return named && row && settled && prompt ? performance.now() : 0;
})()`;

/** The time once no check of the opened image is still running (the Image tab's status gone). */
const VERIFIED = `(() => document.querySelector('[data-testid=image-verifying]') ? 0 : performance.now())()`;

/** Opens `file` once in a fresh page; `then` runs on the opened image before the page closes. */
export async function openImageTimed(browser: Browser, url: string, file: string, then?: (page: Page) => Promise<void>, log?: (line: string) => void): Promise<ImageOpenResult> {
  const { ctx, page } = await freshPage(browser);
  if (log) page.on('console', (m) => log(m.text()));
  try {
    await page.goto(url);
    await page.locator('[data-settled=true]').first().waitFor({ timeout: 120_000 });
    await page.getByTestId('terminal-input').waitFor();
    const before = totalMB(await heapAfterGc(browser, page));
    const pids = chromiumPids();
    const rssBefore = new Map(pids.map((p) => [p, memKb(p).rss]));
    const peaksReset = resetPeaks(pids);
    const cpuBefore = new Map(pids.map((p) => [p, cpuMs(p)]));
    await page.evaluate(`document.addEventListener('change', (e) => { if (e.target?.getAttribute?.('data-testid') === 'open-image-file') window.__imageT0 = performance.now(); }, { capture: true, once: true })`);
    const name = file.split('/').pop()!;
    await page.getByTestId('open-image-file').setInputFiles(file);
    const t1 = (await (await page.waitForFunction(USABLE(name), undefined, { timeout: 300_000, polling: 'raf' })).jsonValue()) as number;
    const t0 = (await page.evaluate('window.__imageT0')) as number;
    const peakAtUsableKb = chromiumPids().reduce((n, p) => n + Math.max(0, memKb(p).hwm - (rssBefore.get(p) ?? 0)), 0);
    const t2 = (await (await page.waitForFunction(VERIFIED, undefined, { timeout: 300_000, polling: 'raf' })).jsonValue()) as number;
    const after = chromiumPids();
    const cpu = after.reduce((n, p) => n + cpuMs(p) - (cpuBefore.get(p) ?? 0), 0);
    // Processes started while opening count whole; those there before, above what they held.
    const grew = after.map((p) => ({ p, kb: Math.max(0, memKb(p).hwm - (rssBefore.get(p) ?? 0)) }));
    const peakKb = grew.reduce((n, g) => n + g.kb, 0);
    const peakBy: Record<string, number> = {};
    for (const g of grew) {
      if (g.kb < 1024) continue;
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${g.p}/cmdline`, 'utf8').replace(/\0/g, ' '))?.[1] ?? 'browser';
      peakBy[type] = Math.round(((peakBy[type] ?? 0) + g.kb / 1024) * 10) / 10;
    }
    const heap = totalMB(await heapAfterGc(browser, page));
    if (then) await then(page);
    return { usableMs: t1 - t0, verifiedMs: Math.max(t1, t2) - t0, heapMB: heap - before, peakRssMB: peaksReset ? peakKb / 1024 : NaN, peakAtUsableMB: peaksReset ? peakAtUsableKb / 1024 : NaN, cpuMs: cpu, peakBy };
  } finally {
    await ctx.close();
  }
}

export interface ImageWorkResult {
  enter: Timing[];
  back: Timing[];
  forward: Timing[];
  undo: Timing[];
  failed: number;
}

/** In the opened image's container: Enter (a new file at its root), one micro-step back and forward, Undo. */
export async function workInImage(page: Page): Promise<ImageWorkResult> {
  const enter: (Timing | null)[] = [];
  for (let i = 0; i < 8; i++) enter.push(await enterTimed(page, `echo ${i} > zz-bench-${i}.txt`, `zz-bench-${i}.txt`));
  const back = await steps(page, 'ArrowLeft', 10);
  const forward = await steps(page, 'ArrowRight', 10);
  await unfocus(page);
  const undo = await undos(page, 3);
  const ok = enter.filter((x): x is Timing => x !== null);
  return { enter: ok, back: back.times, forward: forward.times, undo, failed: enter.length - ok.length + back.failed + forward.failed };
}
