// Every fixture (made by buildah, skopeo and podman, or derived from their
// output by scripts/image-fixtures.py) opened through the library: its
// format told apart, its merged tree as the kernel recorded it
// (fixtures/images/expected, written by the image oracle), its bad
// siblings refused with a stable code, nothing kept from them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeImage, pathVersions } from './analysis.ts';
import { isImageError, type ImageErrorCode } from './errors.ts';
import { historyOf, type Image } from './image.ts';
import { openImage, type OpenOptions, type OpenProgress } from './open.ts';
import { memorySource } from './source.ts';
import { formatTree } from './tree.ts';
import { imageTree } from './view.ts';

const DIR = new URL('../../fixtures/images/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected/index.json', DIR), 'utf8')) as Record<string, string>;
const load = (name: string) => memorySource(new Uint8Array(readFileSync(new URL(name, DIR))), name);
const open = (name: string, opts?: OpenOptions) => openImage(load(name), opts);

const FORMATS: Record<string, [string, string[]]> = {
  'ks-skopeo-docker-archive.tar': ['docker-archive', ['docker.io/library/ks:latest']],
  'ks-podman-docker-archive.tar': ['docker-archive', ['localhost/ks:latest']],
  'ks-docker24-save.tar': ['docker-archive', ['ks:latest']],
  'ks-docker25-save.tar': ['docker-oci', ['ks:latest']],
  'ks-containerd-export.tar': ['oci-index', ['docker.io/library/ks:latest']],
  'ks-oci-gzip.tar': ['oci-archive', ['ks:latest']],
  'ks-oci-zstd.tar': ['oci-archive', ['ks:latest']],
  'ks-oci-plain.tar': ['oci-archive', ['ks:latest']],
  'layer2.tar': ['layer', []],
  'layer2.tar.gz': ['layer', []],
  'layer2.tar.zst': ['layer', []],
  'stray-whiteout.tar': ['layer', []],
};

describe('every fixture, as the kernel sees it', () => {
  it('lists every fixture that has a recorded kernel tree', () => {
    expect(Object.keys(FORMATS).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(FORMATS))('%s: its format, refs, and the merged tree the kernel recorded', async (name) => {
    const image = await open(name);
    expect([image.format, image.refs]).toEqual(FORMATS[name]);
    expect(formatTree(imageTree(image))).toBe(readFileSync(new URL(`expected/${expected[name]}`, DIR), 'utf8'));
  });

  it('reads every compression the same: gzip, zstd and plain layers give one tree', async () => {
    const [gz, zst, plain] = await Promise.all(['ks-oci-gzip.tar', 'ks-oci-zstd.tar', 'ks-oci-plain.tar'].map((n) => open(n)));
    expect(gz.layers.map((l) => l.compression)).toEqual(['gzip', 'gzip', 'gzip', 'gzip']);
    expect(zst.layers.map((l) => l.compression)).toEqual(['zstd', 'zstd', 'zstd', 'zstd']);
    expect(plain.layers.map((l) => l.compression)).toEqual(['none', 'none', 'none', 'none']);
    expect(gz.layers.map((l) => l.diffId)).toEqual(plain.layers.map((l) => l.diffId));
    expect(zst.layers.map((l) => l.diffId)).toEqual(plain.layers.map((l) => l.diffId));
  });

  it('keeps large files out of memory and still hashes them right (every file lazy here)', async () => {
    const image = await open('ks-oci-zstd.tar', { inlineLimit: 0 });
    expect(formatTree(imageTree(image))).toBe(readFileSync(new URL('expected/ks.tree', DIR), 'utf8'));
  });
});

describe('history and layers', () => {
  it('matches each layer to the step that made it, the empty one included', async () => {
    const image = await open('ks-docker24-save.tar');
    expect(image.history.map((h) => [h.layer, h.createdBy.split(' ')[0]])).toEqual([
      [1, 'COPY'],
      [2, 'RUN'],
      [3, 'RUN'],
      [4, 'ENV'],
    ]);
    expect(image.layers.map((l) => [l.tree.stats.whiteouts, l.tree.stats.opaqueDirs])).toEqual([
      [0, 0],
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(image.layers[3].tree.stats.entries).toBe(0);
  });
});

describe('history without layers', () => {
  it('keeps ENV/CMD steps as empty layers and matches the others to layers in order', () => {
    const layers = [1, 2].map((index) => ({ index, tree: { stats: { bytes: index * 10 } } })) as unknown as Image['layers'];
    const rows = historyOf({ history: [{ created_by: 'ADD rootfs /' }, { created_by: 'ENV A=1', empty_layer: true }, { created_by: 'RUN x' }, { created_by: 'CMD ["sh"]', empty_layer: true }] }, layers);
    expect(rows.map((r) => [r.createdBy, r.emptyLayer, r.layer, r.size])).toEqual([
      ['ADD rootfs /', false, 1, 10],
      ['ENV A=1', true, undefined, 0],
      ['RUN x', false, 2, 20],
      ['CMD ["sh"]', true, undefined, 0],
    ]);
    // A history that does not match the layers is not guessed at: one plain row per layer.
    expect(historyOf({ history: [{ created_by: 'only one' }] }, layers).map((r) => [r.createdBy, r.layer])).toEqual([
      ['', 1],
      ['', 2],
    ]);
  });
});

describe('wasted space', () => {
  it('counts exactly the stored bytes the merged view cannot reach, a hard-linked file once', async () => {
    const a = analyzeImage(await open('ks-oci-gzip.tar'));
    // big.bin (3000, chmod copied it up), passwd (67, appended to), motd (19, deleted),
    // /opt/thing/config (6, its directory became a file), the /opt/thing file (11, a directory again).
    expect(a.hiddenBytes).toBe(3000 + 67 + 19 + 6 + 11);
    expect(a.layers.map((l) => l.hiddenBytes)).toEqual([3000 + 67 + 19 + 6, 11, 0, 0]);
    expect(a.topWasted.map((w) => [w.path, w.layer, w.by.kind, w.by.layer])).toEqual([
      ['/usr/lib/big.bin', 1, 'overwritten', 2],
      ['/etc/passwd', 1, 'overwritten', 2],
      ['/etc/motd', 1, 'whiteout', 2],
      ['/opt/thing', 2, 'overwritten', 3],
      ['/opt/thing/config', 1, 'overwritten', 2],
    ]);
    // The hard-linked libdata lost one name in layer 2 but is still reachable: not waste.
    expect(a.topWasted.some((w) => w.path.includes('libdata'))).toBe(false);
    // dive counts both copies of every path seen twice, and nothing for the deleted motd.
    expect(a.dive.wastedBytes).toBeGreaterThan(a.hiddenBytes);
  });

  it('tells every version of a path and what hid it', async () => {
    const image = await open('ks-oci-plain.tar');
    const v = pathVersions(image, '/opt/thing');
    expect(v.map((x) => [x.layer, x.node.kind, x.status.kind === 'hidden' ? `${x.status.by.kind}@${x.status.by.layer}` : x.status.kind])).toEqual([
      [1, 'dir', 'overwritten@2'],
      [2, 'file', 'overwritten@3'],
      [3, 'dir', 'visible'],
    ]);
    const logs = pathVersions(image, '/var/log');
    expect(logs.map((x) => [x.layer, x.node.opaque, x.status.kind])).toEqual([
      [1, false, 'hidden'],
      [2, true, 'visible'],
    ]);
    expect(pathVersions(image, '/etc/motd').map((x) => [x.layer, x.status.kind])).toEqual([
      [1, 'hidden'],
      [2, 'whiteout'],
    ]);
  });
});

describe('held-out images from other producers (scripts/make-heldout-images.sh)', () => {
  // umoci's own layers (and skopeo's docker-archive of them), podman import + build + save:
  // the merged tree the kernel recorded, and hiddenBytes as counted by hand from the layer tars.
  const HELD: [string, string, number, number][] = [
    ['ho-umoci-oci.tar', 'oci-archive', 6174, 89],
    ['ho-umoci-skopeo-docker-archive.tar', 'docker-archive', 6174, 89],
    ['ho-podman-oci.tar', 'oci-archive', 79, 10],
    ['ho-podman-docker-archive.tar', 'docker-archive', 79, 10],
  ];
  it.each(HELD)('%s: its format, the kernel’s tree, stored and hidden bytes', async (name, format, stored, hidden) => {
    const image = await open(`heldout/${name}`);
    expect(image.format).toBe(format);
    expect(formatTree(imageTree(image))).toBe(readFileSync(new URL(`heldout/expected/${name.replace(/\.tar$/, '.tree')}`, DIR), 'utf8'));
    const a = analyzeImage(image, 10);
    expect([a.storedBytes, a.hiddenBytes]).toEqual([stored, hidden]);
  });

  it('refuses umoci’s whiteout under a path its own layer made a file (as Docker’s and containerd’s appliers do), naming the entry', async () => {
    const err = await open('heldout/quirks/umoci-whiteout-under-file.tar').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(err) && err.code).toBe('parent-not-dir');
    expect(isImageError(err) && err.message).toContain('var/lib/state/.wh.file');
  });
});

describe('bad input', () => {
  const BAD: [string, ImageErrorCode][] = [
    ['not-an-archive.bin', 'not-an-archive'],
    ['truncated-archive.tar', 'truncated'],
    ['truncated-layer.tar.gz', 'truncated'],
    ['corrupt-gzip.tar.gz', 'decompress-failed'],
    ['corrupt-zstd.tar.zst', 'decompress-failed'],
    ['missing-blob.tar', 'missing-blob'],
    ['digest-mismatch.tar', 'digest-mismatch'],
    ['dotdot.tar', 'unsafe-path'],
    ['absolute.tar', 'unsafe-path'],
    ['symlink-escape.tar', 'path-through-symlink'],
    ['bad-whiteout.tar', 'bad-whiteout'],
    ['absurd-size.tar', 'too-large'],
    ['bomb.tar.zst', 'decompression-bomb'],
    ['two-images.tar', 'ambiguous-image'],
  ];
  it.each(BAD)('%s is refused with %s, naming the file', async (name, code) => {
    // The bomb trips at 1 MiB here instead of 64 MiB, to keep the test quick.
    const err = await open(`bad/${name}`, { inflateLimits: { ratioFloor: 1 << 20 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImageError(err) && err.code).toBe(code);
    if (isImageError(err)) {
      expect(err.params.archive).toBe(`bad/${name}`);
      expect(err.message.startsWith(`bad/${name}: `)).toBe(true);
    }
  });

  it('opens the one image asked for in an archive of two', async () => {
    const image = await open('bad/two-images.tar', { image: 'tiny:two' });
    expect(image.refs).toEqual(['tiny:two']);
  });

  it('stops when told to, with the aborted code', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(open('ks-oci-gzip.tar', { signal: ac.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('reports progress in bytes and entries, up to the whole', async () => {
    const seen: OpenProgress[] = [];
    await open('ks-docker24-save.tar', { onProgress: (p) => seen.push(p) });
    const last = seen[seen.length - 1];
    expect(last.phase).toBe('layers');
    expect(last.bytes).toBe(last.totalBytes);
    expect(last.layer).toBe(4);
    expect(seen.some((p) => p.entries > 0)).toBe(true);
  });
});
