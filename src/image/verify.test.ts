// Opening with the checks left for later (deferChecks, as the browser does
// to show the grid sooner) gives the same image once verifyImage has run,
// and a layer whose tar is not the config's diff id fails then with the
// error opening would have given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { commitContainer } from './commit.ts';
import { inflateEach } from './compression.ts';
import { isImageError } from './errors.ts';
import { exportImage } from './export.ts';
import { nobleSha256 } from './hash.ts';
import { walkLayer } from './layer.ts';
import { openImage } from './open.ts';
import { memorySource } from './source.ts';
import { formatTree } from './tree.ts';
import { imageVerified, layersToCheck, verifyImage } from './verify.ts';
import { imageTree } from './view.ts';
import { imageWorkspace, startContainer } from './workspace.ts';
import { runInContainer } from './run-script.ts';

const DIR = new URL('../../fixtures/images/', import.meta.url);
const source = (name: string) => memorySource(new Uint8Array(readFileSync(new URL(name, DIR))), name);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Every file's sha256 in every layer, by layer and path. */
function digests(image: Awaited<ReturnType<typeof openImage>>): string[] {
  const out: string[] = [];
  image.layers.forEach((l) => walkLayer(l.tree.root, (path, node) => node.kind === 'file' && out.push(`${l.index} ${path.join('/')} ${node.sha256}`)));
  return out;
}

describe('checks left for later', () => {
  it.each(['ks-oci-gzip.tar', 'ks-oci-zstd.tar', 'ks-oci-plain.tar', 'ks-docker24-save.tar', 'ks-docker25-save.tar', 'ks-podman-docker-archive.tar', 'layer2.tar.gz', 'layer2.tar'])(
    '%s: the same layers, digests and tree as checked at once',
    async (name) => {
      const now = await openImage(source(name), { hash: nobleSha256 });
      const src = source(name);
      const later = await openImage(src, { hash: nobleSha256, deferChecks: true, inlineLimit: 64 });
      expect(imageVerified(now)).toBe(true);
      // Some file waits for its sha256 (every fixture has one that is not empty).
      expect(digests(later).some((d) => d.endsWith(' '))).toBe(true);
      expect(later.layers.map((l) => l.diffId)).toEqual(now.layers.map((l) => l.diffId));
      await verifyImage(src, later, { hash: nobleSha256 });
      expect(imageVerified(later)).toBe(true);
      expect(layersToCheck(later).every((x) => x === null)).toBe(true);
      expect(digests(later)).toEqual(digests(now));
      expect(formatTree(imageTree(later))).toBe(formatTree(imageTree(now)));
    },
  );

  it('an uncompressed blob is hashed once: its digest is its diff id, checked when it is read', async () => {
    const image = await openImage(source('ks-oci-plain.tar'), { hash: nobleSha256, deferChecks: true });
    // Its tar was the blob itself: only the files are left.
    expect(layersToCheck(image).every((l) => l === null || !l.tar)).toBe(true);
  });

  it('a large file read before the checks get to it is read, and its sha256 is then the one the checks find', async () => {
    const src = source('ks-docker24-save.tar');
    const image = await openImage(src, { hash: nobleSha256, deferChecks: true, inlineLimit: 64 });
    const w = startContainer(imageWorkspace(image), 'c');
    const r = runInContainer(w, 'c', 'cat usr/lib/big.bin\n');
    expect(r.timeline.commands[0].status).toBe(0);
    await verifyImage(src, image, { hash: nobleSha256 });
    const now = await openImage(source('ks-docker24-save.tar'), { hash: nobleSha256, inlineLimit: 64 });
    expect(digests(image)).toEqual(digests(now));
  });

  it('a layer whose tar is not the diff id the config lists: opening at once refuses it, opening with checks left for later opens it and verifyImage fails with the same error', async () => {
    // An image whose top layer's config entry is wrong (its blob digest right): made by exporting a commit under a false diff id.
    const src = source('ks-docker24-save.tar');
    const image = await openImage(src);
    const w = runInContainer(startContainer(imageWorkspace(image), 'c'), 'c', 'echo hi > hello\n').workspace;
    const layer = await commitContainer(w, 'c');
    const wrong = `sha256:${'0'.repeat(64)}`;
    const bytes = await collect(exportImage(src, image, [{ tar: layer.tar, diffId: wrong, createdBy: 'RUN echo' }], { format: 'oci', hash: nobleSha256 }));
    const bad = () => memorySource(bytes, 'wrong-diff-id.tar');
    const atOnce = await openImage(bad(), { hash: nobleSha256 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(atOnce) && atOnce.code).toBe('diff-id-mismatch');
    const s = bad();
    const later = await openImage(s, { hash: nobleSha256, deferChecks: true });
    expect(later.layers).toHaveLength(5);
    const after = await verifyImage(s, later, { hash: nobleSha256 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(after) && isImageError(atOnce) && { code: after.code, params: after.params, message: after.message }).toEqual(
      isImageError(atOnce) && { code: atOnce.code, params: atOnce.params, message: atOnce.message },
    );
    expect(isImageError(after) && after.params).toMatchObject({ archive: 'wrong-diff-id.tar', layer: 5, expected: wrong });
    expect(imageVerified(later)).toBe(false);
  });
});

describe('inflateEach (the second read)', () => {
  const gz = (name: string) => new Blob([readFileSync(new URL(name, DIR))]).stream() as ReadableStream<Uint8Array>;
  it('gives the bytes a plain read gives, from a reused buffer', async () => {
    const want = readFileSync(new URL('layer2.tar', DIR));
    const parts: Uint8Array[] = [];
    await inflateEach(gz('layer2.tar.gz'), 'gzip', 'layer2.tar.gz', (c) => parts.push(c.slice()));
    expect(Buffer.concat(parts).equals(want)).toBe(true);
  });
  it.each([
    ['bad/corrupt-gzip.tar.gz', 'decompress-failed'],
    ['bad/truncated-layer.tar.gz', 'truncated'],
  ])('%s fails with %s, as the first read does', async (name, code) => {
    const err = await inflateEach(gz(name), 'gzip', name, () => undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(err) && err.code).toBe(code);
  });
  it('refuses a decompression bomb as the first read does, before it has made the whole output', async () => {
    const zeros = gzipSync(new Uint8Array(8 << 20));
    let made = 0;
    const limits = { maxBytes: 32 << 20, maxRatio: 100, ratioFloor: 1 << 20 };
    const err = await inflateEach(new Blob([zeros]).stream() as ReadableStream<Uint8Array>, 'gzip', 'zeros.tar.gz', (c) => void (made += c.length), { limits }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(err) && err.code).toBe('decompression-bomb');
    expect(made).toBeLessThan(8 << 20);
  });
});
