// node shot.tmp.mjs URL OUT.png W H [--lang zh-CN] [--theme dark] [--sleep ms]
import { chromium } from 'playwright-core';
const [url, out, w, h, ...rest] = process.argv.slice(2);
const opt = (n) => { const i = rest.indexOf(n); return i >= 0 ? rest[i + 1] : undefined; };
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, locale: opt('--lang') ?? 'en-US', colorScheme: opt('--theme') === 'dark' ? 'dark' : 'light' });
const p = await ctx.newPage();
await p.goto(url);
await p.locator('[data-settled=true]').first().waitFor({ timeout: 120000 });
for (const t of rest.filter((_, i) => rest[i - 1] === '--type')) { await p.getByTestId('terminal-input').fill(t); await p.getByTestId('terminal-input').press('Enter'); await p.waitForTimeout(500); await p.locator('[data-settled=true]').first().waitFor({ timeout: 120000 }); }
await p.waitForTimeout(+(opt('--sleep') ?? 800));
await p.screenshot({ path: out });
await b.close();
