// The page object for the visualizer. Specs talk to the app through these
// methods and the data-testid / data-path / data-layer handles, never
// through CSS classes or English text, so wording and styling can change.
import type { Locator, Page } from '@playwright/test';
import type { GridSnapshot } from '../support/grid-expect.ts';

export class LabPage {
  readonly app: Locator;
  readonly terminalInput: Locator;
  readonly grid: Locator;
  readonly resolutionPath: Locator;
  readonly timelineSteps: Locator;
  readonly microSteps: Locator;
  readonly stepBack: Locator;
  readonly stepForward: Locator;
  readonly play: Locator;
  readonly position: Locator;
  readonly notice: Locator;
  readonly fileInput: Locator;
  readonly newSession: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.terminalInput = page.getByTestId('terminal-input');
    this.grid = page.getByTestId('layer-grid');
    this.resolutionPath = page.getByTestId('resolution-path');
    this.timelineSteps = page.getByTestId('timeline-step');
    this.microSteps = page.getByTestId('micro-step');
    this.stepBack = page.getByTestId('step-back');
    this.stepForward = page.getByTestId('step-forward');
    this.play = page.getByTestId('play');
    this.position = page.getByTestId('position');
    this.notice = page.getByTestId('notice');
    this.fileInput = page.getByTestId('open-scenario-file');
    this.newSession = page.getByTestId('new-session');
  }

  /**
   * Opens the app. A first visit shows the seed demo at its start with the
   * lessons in view (issue 9, item 8), in the simple view; specs written for
   * someone who has been here before start from the demo's end with the
   * details in view, so this goes there, as that person would (`firstVisit`
   * to stay). Specs that count micro-steps open it in the full view, as a
   * reader who chose it would (`detail: null` leaves the first-visit default).
   */
  async goto(url = '/', opts: { firstVisit?: boolean; detail?: 'simple' | 'full' | null } = {}) {
    const detail = opts.detail === undefined ? 'full' : opts.detail;
    if (detail !== null) {
      // Once per tab: a reload keeps whatever the page chose since.
      await this.page.addInitScript((d) => {
        if (sessionStorage.getItem('e2e-detail') !== null) return;
        sessionStorage.setItem('e2e-detail', d);
        localStorage.setItem('overlay-lab:detail', d);
      }, detail);
    }
    await this.page.goto(url);
    await this.app.waitFor();
    await this.settled();
    if (opts.firstVisit) return;
    const { position, total } = await this.cursor();
    if (position === 0 && total > 0 && url === '/') {
      await this.page.getByTestId('scrubber').focus();
      await this.page.keyboard.press('End');
      await this.page.getByTestId('tab-details').click();
      await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await this.settled();
    }
  }

  /**
   * Waits until the views show the session as it stands: the engine runs in
   * a worker, so a command, a load or a step is answered a moment later.
   * Then it waits for the next frame to be drawn: a step whose view was made
   * ahead is shown in the click's own task, and what the frame finishes
   * (a caption fitted to its box once laid out) is what a person sees.
   */
  async settled(timeout = 30_000) {
    await this.page.locator('[data-settled=true]').first().waitFor({ timeout });
    await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }

  /** Runs one line as a person would: into the terminal, then Enter. */
  async run(line: string, opts: { keystrokes?: boolean } = {}) {
    if (opts.keystrokes) await this.terminalInput.pressSequentially(line);
    else await this.terminalInput.fill(line);
    await this.terminalInput.press('Enter');
    await this.settled();
  }

  async runAll(lines: readonly string[], opts: { keystrokes?: boolean } = {}) {
    for (const l of lines) await this.run(l, opts);
  }

  row(path: string): Locator {
    return this.grid.locator(`[role=row][data-path="${path}"]`);
  }

  cell(path: string, layer: string): Locator {
    return this.row(path).locator(`[data-layer="${layer}"]`);
  }

  /** Opens a scenario through the file input, as if chosen from disk. */
  async openFile(name: string, text: string) {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/x-shellscript', buffer: Buffer.from(text) });
    await this.settled();
  }

  /** The grid as data: columns, rows and cells with their handles. */
  async gridSnapshot(): Promise<GridSnapshot> {
    await this.settled();
    return this.page.evaluate(() => {
      const grid = document.querySelector('[data-testid=layer-grid]');
      if (!grid) return { empty: !!document.querySelector('[data-testid=grid-empty]'), target: null, phase: null, columns: [], rows: [] };
      const columns = [...grid.querySelectorAll('[role=columnheader][data-layer]')].map((h) => ({ layer: h.getAttribute('data-layer')!, path: h.getAttribute('data-layer-path')! }));
      const rows = [...grid.querySelectorAll('[role=row][data-path]')].map((r) => ({
        path: r.getAttribute('data-path')!,
        cells: [...r.querySelectorAll('[role=gridcell][data-layer]')].map((c) => ({ layer: c.getAttribute('data-layer')!, kind: c.getAttribute('data-kind')!, opaque: c.getAttribute('data-opaque') === 'true' })),
      }));
      return { empty: false, target: grid.getAttribute('data-mount-target'), phase: grid.getAttribute('data-phase'), columns, rows };
    });
  }

  /** The consulted layers of the resolution path, in order. */
  async probes(): Promise<{ layer: string; outcome: string }[]> {
    await this.settled();
    return this.resolutionPath.locator('[data-layer]').evaluateAll((els) => els.map((e) => ({ layer: e.getAttribute('data-layer')!, outcome: e.getAttribute('data-outcome')! })));
  }

  /** "step 12 of 40" as numbers. */
  async cursor(): Promise<{ position: number; total: number }> {
    await this.settled();
    const v = await this.page.getByTestId('scrubber').evaluate((e) => ({ position: Number((e as HTMLInputElement).value), total: Number((e as HTMLInputElement).max) }));
    return v;
  }

  async shareLink(): Promise<string> {
    await this.page.getByTestId('share').click();
    const input = this.page.getByTestId('share-link');
    await input.waitFor();
    return input.inputValue();
  }
}
