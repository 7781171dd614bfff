// JavaScript heap in use after a forced garbage collection: the page's own
// (performance.memory with --enable-precise-memory-info, after CDP
// HeapProfiler.collectGarbage) plus every worker's, found through the
// browser's targets, so history kept in a Web Worker is counted too.
import type { Browser, Page } from 'playwright-core';

export interface Heap {
  /** performance.memory.usedJSHeapSize of the page, bytes. */
  page: number;
  /** Runtime.getHeapUsage of each worker, bytes. */
  workers: number[];
}

type Reply = { id: number; result?: { usedSize?: number }; error?: { message: string } };

export async function heapAfterGc(browser: Browser, page: Page): Promise<Heap> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const used = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : -1')) as number;
  const pageHeap = used >= 0 ? used : ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await cdp.detach();
  return { page: pageHeap, workers: await workerHeaps(browser) };
}

/** Each worker's heap after a GC in it. The benchmark keeps one page open at a time, so every worker is the app's. */
async function workerHeaps(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const workers = targetInfos.filter((t) => /worker/.test(t.type));
    if (workers.length === 0) return [];
    const waiting = new Map<number, (r: Reply) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as Reply;
      waiting.get(m.id)?.(m);
    });
    let id = 0;
    const out: number[] = [];
    for (const w of workers) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: w.targetId, flatten: false })) as { sessionId: string };
      const call = (method: string) =>
        new Promise<Reply>((resolve, reject) => {
          const n = ++id;
          waiting.set(n, resolve);
          setTimeout(() => reject(new Error(`${method} in a worker timed out`)), 60_000);
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) });
        });
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      out.push((await call('Runtime.getHeapUsage')).result?.usedSize ?? 0);
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

export const totalMB = (h: Heap) => (h.page + h.workers.reduce((a, b) => a + b, 0)) / (1 << 20);
