// Screenshots of the screens issue 9 asks to be looked at, in every size,
// language and theme it names, for a person to look at (not compared by a
// test). Run against the built app:
//
//   npx tsx tools/dev/screenshots.ts [--base URL] [--out DIR] [--only a,b] [--sizes 1280x720,390x844] [--langs en] [--themes dark] [--image FILE]
//
// Without --base it builds the app (npm run build) and serves it with
// `vite preview` on port 5201 for the run. PNGs go to /tmp/shots by default,
// named SCREEN-WxH-LANG-THEME.png; nothing here is committed.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

interface Size { w: number; h: number }
type Lang = 'en' | 'zh-CN';
type Theme = 'light' | 'dark';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1] ?? '');
const OUT = args.get('out') ?? '/tmp/shots';
const PORT = 5201;
let base = args.get('base') ?? '';

const DESKTOP: Size[] = [{ w: 1280, h: 720 }, { w: 1920, h: 1080 }];
const SMALL: Size[] = [{ w: 820, h: 1180 }, { w: 390, h: 844 }];
const phone = (s: Size) => s.w < 768;

/** A scenario that lists a directory merged from three layers: names added, hidden by a whiteout, hidden by a name above, an opaque directory. */
const READDIR = [
  '# title: ls merged',
  'mkdir low mid upper work merged',
  'echo a > low/a.txt',
  'echo b > low/b.txt',
  'echo old > mid/b.txt',
  'echo m > mid/m.txt',
  'mkdir low/d mid/d',
  'echo x > low/d/x',
  'mount -t overlay overlay -o lowerdir=./mid:./low,upperdir=./upper,workdir=./work ./merged',
  'rm merged/a.txt',
  'echo c > merged/c.txt',
  'ls merged',
  '',
].join('\n');

async function settled(page: Page) {
  await page.locator('[data-settled=true]').first().waitFor({ timeout: 60_000 });
}

/** Waits for the whole session to be loaded (commands arrive a few at a time), then for the views. */
async function loaded(page: Page) {
  await settled(page);
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const max = Number(await page.getByTestId('scrubber').getAttribute('max').catch(() => '0'));
    if (max === last) break;
    last = max;
    await page.waitForTimeout(250);
  }
  await settled(page);
}

async function seek(page: Page, position: number) {
  await page.getByTestId('scrubber').fill(String(position));
  await settled(page);
}

/** Shows a panel on a phone (its tab); on wider screens every panel is shown already. */
async function panel(page: Page, size: Size, name: 'stack' | 'grid' | 'terminal' | 'side' | 'steps') {
  if (phone(size)) await page.getByTestId(`phone-tab-${name}`).click();
}

interface Screen {
  name: string;
  /** Which screen sizes it is taken at. */
  on: (s: Size) => boolean;
  /** Detail level stored before the page opens (null: the page's own default, as on a first visit). */
  detail?: 'simple' | 'full' | null;
  go: (page: Page, size: Size) => Promise<void>;
}

const everywhere = () => true;

const SCREENS: Screen[] = [
  {
    name: 'first-visit',
    on: everywhere,
    detail: null,
    go: async (page) => {
      await page.goto(`${base}/`);
      await loaded(page);
    },
  },
  {
    name: 'lesson1-before-mount',
    on: everywhere,
    detail: null,
    go: async (page, size) => {
      await page.goto(`${base}/?lesson=four-dirs`);
      await loaded(page);
      await panel(page, size, 'side');
    },
  },
  {
    name: 'copy-up-mid-flight',
    on: everywhere,
    detail: 'full',
    go: async (page, size) => {
      await page.goto(`${base}/?scenario=seed-copy-up-whiteout.sh&step=20`);
      await loaded(page);
      await seek(page, 20);
      await panel(page, size, 'stack');
      await page.getByTestId('step-forward').click();
      // The token flies for 650 ms: catch it on its way.
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'whiteout',
    on: everywhere,
    detail: 'full',
    go: async (page, size) => {
      await page.goto(`${base}/?scenario=seed-copy-up-whiteout.sh&step=31`);
      await loaded(page);
      await seek(page, 31);
      await panel(page, size, 'grid');
    },
  },
  {
    name: 'opaque-dir',
    on: everywhere,
    detail: 'full',
    go: async (page, size) => {
      await page.goto(`${base}/?scenario=mkdir-over-whiteout-opaque.sh&step=31`);
      await loaded(page);
      await seek(page, 31);
      await panel(page, size, 'grid');
    },
  },
  {
    name: 'ls-merged-readdir',
    on: everywhere,
    detail: 'full',
    go: async (page, size) => {
      await page.goto(`${base}/?scenario=seed-copy-up-whiteout.sh`);
      await loaded(page);
      await page.getByTestId('open-scenario-file').setInputFiles({ name: 'ls-merged.sh', mimeType: 'text/x-shellscript', buffer: Buffer.from(READDIR) });
      await loaded(page);
      await panel(page, size, 'steps');
      const ls = page.getByTestId('timeline-step').filter({ hasText: 'ls merged' });
      await ls.getByTestId('command-seek').click();
      await settled(page);
      await ls.locator('[data-testid=micro-step][data-event=readdir]').nth(1).getByRole('button').click();
      await settled(page);
    },
  },
  {
    name: 'stack-100000',
    on: everywhere,
    detail: null,
    go: async (page, size) => {
      await page.goto(`${base}/?stack=100000&layers=3`);
      await loaded(page);
      await panel(page, size, 'grid');
    },
  },
  {
    // An image's Image tab while its checks run after the grid (diff ids, files' digests): --image names one big
    // enough for them to last (python3 scripts/make-synthetic-image.py /tmp/synth.tar makes one in seconds).
    name: 'image-checking',
    on: (size) => !phone(size),
    detail: null,
    go: async (page) => {
      await page.goto(`${base}/`);
      await loaded(page);
      await page.getByTestId('open-image-file').setInputFiles(args.get('image') ?? 'fixtures/images/ks-docker25-save.tar');
      await page.getByTestId('image-verifying').waitFor({ timeout: 60_000 });
      await page.getByTestId('tab-image').click();
    },
  },
  {
    name: 'presenter',
    on: everywhere,
    detail: null,
    go: async (page) => {
      await page.goto(`${base}/?scenario=seed-copy-up-whiteout.sh&step=19&present=1`);
      await page.getByTestId('presenter').waitFor({ timeout: 60_000 });
      await loaded(page);
      await page.waitForTimeout(800);
    },
  },
];

async function serve(): Promise<ChildProcess | null> {
  if (base) return null;
  base = `http://127.0.0.1:${PORT}`;
  const up = await fetch(base).then(() => true, () => false);
  if (up) return null;
  const build = spawnSync('npm', ['run', '-s', 'build', '--', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  for (let i = 0; i < 60; i++) {
    if (await fetch(base).then(() => true, () => false)) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

async function shoot(browser: Browser, screen: Screen, size: Size, lang: Lang, theme: Theme) {
  const file = join(OUT, `${screen.name}-${size.w}x${size.h}-${lang}-${theme}.png`);
  const small = size.w < 1280;
  const context = await browser.newContext({
    viewport: { width: size.w, height: size.h },
    locale: lang,
    colorScheme: theme,
    hasTouch: small,
    isMobile: phone(size),
    serviceWorkers: 'block',
  });
  if (screen.detail) await context.addInitScript((d) => { if (!sessionStorage.getItem('shots')) { sessionStorage.setItem('shots', '1'); localStorage.setItem('overlay-lab:detail', d); } }, screen.detail);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await screen.go(page, size);
    await page.screenshot({ path: file });
    console.log(`${file}${errors.length ? `  (page errors: ${errors.join('; ')})` : ''}`);
  } catch (e) {
    console.log(`${file}: FAILED ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: file }).catch(() => {});
  } finally {
    await context.close();
  }
}

const server = await serve();
mkdirSync(OUT, { recursive: true });
const only = args.get('only')?.split(',');
const sizes = args.get('sizes')?.split(',').map((s) => { const [w, h] = s.split('x').map(Number); return { w, h }; }) ?? [...DESKTOP, ...SMALL];
const langs = (args.get('langs')?.split(',') ?? ['en', 'zh-CN']) as Lang[];
const themes = (args.get('themes')?.split(',') ?? ['light', 'dark']) as Theme[];
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const size of sizes)
    for (const screen of SCREENS.filter((s) => s.on(size) && (!only || only.includes(s.name))))
      for (const lang of langs) for (const theme of themes) await shoot(browser, screen, size, lang, theme);
} finally {
  await browser.close();
  server?.kill();
}
