// The WebAssembly sha256 the browser's worker opens images with: the same
// digests as node:crypto, with hashers interleaved chunk by chunk (a blob's,
// its tar's and a file's take turns in one instance), and empty input.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nobleSha256, wasmSha256 } from './hash.ts';

const ref = (parts: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

describe('wasmSha256', () => {
  it('gives node:crypto’s digests, hashers interleaved', async () => {
    const make = (await wasmSha256())!;
    expect(make).not.toBeNull();
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const streams = [0, 1, 2].map(() => [] as Uint8Array[]);
    const hashers = streams.map(() => make());
    for (let i = 0; i < 60; i++) {
      const k = rand() % 3;
      const chunk = Uint8Array.from({ length: rand() % 3000 }, () => rand() & 255);
      streams[k].push(chunk);
      hashers[k].update(chunk);
      // A short-lived hasher in between, as a file's is.
      if (i % 7 === 0) expect(make().hex()).toBe(ref([]));
    }
    expect(hashers.map((h) => h.hex())).toEqual(streams.map(ref));
    const n = nobleSha256();
    n.update(streams[0][0] ?? new Uint8Array(0));
    const w = make();
    w.update(streams[0][0] ?? new Uint8Array(0));
    expect(w.hex()).toBe(n.hex());
  });
});

describe('opening with the one-shot native digest for large files', () => {
  it('gives the same tree (every file’s sha256) as hashing on the spot, with the WebAssembly hash', async () => {
    const { readFileSync } = await import('node:fs');
    const { openImage, imageTree, formatTree, memorySource, webCryptoDigest } = await import('./index.ts');
    const digest = webCryptoDigest();
    expect(digest).toBeDefined();
    const hash = (await wasmSha256())!;
    for (const f of ['ks-oci-gzip.tar', 'ks-docker24-save.tar']) {
      const bytes = new Uint8Array(readFileSync(`fixtures/images/${f}`));
      const plain = formatTree(imageTree(await openImage(memorySource(bytes, f))));
      // Inline limit 0: every non-empty file goes through the one-shot digest.
      const fast = await openImage(memorySource(bytes, f), { hash, digest, inlineLimit: 0 });
      expect(formatTree(imageTree(fast))).toBe(plain);
    }
  });
});
