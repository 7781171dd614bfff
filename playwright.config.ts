// Browser tests run the built app (vite build + vite preview): a production
// bundle starts serving at once and never re-optimizes dependencies mid-test,
// which the dev server can do on a cold cache and 2 cores.
import { defineConfig, devices } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A port free right now, so two checkouts on one machine can test at once
 * and a server left running is never tested by mistake. Found in a child
 * process because the config must be built synchronously.
 */
function freePort(): string {
  const probe = "const s = require('net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout;
}

// The runner loads this file first and its workers inherit its environment:
// set once here, every process agrees on the port.
process.env.OVERLAY_LAB_E2E_PORT ||= freePort();
const PORT = Number(process.env.OVERLAY_LAB_E2E_PORT);
if (!Number.isInteger(PORT) || PORT <= 0) throw new Error('playwright.config.ts: could not find a free port');
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (scripts/setup.mjs installs it); Playwright cannot download its own here.
// Elsewhere, fall back to Playwright's bundled browser if `npx playwright install` was run.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // Without the background-networking flags Chromium keeps dialling
          // Google services, which this machine's closed network refuses.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run -s build -- --logLevel warn && npm run -s preview -- --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Always a fresh build: reusing a server could test stale code.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
