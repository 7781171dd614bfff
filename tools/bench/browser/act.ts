// Timing one user action in the page: arm a watcher, act with real input
// (Playwright's keyboard and mouse), read back what the page saw.
import type { Page } from 'playwright-core';
import { ARM, TOTAL } from './inpage.ts';

export interface Timing {
  /** ms from the input event until the probe changed. */
  done: number;
  /** ... until the first frame painted after that. */
  paint: number;
  /** ... until the frame after the grid's last change (>= paint). */
  settled: number;
}

/** Times `act` (which must make a trusted keydown or pointerdown) until `probe` changes; null on timeout. */
export async function timed(page: Page, probe: string, act: () => Promise<unknown>, opts: { quietMs?: number; timeoutMs?: number } = {}): Promise<Timing | null> {
  const arm = { probe, quietMs: opts.quietMs ?? 150, timeoutMs: opts.timeoutMs ?? 120_000 };
  await page.evaluate(`(${ARM})(${JSON.stringify(arm)})`);
  await act();
  const r = (await page.evaluate('window.__benchPending')) as Timing & { timeout?: boolean };
  return r.timeout ? null : r;
}

/** Takes focus off any field, so the page-wide stepping keys apply. */
export async function unfocus(page: Page): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
}

/** The session's micro-step count (the scrubber's maximum). */
export async function total(page: Page): Promise<number> {
  return (await page.evaluate(TOTAL)) as number;
}

/** Waits until the session has at least `min` micro-steps and the count has stopped changing. */
export async function waitForTotal(page: Page, min: number, timeout = 300_000): Promise<number> {
  await page.waitForFunction(`${TOTAL} >= ${min}`, undefined, { timeout, polling: 100 });
  return total(page);
}

/** Opens a script through the app's file input, as if chosen from disk; resolves when its micro-steps are in. */
export async function openScript(page: Page, name: string, text: string, minTotal: number): Promise<{ ms: number; total: number }> {
  const t = performance.now();
  await page.getByTestId('open-scenario-file').setInputFiles({ name, mimeType: 'text/x-shellscript', buffer: Buffer.from(text) });
  const n = await waitForTotal(page, minTotal);
  return { ms: performance.now() - t, total: n };
}

/** Types a line into the terminal and runs it; resolves when the session has more micro-steps than before. */
export async function runLine(page: Page, line: string, timeout = 300_000): Promise<void> {
  const before = await total(page);
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(`${TOTAL} > ${before}`, undefined, { timeout, polling: 20 });
}
