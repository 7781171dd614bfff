// Issue 8 on the 100,000-entry, 3-layer stack (`?stack=100000&layers=3`):
// Enter to the updated grid, one micro-step back and forward, Undo; and the
// JavaScript heap after 1,000 commands typed into the terminal.
import type { Browser, Page } from 'playwright-core';
import { historyCommand } from '../workload.ts';
import { runLine, timed, total, unfocus, type Timing } from './act.ts';
import { heapAfterGc, totalMB } from './heap.ts';
import { CURSOR_PROBE, rowProbe, TOTAL } from './inpage.ts';
import { freshPage } from './serve.ts';

const STACK_URL = '/?stack=100000&layers=3';

async function openStack(browser: Browser, url: string): Promise<{ close: () => Promise<void>; page: Page }> {
  const { ctx, page } = await freshPage(browser);
  await page.goto(url + STACK_URL);
  await page.locator('[data-testid=layer-grid] [data-path="d0000"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('terminal-input').waitFor();
  return { page, close: () => ctx.close() };
}

const ok = (xs: (Timing | null)[]) => xs.filter((x): x is Timing => x !== null);

/** Enter: a new top-level file, from the Enter keydown to the frame with its row (and the grid settled). */
export async function enterTimed(page: Page, line: string, path: string): Promise<Timing | null> {
  await page.getByTestId('terminal-input').fill(line);
  return timed(page, `${TOTAL} + '|' + ${rowProbe(path)}`, () => page.getByTestId('terminal-input').press('Enter'), { timeoutMs: 300_000 });
}

/** Up to `n` presses of a stepping key (fewer if `budgetMs` runs out), each timed from keydown to the frame showing the new position. */
export async function steps(page: Page, key: string, n: number, budgetMs = Infinity): Promise<{ times: Timing[]; failed: number }> {
  await unfocus(page);
  const out: (Timing | null)[] = [];
  const start = performance.now();
  for (let i = 0; i < n && performance.now() - start < budgetMs; i++) out.push(await timed(page, CURSOR_PROBE, () => page.keyboard.press(key), { timeoutMs: 60_000 }));
  return { times: ok(out), failed: out.length - ok(out).length };
}

/** Undo by its button, from the click to the frame without the last command (grid settled). */
export async function undos(page: Page, n: number): Promise<Timing[]> {
  const out: (Timing | null)[] = [];
  for (let i = 0; i < n; i++) out.push(await timed(page, TOTAL, () => page.getByTestId('undo').click(), { timeoutMs: 300_000 }));
  return ok(out);
}

export interface StackResult {
  enter: Timing[];
  back: Timing[];
  forward: Timing[];
  undo: Timing[];
  failed: number;
}

export async function stackInteraction(browser: Browser, url: string): Promise<StackResult> {
  const { page, close } = await openStack(browser, url);
  try {
    const enter: (Timing | null)[] = [];
    for (let i = 0; i < 8; i++) enter.push(await enterTimed(page, `echo ${i} > merged/zz-bench-${i}.txt`, `zz-bench-${i}.txt`));
    const back = await steps(page, 'ArrowLeft', 10);
    const forward = await steps(page, 'ArrowRight', 10);
    const undo = await undos(page, 3);
    return { enter: ok(enter), back: back.times, forward: forward.times, undo, failed: enter.length - ok(enter).length + back.failed + forward.failed + (3 - undo.length) };
  } finally {
    await close();
  }
}

export interface HeapResult {
  commands: number;
  wanted: number;
  microSteps: number;
  /** MB after GC: the stack alone, then after the commands (page + workers). */
  before: number;
  after: number;
  workers: number;
  /** Why typing stopped before `wanted`, if it did. */
  stopped: string | null;
  /** ms per command, Enter to the session having grown, seen from the benchmark (not to paint). */
  perCommand: number[];
  enterAfter: Timing | null;
  undoAfter: Timing[];
}

/**
 * Types `wanted` commands into the terminal, then reads the heap after GC.
 * Stops early, and says why, when `budgetMs` runs out or the heap passes
 * `capMB` (checked every 25 commands): a heap growing without bound would
 * otherwise crash the tab before the count is reached.
 */
export async function heapAfterCommands(browser: Browser, url: string, wanted: number, budgetMs: number, capMB: number, progress: (s: string) => void): Promise<HeapResult> {
  const { page, close } = await openStack(browser, url);
  try {
    const before = totalMB(await heapAfterGc(browser, page));
    const perCommand: number[] = [];
    const start = performance.now();
    let stopped: string | null = null;
    let i = 0;
    while (i < wanted) {
      if (performance.now() - start > budgetMs) {
        stopped = `the ${(budgetMs / 1000).toFixed(0)} s budget ran out`;
        break;
      }
      const t = performance.now();
      await runLine(page, historyCommand(i));
      perCommand.push(performance.now() - t);
      i++;
      if (i % 25 === 0 && i < wanted) {
        const mb = totalMB(await heapAfterGc(browser, page));
        progress(`  ${i} commands typed (${((performance.now() - start) / 1000).toFixed(0)} s): ${mb.toFixed(0)} MB`);
        if (mb > capMB) {
          stopped = `the heap passed ${capMB} MB`;
          break;
        }
      }
    }
    const microSteps = await total(page);
    const after = await heapAfterGc(browser, page);
    const enterAfter = await enterTimed(page, 'echo last > merged/zz-bench-last.txt', 'zz-bench-last.txt');
    const undoAfter = await undos(page, 3);
    return { commands: i, wanted, microSteps, before, after: totalMB(after), workers: after.workers.length, stopped, perCommand, enterAfter, undoAfter };
  } finally {
    await close();
  }
}
