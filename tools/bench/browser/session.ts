// Issue 8 on long sessions opened as a script through the app's file input:
// a scrubber sweep over a 1,000-command script, and rm -rf of a
// 10,000-entry lower directory (long tasks while it runs, then stepping
// through its micro-steps).
import type { Browser, Page } from 'playwright-core';
import { openScript, timed, unfocus, type Timing } from './act.ts';
import { heapAfterGc, totalMB } from './heap.ts';
import { RECORD_FRAMES, RECORD_LONG_TASKS, TOTAL } from './inpage.ts';
import { bigDirScript, longScript } from './scripts.ts';
import { freshPage } from './serve.ts';
import { enterTimed, steps, undos } from './stack.ts';

export interface Sweep {
  frames: number[];
  positions: number;
  ms: number;
}

/** Drags the scrubber's thumb from one end to the other over `ms`, moving the mouse as fast as the page takes it. */
async function sweep(page: Page, ms: number, leftToRight: boolean): Promise<Sweep> {
  const scrubber = page.getByTestId('scrubber');
  await scrubber.scrollIntoViewIfNeeded();
  const box = await scrubber.boundingBox();
  if (!box) throw new Error('the scrubber is not on screen');
  const y = box.y + box.height / 2;
  const [from, to] = leftToRight ? [box.x + 1, box.x + box.width - 1] : [box.x + box.width - 1, box.x + 1];
  await page.mouse.move(from, y);
  await page.evaluate(`(${RECORD_FRAMES})()`);
  const start = performance.now();
  await page.mouse.down();
  for (let f = 0; f < 1; f = Math.min(1, (performance.now() - start) / ms)) await page.mouse.move(from + (to - from) * f, y);
  await page.mouse.move(to, y);
  await page.mouse.up();
  const elapsed = performance.now() - start;
  const r = (await page.evaluate('window.__benchStopFrames()')) as { frames: number[]; positions: number };
  return { ...r, ms: elapsed };
}

export interface LongScriptResult {
  commands: number;
  microSteps: number;
  loadMs: number;
  sweeps: Sweep[];
  back: Timing[];
  enter: Timing | null;
  undo: Timing[];
}

export async function longSession(browser: Browser, url: string, commands: number, sweepMs: number): Promise<LongScriptResult> {
  const { ctx, page } = await freshPage(browser);
  try {
    await page.goto(url);
    await page.getByTestId('app').waitFor({ timeout: 60_000 });
    const load = await openScript(page, `bench-${commands}.sh`, longScript(commands), commands);
    const sweeps = [await sweep(page, sweepMs, false), await sweep(page, sweepMs, true)];
    // Back at the end: a few micro-steps back, one more command, Undo.
    await unfocus(page);
    await page.keyboard.press('End');
    const back = await steps(page, 'ArrowLeft', 5);
    const enter = await enterTimed(page, 'echo more > merged/zz-bench.txt', 'zz-bench.txt');
    const undo = await undos(page, 3);
    return { commands, microSteps: load.total, loadMs: load.ms, sweeps, back: back.times, enter, undo };
  } finally {
    await ctx.close();
  }
}

/** Stepping that slow (seconds a step) must not hold the benchmark for an hour: each direction gets 5 minutes. */
const STEP_BUDGET_MS = 300_000;

export interface RmResult {
  entries: number;
  loadMs: number;
  microSteps: number;
  run: Timing | null;
  longTasks: number[];
  heapMB: number;
  back: Timing[];
  forward: Timing[];
  failed: number;
}

/** rm -rf of a lower directory of `entries` files, typed into the terminal; then `n` steps back from its end and `n` forward from its start. */
export async function rmRf(browser: Browser, url: string, entries: number, n: number): Promise<RmResult> {
  const { ctx, page } = await freshPage(browser);
  try {
    await page.goto(url);
    await page.getByTestId('app').waitFor({ timeout: 60_000 });
    const load = await openScript(page, `bench-rm-${entries}.sh`, bigDirScript(entries), entries);
    const heapBefore = await heapAfterGc(browser, page);
    await page.getByTestId('terminal-input').fill('rm -rf merged/big');
    await page.evaluate(`(${RECORD_LONG_TASKS})()`);
    const run = await timed(page, TOTAL, () => page.getByTestId('terminal-input').press('Enter'), { timeoutMs: 600_000, quietMs: 500 });
    await page.waitForTimeout(1000);
    const longTasks = (await page.evaluate('window.__benchStopLongTasks()')) as number[];
    const microSteps = ((await page.evaluate(TOTAL)) as number) - load.total;
    const heapAfter = await heapAfterGc(browser, page);
    const back = await steps(page, 'ArrowLeft', n, STEP_BUDGET_MS);
    // Shift+ArrowLeft: to the start of the command the cursor is in.
    await page.keyboard.press('Shift+ArrowLeft');
    const forward = await steps(page, 'ArrowRight', n, STEP_BUDGET_MS);
    return { entries, loadMs: load.ms, microSteps, run, longTasks, heapMB: totalMB(heapAfter) - totalMB(heapBefore), back: back.times, forward: forward.times, failed: back.failed + forward.failed };
  } finally {
    await ctx.close();
  }
}
