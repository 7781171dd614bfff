// Every image fixture on the real kernel: the image oracle unpacks its
// layers with GNU tar, mounts them with `mount -t overlay` in a private
// mount namespace and walks the mount; the engine must print the very same
// `image tree`. Also checks that the recorded trees in fixtures/images/
// expected (what the tests without a kernel compare with) are still what
// the kernel says. Without root and overlayfs it is skipped, and says why.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openImage } from '../src/image/open.ts';
import { formatTree } from '../src/image/tree.ts';
import { imageTree } from '../src/image/view.ts';
import { kernelUnavailableReason } from './kernel/available.ts';
import { imageTreeOnKernel } from './kernel/image-oracle.ts';
import { fileSource, nodeSha256 } from './image/node-io.ts';

const reason = kernelUnavailableReason();
const DIR = 'fixtures/images';
const fixtures = readdirSync(DIR).filter((f) => /\.(tar|tar\.gz|tar\.zst)$/.test(f));
const expected = JSON.parse(readFileSync(`${DIR}/expected/index.json`, 'utf8')) as Record<string, string>;

describe.skipIf(reason !== null)(reason ? `image trees on the real kernel (skipped: ${reason})` : 'image trees on the real kernel', () => {
  test.each(fixtures)('%s: the engine shows what the kernel shows', async (name) => {
    const kernel = imageTreeOnKernel(`${DIR}/${name}`);
    const src = fileSource(`${DIR}/${name}`);
    try {
      const engine = formatTree(imageTree(await openImage(src, { hash: nodeSha256 }), { hash: nodeSha256 }));
      expect(engine).toBe(kernel);
    } finally {
      src.close();
    }
    expect(kernel).toBe(readFileSync(`${DIR}/expected/${expected[name]}`, 'utf8'));
  });

  // Held-out images, other producers (umoci, skopeo, podman): scripts/make-heldout-images.sh.
  const HELD = `${DIR}/heldout`;
  test.each(readdirSync(HELD).filter((f) => f.endsWith('.tar')))('held-out %s: the engine shows what the kernel shows', async (name) => {
    const kernel = imageTreeOnKernel(`${HELD}/${name}`);
    const src = fileSource(`${HELD}/${name}`);
    try {
      expect(formatTree(imageTree(await openImage(src, { hash: nodeSha256 }), { hash: nodeSha256 }))).toBe(kernel);
    } finally {
      src.close();
    }
    expect(kernel).toBe(readFileSync(`${HELD}/expected/${name.replace(/\.tar$/, '.tree')}`, 'utf8'));
  });
});
