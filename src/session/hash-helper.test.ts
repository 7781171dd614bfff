// The hash helper's client, against a stand-in worker that speaks its
// protocol (the real one runs in the browser's e2e image specs): digests
// equal node:crypto's with hashers interleaved and more bytes than the
// pool holds, never more than the pool out at once, and no helper (so the
// engine hashes itself) when the worker cannot load.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTree, imageTree, memorySource, openImage } from '../image/index.ts';
import { hashHelper } from './hash-helper.ts';
import type { HashReply, HashRequest } from './hash-worker.ts';

type Listener = (e: { data: unknown; message?: string }) => void;

/** A worker in this thread: answers a tick later, as a real one would. */
function fakeWorker(opts: { loads?: boolean } = {}) {
  const listeners = new Map<string, Listener[]>();
  const emit = (type: string, e: { data: unknown; message?: string }) => setTimeout(() => listeners.get(type)?.forEach((l) => l(e)), 0);
  const hashers = new Map<number, ReturnType<typeof createHash>>();
  const stats = { out: 0, maxOut: 0, bytes: 0 };
  const w = {
    addEventListener: (type: string, l: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
    terminate() {},
    postMessage(r: HashRequest) {
      let h = hashers.get(r.id);
      if (!h) hashers.set(r.id, (h = createHash('sha256')));
      if (r.op === 'data') {
        stats.out++;
        stats.maxOut = Math.max(stats.maxOut, stats.out);
        stats.bytes += r.len;
        h.update(new Uint8Array(r.buf, 0, r.len));
        setTimeout(() => {
          stats.out--;
          listeners.get('message')?.forEach((l) => l({ data: { op: 'free', buf: r.buf } satisfies HashReply }));
        }, 0);
      } else {
        emit('message', { data: { op: 'hex', id: r.id, hex: h.digest('hex') } satisfies HashReply });
      }
    },
  };
  if (opts.loads === false) emit('error', { data: null, message: 'no such script' });
  else emit('message', { data: 'ready' satisfies HashReply });
  return { worker: w as unknown as Worker, stats };
}

describe('hashHelper', () => {
  it('gives node:crypto’s digests for interleaved hashers, with at most 8 buffers out', async () => {
    const { worker, stats } = fakeWorker();
    const make = await hashHelper(() => worker).hashers();
    expect(make).toBeDefined();
    const a = make!();
    const b = make!();
    const ra = createHash('sha256');
    const rb = createHash('sha256');
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    // 12 MB in uneven chunks: three times the pool.
    for (let i = 0; i < 120; i++) {
      const chunk = Uint8Array.from({ length: 50_000 + (rand() % 100_000) }, () => rand() & 255);
      const [h, r] = i % 3 === 0 ? [b, rb] : [a, ra];
      r.update(chunk);
      await h.update(chunk);
    }
    const empty = make!();
    expect([await a.hex(), await b.hex(), await empty.hex()]).toEqual([ra.digest('hex'), rb.digest('hex'), createHash('sha256').digest('hex')]);
    expect(stats.maxOut).toBeLessThanOrEqual(8);
    expect(stats.bytes).toBeGreaterThan(10_000_000);
  });

  it('has no hashers when the worker cannot load, so the engine hashes itself', async () => {
    const { worker } = fakeWorker({ loads: false });
    expect(await hashHelper(() => worker).hashers()).toBeUndefined();
  });

  it('opens an image with it as without: the same digests, diff ids and tree', async () => {
    const bytes = new Uint8Array(readFileSync('fixtures/images/ks-oci-gzip.tar'));
    const here = await openImage(memorySource(bytes, 'ks.tar'));
    const { worker, stats } = fakeWorker();
    const helper = hashHelper(() => worker);
    const there = await openImage(memorySource(bytes, 'ks.tar'), { streamHash: () => helper.hashers() });
    expect(stats.bytes).toBeGreaterThan(0);
    expect(there.layers.map((l) => [l.digest, l.diffId])).toEqual(here.layers.map((l) => [l.digest, l.diffId]));
    expect(formatTree(imageTree(there))).toBe(formatTree(imageTree(here)));
  });
});
