// The library in a real browser's Web Worker (Debian's Chromium): built by
// Vite as the app builds it, it opens a fixture from a Blob, prints the
// merged tree the kernel recorded, and reads a large file back on demand
// (FileReaderSync) for `cat` in a container. Skipped, and says why, where
// Chromium is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const dir = mkdtempSync(join(tmpdir(), 'image-browser-'));
let server: Server | undefined;
let base = '';

describe.skipIf(!CHROMIUM)(CHROMIUM ? 'src/image in a browser worker' : 'src/image in a browser worker (skipped: no /usr/bin/chromium)', () => {
  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: false, minify: false, lib: { entry: 'tools/image-browser/worker.ts', formats: ['es'], fileName: () => 'worker.js' } },
    });
    const files: Record<string, [string, string | Buffer]> = {
      '/': ['text/html', '<!doctype html><title>image worker</title>'],
      '/worker.js': ['text/javascript', readFileSync(join(dir, 'worker.js'))],
      '/ks.tar': ['application/x-tar', readFileSync('fixtures/images/ks-oci-gzip.tar')],
    };
    server = createServer((req, res) => {
      const f = files[req.url ?? '/'];
      if (!f) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server!.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('opens an OCI archive from a Blob and shows the kernel\'s tree; cat reads a large file on demand', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const page = await browser.newPage();
      await page.goto(base);
      const result = await page.evaluate(
        (url) =>
          new Promise<Record<string, unknown>>((resolve) => {
            const w = new Worker('/worker.js', { type: 'module' });
            w.onmessage = (e) => resolve(e.data);
            w.onerror = (e) => resolve({ error: e.message });
            w.postMessage({ url, name: 'ks-oci-gzip.tar' });
          }),
        `${base}/ks.tar`,
      );
      expect(result.error).toBeUndefined();
      expect(result.hasDS).toBe(true);
      expect(result.tree).toBe(readFileSync('fixtures/images/expected/ks.tree', 'utf8'));
      expect([result.catStatus, result.catLength]).toEqual([0, 3000]);
      expect(result.progress).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
