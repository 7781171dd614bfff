// Opening a container image replaces the session with a container on it:
// the grid shows the image's layers, the terminal works in the container,
// a bad archive leaves the session as it was, and Undo brings it back.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore, openRecent, persistTo, readRecent, recordReplaced, restoreSession, STORAGE_KEY } from './index.ts';
import { parseSaved } from './persist.ts';
import { memoryShelf, setShelf } from './shelf.ts';

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
  const memory = () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), clear: () => data.clear(), key: () => null, length: 0 } as Storage;
    return { data, storage };
  };
  const SEED = { text: 'mkdir seed\n', name: 'seed.sh' };
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(ok()).toBe(true);
  };

  it('is saved with its archive on the shelf, and a reload opens the image and replays the container commands', async () => {
    const shelfNow = memoryShelf();
    setShelf(shelfNow);
    const { data, storage } = memory();
    const stop = persistTo(store, storage, 0);
    await store.getState().openImage(blob('fixtures/images/ks-oci-plain.tar'), 'plain.tar');
    await store.getState().runCommand('touch etc/new');
    await until(() => parseSaved(data.get(STORAGE_KEY) ?? null)?.script.includes('touch etc/new') ?? false);
    stop();
    const saved = parseSaved(data.get(STORAGE_KEY) ?? null);
    expect(saved?.base).toMatchObject({ kind: 'image', name: 'plain.tar', kept: expect.stringMatching(/^image-/) });
    expect(await shelfNow.keys()).toEqual([saved?.base.kind === 'image' ? saved.base.kept : '']);

    // A new page: a fresh store restores from the same storage and shelf.
    const again = createLabStore();
    await restoreSession(again, storage, SEED);
    await again.getState().settled();
    const s = again.getState();
    expect(s.base).toMatchObject({ kind: 'image', name: 'plain.tar' });
    expect(s.image?.name).toBe('plain.tar');
    expect(s.commands.map((c) => c.cmd)).toEqual(['touch etc/new']);
  });

  it('says so, and opens the seed, when the archive is no longer on the shelf', async () => {
    setShelf(memoryShelf());
    const { data, storage } = memory();
    const stop = persistTo(store, storage, 0);
    await store.getState().openImage(blob('fixtures/images/ks-oci-plain.tar'), 'plain.tar');
    await until(() => data.has(STORAGE_KEY));
    stop();
    setShelf(memoryShelf()); // the browser's storage was cleared
    const again = createLabStore();
    await restoreSession(again, storage, SEED);
    await again.getState().settled();
    expect(again.getState().notice).toMatchObject({ kind: 'error', key: 'notice.imageNotKept', params: { name: 'plain.tar' } });
    expect(again.getState().base.kind).toBe('empty');
  });

  it('keeps on the shelf only the archives the session or the recent list can open', async () => {
    const shelfNow = memoryShelf();
    setShelf(shelfNow);
    await shelfNow.put('image-stale-1', new Blob(['old']));
    const { data, storage } = memory();
    const stop = persistTo(store, storage, 0);
    recordReplaced(store, storage);
    await store.getState().openImage(blob('fixtures/images/ks-oci-plain.tar'), 'plain.tar');
    await until(() => data.has(STORAGE_KEY));
    await until(() => !data.get(STORAGE_KEY)?.includes('"empty"'));
    // Replacing the image session puts it in the recent list: its archive stays.
    await store.getState().newSession();
    await store.getState().runCommand('mkdir after');
    await until(() => data.get(STORAGE_KEY)?.includes('mkdir after') ?? false);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    const recent = readRecent(storage);
    const kept = recent.find((r) => r.base.kind === 'image');
    expect(kept?.base).toMatchObject({ kind: 'image', name: 'plain.tar' });
    expect(await shelfNow.keys()).toEqual([kept?.base.kind === 'image' ? kept.base.kept : '']);
    // ...and the recent list opens it again.
    expect(await openRecent(store, kept!)).toBe(true);
    await store.getState().settled();
    expect(store.getState().image?.name).toBe('plain.tar');
  });
});

describe('the checks done after an image is shown', () => {
  /** ks-docker24-save.tar with a commit on top whose config lists a wrong diff id (its blob digest right). */
  async function wrongDiffId(): Promise<Blob> {
    const { openImage, memorySource, imageWorkspace, startContainer, runInContainer, commitContainer, exportImage, nobleSha256 } = await import('../image/index.ts');
    const src = memorySource(new Uint8Array(readFileSync('fixtures/images/ks-docker24-save.tar')), 'ks.tar');
    const image = await openImage(src);
    const w = runInContainer(startContainer(imageWorkspace(image), 'c'), 'c', 'echo hi > hello\n').workspace;
    const layer = await commitContainer(w, 'c');
    const parts: Uint8Array[] = [];
    for await (const c of exportImage(src, image, [{ tar: layer.tar, diffId: `sha256:${'0'.repeat(64)}`, createdBy: 'RUN echo' }], { format: 'oci', hash: nobleSha256 })) parts.push(c);
    return new Blob(parts as BlobPart[]);
  }

  it('a sound image is opened checking, and stops checking once they pass', async () => {
    expect(await store.getState().openImage(blob('fixtures/images/ks-oci-gzip.tar'), 'ks.tar')).toBe(true);
    await vi.waitFor(() => expect(store.getState().image?.checking).toBe(false));
    expect(store.getState().notice).toBeNull();
    expect(store.getState().base.kind).toBe('image');
  });

  it('a layer failing them brings back the session before, with the error naming the layer; Redo does not offer the image', async () => {
    await store.getState().runCommand('mkdir kept');
    expect(await store.getState().openImage(await wrongDiffId(), 'wrong.tar')).toBe(true);
    await vi.waitFor(() => expect(store.getState().notice).toMatchObject({ kind: 'error', key: 'imageError.diff-id-mismatch', params: expect.objectContaining({ layer: 5, where: expect.stringContaining('wrong.tar') }) }));
    const s = await settled();
    expect(s.base.kind).toBe('empty');
    expect(s.image).toBeNull();
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir kept']);
    expect(s.forwardStack).toEqual([]);
    expect(s.replacedStack).toEqual([]);
  });
});
