// Opening a container image replaces the session with a container on it:
// the grid shows the image's layers, the terminal works in the container,
// a bad archive leaves the session as it was, and Undo brings it back.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLabStore, persistTo, STORAGE_KEY } from './index.ts';
import { parseSaved } from './persist.ts';

const blob = (path: string) => new Blob([readFileSync(path)]);

let store = createLabStore();
beforeEach(() => {
  store = createLabStore();
});

async function settled() {
  await store.getState().settled();
  return store.getState();
}

describe('opening an image', () => {
  it('starts container c1 on it: one grid column per layer, the image history, the container edited by the terminal', async () => {
    expect(await store.getState().openImage(blob('fixtures/images/ks-docker24-save.tar'), 'ks.tar')).toBe(true);
    const s = await settled();
    expect(s.base).toMatchObject({ kind: 'image', name: 'ks.tar' });
    expect(s.name).toBe('ks.tar');
    expect(s.image?.layers.length).toBe(4);
    expect(s.image?.history.filter((h) => !h.emptyLayer).map((h) => h.layer)).toEqual([1, 2, 3, 4]);
    expect(s.image?.container.merged).toMatch(/overlay2\/[0-9a-f]{64}\/merged$/);
    // The container's upper, its -init layer and the image's four layers (the fourth an empty tar).
    expect(s.view!.layers.filter((l) => l.role === 'lower').length).toBe(5);
    expect(s.view!.layers.filter((l) => l.role === 'upper').length).toBe(1);
    expect(s.sideTab).toBe('image');

    expect(await s.runCommand('rm etc/passwd')).toBe(true);
    const after = await settled();
    expect(after.commands[0]).toMatchObject({ cmd: 'rm etc/passwd', status: 0 });
    expect(after.image?.name).toBe('ks.tar');
  });

  it('keeps the session as it was when the archive is bad, and says why', async () => {
    await store.getState().runCommand('mkdir kept');
    const bytes = readFileSync('fixtures/images/ks-docker24-save.tar');
    expect(await store.getState().openImage(new Blob([bytes.subarray(0, 5000)]), 'cut.tar')).toBe(false);
    const s = await settled();
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir kept']);
    expect(s.base.kind).toBe('empty');
    expect(s.image).toBeNull();
    expect(s.notice).toMatchObject({ kind: 'error', key: expect.stringMatching(/^imageError\./), params: expect.objectContaining({ where: expect.stringContaining('cut.tar') }) });

    expect(await store.getState().openImage(blob('fixtures/images/bad/not-an-archive.bin'), 'x.bin')).toBe(false);
    expect(store.getState().notice).toMatchObject({ key: 'imageError.not-an-archive' });
    expect(await store.getState().openImage(blob('fixtures/images/bad/digest-mismatch.tar'), 'd.tar')).toBe(false);
    expect(store.getState().notice).toMatchObject({ key: 'imageError.digest-mismatch' });
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir kept']);
  });

  it('is undone like any session replacement, and redone by opening again', async () => {
    await store.getState().runCommand('mkdir before');
    await store.getState().openImage(blob('fixtures/images/ks-oci-gzip.tar'), 'ks-oci.tar');
    expect((await settled()).image).not.toBeNull();
    await store.getState().undo();
    const s = await settled();
    expect(s.base.kind).toBe('empty');
    expect(s.image).toBeNull();
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir before']);
  });

  it('undoes a command in the container and keeps the image', async () => {
    await store.getState().openImage(blob('fixtures/images/ks-oci-plain.tar'), 'plain.tar');
    await store.getState().runCommand('touch etc/new');
    await store.getState().undo();
    const s = await settled();
    expect(s.commands).toEqual([]);
    expect(s.image?.name).toBe('plain.tar');
    expect(s.base.kind).toBe('image');
  });
});

describe('an image session across reloads', () => {
  it('is not saved (its bytes are not kept yet): the session it replaced stays saved', async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), clear: () => data.clear(), key: () => null, length: 0 } as Storage;
    const stop = persistTo(store, storage, 0);
    await store.getState().runCommand('mkdir mine');
    await new Promise((r) => setTimeout(r, 5));
    await store.getState().openImage(blob('fixtures/images/ks-oci-plain.tar'), 'plain.tar');
    await store.getState().runCommand('touch etc/new');
    stop();
    const saved = parseSaved(data.get(STORAGE_KEY) ?? null);
    expect(saved?.base).toEqual({ kind: 'empty' });
    expect(saved?.script).toContain('mkdir mine');
    expect(saved?.script).not.toContain('touch');
  });
});
