// Code that runs inside the page, as plain source: tsx compiles TypeScript
// with helpers (such as __name) that do not exist in the page, so functions
// cannot be passed as they are. Everything here finds the app through its
// stable handles (data-testid, data-path, data-layer, data-kind) and plain
// DOM events, never through classes, components or the app's globals.
// What it installs on window is the benchmark's own (window.__bench*).

/**
 * Arms a watcher before an action the benchmark then performs with real
 * input (a key press, a click): t0 is the timeStamp of the first trusted
 * keydown or pointerdown after arming; "done" is when `probe` (an
 * expression) first differs from its value at arming, "paint" the first
 * frame after that, and "settled" the frame after the last change inside
 * the grid that followed (if the grid catches up later, as it may when the
 * engine runs off the main thread), once the grid has been quiet for
 * `quietMs`. Resolves window.__benchPending with
 * { done, paint, settled } in ms from t0, or { timeout: true }.
 */
export const ARM = `({ probe, quietMs, timeoutMs }) => {
  const read = new Function('return (' + probe + ')');
  const start = read();
  let t0 = 0, tDone = 0, tPaint = 0, tSettled = 0, lastGrid = 0, finished = false;
  const frame = (cb) => requestAnimationFrame(() => setTimeout(cb));
  let resolve;
  window.__benchPending = new Promise((r) => (resolve = r));
  const finish = (v) => {
    if (finished) return;
    finished = true;
    obs.disconnect();
    removeEventListener('keydown', onInput, true);
    removeEventListener('pointerdown', onInput, true);
    resolve(v);
  };
  const onInput = (e) => { if (!t0 && e.isTrusted) t0 = e.timeStamp; };
  addEventListener('keydown', onInput, true);
  addEventListener('pointerdown', onInput, true);
  const quiet = () => {
    if (finished) return;
    if (performance.now() - lastGrid < quietMs) return setTimeout(quiet, quietMs / 2);
    finish({ done: tDone - t0, paint: tPaint - t0, settled: Math.max(tPaint, tSettled) - t0 });
  };
  const check = () => {
    if (tDone || !t0 || read() === start) return;
    tDone = performance.now();
    frame(() => { tPaint = performance.now(); lastGrid = Math.max(lastGrid, tPaint); quiet(); });
  };
  const obs = new MutationObserver((records) => {
    const grid = document.querySelector('[data-testid=layer-grid]');
    if (tDone && grid && records.some((r) => grid.contains(r.target))) {
      lastGrid = performance.now();
      frame(() => (tSettled = performance.now()));
    }
    check();
  });
  obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-kind', 'data-path', 'data-phase', 'aria-rowcount', 'max', 'disabled'] });
  const poll = () => { if (finished) return; check(); setTimeout(poll, 50); };
  poll();
  setTimeout(() => finish({ timeout: true }), timeoutMs);
}`;

/** The probe for "the cursor moved": the position text and the caption of the micro-step. */
export const CURSOR_PROBE = `(document.querySelector('[data-testid=position]')?.textContent ?? '') + '|' + (document.querySelector('[data-testid=now-caption]')?.textContent ?? '')`;

/** The probe for "this row is in the grid" (or gone from it). */
export const rowProbe = (path: string) => `!!document.querySelector('[data-testid=layer-grid] [data-path="${path.replace(/["\\]/g, '\\$&')}"]')`;

/** The number of micro-steps in the session: the scrubber's maximum (a range input's max, or a slider's aria-valuemax). */
export const TOTAL = `((s) => Number(s?.getAttribute('max') ?? s?.getAttribute('aria-valuemax') ?? -1))(document.querySelector('[data-testid=scrubber]'))`;

/**
 * Records every animation frame until window.__benchStopFrames() is called;
 * that resolves with each frame's interval and how many distinct cursor
 * positions the page showed meanwhile.
 */
export const RECORD_FRAMES = `() => {
  const out = [];
  const seen = new Set();
  let last = 0, stop = false, resolve;
  const done = new Promise((r) => (resolve = r));
  const pos = () => document.querySelector('[data-testid=position]')?.textContent ?? '';
  const tick = (now) => {
    if (last) out.push(now - last);
    last = now;
    seen.add(pos());
    if (stop) resolve({ frames: out, positions: seen.size });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchStopFrames = () => { stop = true; return done; };
}`;

/** Collects main-thread long tasks (> 50 ms) until window.__benchStopLongTasks() resolves with their durations. */
export const RECORD_LONG_TASKS = `() => {
  const tasks = [];
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  po.observe({ type: 'longtask' });
  window.__benchStopLongTasks = () => new Promise((r) => setTimeout(() => { for (const e of po.takeRecords()) tasks.push(e.duration); po.disconnect(); r(tasks); }));
}`;

/** From the Enter keydown to the first frame painted with the new row (resolves with ms). */
export const ENTER_TO_ROW = `(path) => new Promise((resolve) => {
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
export const SCROLL_FOR_4S = `new Promise((resolve) => {
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
