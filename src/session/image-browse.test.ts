// The image as the page browses it: one row per path any layer holds, the
// bytes each wastes adding up to analyzeImage's hiddenBytes, the rows each
// layer changed, and one path's versions with what hid each.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeImage, memorySource, openImage, type Image } from '../image/index.ts';
import { OPAQUE, SEEN, SHADOWED, type ImageIndex } from './image-browse-types.ts';
import { imageIndex, pathProvenance } from './image-browse.ts';
import { SessionCore } from './core.ts';

const FIXTURE = new URL('../../fixtures/images/ks-oci-plain.tar', import.meta.url);

function pathOf(ix: ImageIndex, row: number): string {
  const parts: string[] = [];
  for (let r = row; r >= 0; r = ix.parents[r]) parts.unshift(ix.names[r]);
  return `/${parts.join('/')}`;
}

function rowOf(ix: ImageIndex, path: string): number {
  for (let i = 0; i < ix.names.length; i++) if (pathOf(ix, i) === path) return i;
  throw new Error(`no row ${path}`);
}

let image: Image;
let ix: ImageIndex;
beforeAll(async () => {
  image = await openImage(memorySource(new Uint8Array(readFileSync(FIXTURE)), 'ks.tar'));
  ix = imageIndex(image);
});

describe('the image index', () => {
  it('has one row per path, parents first, and the merged view exactly the seen rows', () => {
    const rows = ix.names.length;
    expect(ix.parents.length).toBe(rows);
    expect(ix.types.length).toBe(rows);
    for (let i = 0; i < rows; i++) expect(ix.parents[i]).toBeLessThan(i);
    // The kernel's merged tree (fixtures/images/expected/ks.tree) lists exactly the seen rows, each from its layer.
    const tree = readFileSync(new URL('../../fixtures/images/expected/ks.tree', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const seen = [...Array(rows).keys()].filter((i) => ix.flags[i] & SEEN);
    expect(seen.length).toBe(tree.length);
    const bySimplePath = new Map(tree.map((t) => [t[0], t]));
    for (const i of seen) {
      const p = pathOf(ix, i);
      const t = bySimplePath.get(p);
      if (!t) continue; // names with escapes in the tree format
      expect([p, ix.types[i], String(ix.layers[i])]).toEqual([p, t[1], t[7]]);
      if (t[1] === 'f') expect(ix.sizes[i]).toBe(Number(t[4]));
    }
  });

  it('adds up the wasted bytes to analyzeImage’s hiddenBytes, and tells the deleted and shadowed paths', () => {
    const a = analyzeImage(image);
    expect(ix.hiddenBytes).toBe(a.hiddenBytes);
    expect(ix.storedBytes).toBe(a.storedBytes);
    expect(ix.wasted.reduce((s, x) => s + x, 0)).toBe(a.hiddenBytes);
    const motd = rowOf(ix, '/etc/motd');
    expect([ix.types[motd], ix.flags[motd] & SEEN, ix.wasted[motd], ix.layers[motd]]).toEqual(['w', 0, 19, 2]);
    const big = rowOf(ix, '/usr/lib/big.bin');
    expect([ix.types[big], ix.flags[big] & (SEEN | SHADOWED), ix.wasted[big], ix.sizes[big]]).toEqual(['f', SEEN | SHADOWED, 3000, 3000]);
    expect(ix.flags[rowOf(ix, '/var/log')] & OPAQUE).toBe(OPAQUE);
    // A directory's size is the bytes of the files seen below it.
    const lib = rowOf(ix, '/usr/lib');
    expect(ix.sizes[lib]).toBe(3000 + 12);
  });

  it('lists the rows each layer holds, and dive’s figure with why it differs', () => {
    expect(ix.changed.length).toBe(image.layers.length);
    const two = new Set([...ix.changed[1]].map((r) => pathOf(ix, r)));
    expect(two.has('/etc/motd')).toBe(true);
    expect(two.has('/usr/lib/big.bin')).toBe(true);
    expect(two.has('/home/user/notes.txt')).toBe(false);
    // The empty top layer holds nothing.
    expect(ix.changed[3].length).toBe(0);
    expect(ix.dive.wastedBytes).toBe(analyzeImage(image).dive.wastedBytes);
    // dive counts the visible copy of big.bin and passwd too.
    expect(ix.diff.visibleCopies).toBeGreaterThanOrEqual(3000 + 106);
    expect(ix.diff.missed).toBeGreaterThanOrEqual(ix.diff.underOpaque);
    // Here the differences account for dive's whole figure: ours, plus the visible copies and the
    // hard-linked libdata's hidden name it counts, minus what it never sees (/opt/thing's 6 + 11 bytes).
    expect(ix.diff).toEqual({ visibleCopies: 3000 + 106, missed: 6 + 11, underOpaque: 0, stillSeen: 12 });
    expect(ix.dive.wastedBytes).toBe(ix.hiddenBytes + ix.diff.visibleCopies - ix.diff.missed + ix.diff.stillSeen);
  });
});

describe('a path’s provenance', () => {
  it('tells every version, top first, and what hid each', () => {
    const p = pathProvenance(image, '/opt/thing');
    expect(p.versions.map((v) => [v.layer, v.type, v.status, v.by ? `${v.by.kind}@${v.by.layer}` : ''])).toEqual([
      [3, 'd', 'visible', ''],
      [2, 'f', 'hidden', 'overwritten@3'],
      [1, 'd', 'hidden', 'overwritten@2'],
    ]);
    expect(p.versions[1]).toMatchObject({ size: 11, wasted: 11 });
    const motd = pathProvenance(image, '/etc/motd').versions;
    expect(motd.map((v) => [v.layer, v.type, v.status, v.by?.kind ?? ''])).toEqual([
      [2, 'w', 'whiteout', ''],
      [1, 'f', 'hidden', 'whiteout'],
    ]);
    expect(pathProvenance(image, '/var/log').versions.map((v) => [v.layer, v.opaque, v.by?.kind ?? v.status])).toEqual([
      [2, true, 'visible'],
      [1, false, 'opaque'],
    ]);
    expect(pathProvenance(image, '/no/such').versions).toEqual([]);
  });
});

describe('the session', () => {
  it('answers for the opened image only', async () => {
    const core = new SessionCore();
    expect(core.imageIndex()).toBeNull();
    expect(core.imagePath('/etc')).toBeNull();
    const blob = new Blob([readFileSync(FIXTURE)]);
    await core.load({ base: { kind: 'image', name: 'ks.tar', size: blob.size, blob } });
    expect(core.imageIndex()?.names.length).toBe(ix.names.length);
    expect(core.imagePath('/etc/passwd')?.versions.map((v) => v.layer)).toEqual([2, 1]);
    core.load({ base: { kind: 'empty' } });
    expect(core.imageIndex()).toBeNull();
  });
});
