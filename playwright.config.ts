// Browser tests run the built app (vite build + vite preview): a production
// bundle starts serving at once and never re-optimizes dependencies mid-test,
// which the dev server can do on a cold cache and 2 cores.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = 4174; // not preview's 4173, so a preview you left running is never tested by mistake
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
