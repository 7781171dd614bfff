// Opening an image in the session: the look at the tree that every
// command ends with is taken once and kept in the starting state, so the
// first command does not walk the whole image again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SessionCore } from './core.ts';

describe('SessionCore on an image', () => {
  it('starts from a state whose container mount is walked already', async () => {
    const bytes = readFileSync('fixtures/images/ks-oci-gzip.tar');
    const blob = new Blob([bytes]);
    const core = new SessionCore();
    await core.load({ commands: [], base: { kind: 'image', name: 'ks-oci-gzip.tar', size: blob.size, blob } });
    const start = core.timeline.initial;
    expect(start.mounts.length).toBe(1);
    const mount = start.mounts[0];
    // Every directory of the merged tree is marked walked: the root, and etc among them.
    expect(mount.walked.has('')).toBe(true);
    expect(mount.walked.has('etc')).toBe(true);
    const change = core.run('echo x > new.txt', 1);
    expect(change.add[0].status).toBe(0);
  });
});

describe('SessionCore: the checks after the image is opened', () => {
  it('opens with checks to do, answers imageChecks once they pass, and says so in the next change', async () => {
    const bytes = readFileSync('fixtures/images/ks-oci-gzip.tar');
    const blob = new Blob([bytes]);
    const core = new SessionCore();
    const opened = await core.load({ commands: [], base: { kind: 'image', name: 'ks-oci-gzip.tar', size: blob.size, blob } });
    expect(opened.image?.checking).toBe(true);
    expect(await core.imageChecks()).toBe(true);
    expect(core.run('echo x > new.txt', 1).image?.checking).toBe(false);
  });

  it('a wrong diff id fails imageChecks, and Export and Commit with it, as opening would have', async () => {
    const { openImage, memorySource, imageWorkspace, startContainer, runInContainer, commitContainer, exportImage, nobleSha256 } = await import('../image/index.ts');
    const src = memorySource(new Uint8Array(readFileSync('fixtures/images/ks-docker24-save.tar')), 'ks.tar');
    const image = await openImage(src);
    const w = runInContainer(startContainer(imageWorkspace(image), 'c'), 'c', 'echo hi > hello\n').workspace;
    const layer = await commitContainer(w, 'c');
    const parts: Uint8Array[] = [];
    for await (const c of exportImage(src, image, [{ tar: layer.tar, diffId: `sha256:${'0'.repeat(64)}`, createdBy: 'RUN echo' }], { format: 'oci', hash: nobleSha256 })) parts.push(c);
    const blob = new Blob(parts as BlobPart[]);
    const core = new SessionCore();
    await core.load({ commands: [], base: { kind: 'image', name: 'wrong.tar', size: blob.size, blob } });
    const want = { code: 'diff-id-mismatch', params: expect.objectContaining({ archive: 'wrong.tar', layer: 5 }) };
    await expect(core.imageChecks()).rejects.toMatchObject(want);
    await expect(core.exportImage('oci')).rejects.toMatchObject(want);
    await expect(core.commitContainer('c1')).rejects.toMatchObject(want);
  });
});
