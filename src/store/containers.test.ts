// Containers on an opened image, from the store: starting c2 is a command
// of the session (Undo takes it back), the terminal moves between
// containers with a cd, committing one moves the session to the new image
// (Undo goes back, Redo forward, a reload keeps it), exporting writes a
// file that opens to the same tree, and a failure loses nothing.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cdLine, containerAt, createLabStore, persistTo, redoNext, restoreSession, STORAGE_KEY, terminalCwd } from './index.ts';
import { memoryShelf, setShelf } from './shelf.ts';
import { imageTree, formatTree, memorySource, openImage } from '../image/index.ts';
import { extract } from 'tar-stream';

/** The member names of a tar, in order. */
async function* tarNames(bytes: Uint8Array): AsyncGenerator<string> {
  const x = extract();
  x.end(bytes);
  for await (const e of x as unknown as AsyncIterable<{ header: { name: string }; resume(): void }>) {
    yield e.header.name;
    e.resume();
  }
}

const blob = (path: string) => new Blob([readFileSync(path)]);

let store = createLabStore();
beforeEach(() => {
  store = createLabStore();
});

async function settled() {
  await store.getState().settled();
  return store.getState();
}

async function opened() {
  expect(await store.getState().openImage(blob('fixtures/images/ks-docker24-save.tar'), 'ks.tar')).toBe(true);
  return settled();
}

const treeOf = async (b: Blob, name: string) => formatTree(imageTree(await openImage(memorySource(new Uint8Array(await b.arrayBuffer()), name))));

describe('cdLine', () => {
  it('climbs to the common directory and down again', () => {
    expect(cdLine('a/b/m1/etc', 'a/b/m2')).toBe('cd ../../m2');
    expect(cdLine('', 'a/b')).toBe('cd a/b');
    expect(cdLine('a/b', 'a/b')).toBe('cd .');
  });
});

describe('containers on an image', () => {
  it('starts c2 and c3 as commands: each its own upper, the lowers shared; Undo takes one back and the name is free again', async () => {
    let s = await opened();
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1']);
    expect(await s.startContainer()).toBe(true);
    s = await settled();
    expect(s.commands).toHaveLength(1);
    expect(s.commands[0].status).toBe(0);
    expect(s.commands[0].cmd).toMatch(/&& mount -t overlay overlay -o index=off,lowerdir=l\/[A-Z2-7]{26}:/);
    const [c1, c2] = s.image!.containers;
    expect(c2.name).toBe('c2');
    expect(c2.upper).not.toBe(c1.upper);
    // The same mount line shape as c1's, the image's lowers the same.
    const lowers = (line: string) => /lowerdir=([^,]+)/.exec(line)![1].split(':');
    expect(lowers(c2.mountLine).slice(1)).toEqual(lowers(c1.mountLine).slice(1));
    expect(lowers(c2.mountLine)[0]).not.toBe(lowers(c1.mountLine)[0]);
    expect(c2.mountLine.startsWith('mount -t overlay overlay -o index=off,lowerdir=/var/lib/docker/overlay2/l/')).toBe(true);
    // The terminal is in c2 now; its directories have names on screen.
    expect(containerAt(terminalCwd(s), s.image!.containers)?.name).toBe('c2');
    expect(Object.values(s.image!.names)).toContain('c2');

    expect(await s.startContainer()).toBe(true);
    s = await settled();
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1', 'c2', 'c3']);
    await s.undo();
    s = await settled();
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1', 'c2']);
    expect(await s.startContainer()).toBe(true);
    expect((await settled()).image!.containers.map((c) => c.name)).toEqual(['c1', 'c2', 'c3']);
    // Unmounted by hand, c3's directories stay on disk: the next container is c4, not a clash.
    await store.getState().runCommand('cd ../../../../../.. && umount var/lib/docker/overlay2/' + store.getState().image!.containers[2].id + '/merged');
    s = await settled();
    expect(s.commands.at(-1)!.status).toBe(0);
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1', 'c2']);
    expect(await s.startContainer()).toBe(true);
    s = await settled();
    expect(s.commands.at(-1)!.status).toBe(0);
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1', 'c2', 'c4']);
  });

  it('keeps started containers across a reload: their commands are replayed', async () => {
    setShelf(memoryShelf());
    const storage = new Map<string, string>();
    const local = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) } as Storage;
    const stop = persistTo(store, local, 0);
    const s = await opened();
    await s.startContainer();
    await store.getState().runCommand('rm etc/passwd');
    await new Promise((r) => setTimeout(r, 50));
    stop();
    const again = createLabStore();
    await restoreSession(again, local, { text: '', name: 'seed.sh' });
    await again.getState().settled();
    expect(again.getState().image!.containers.map((c) => c.name)).toEqual(['c1', 'c2']);
    expect(containerAt(terminalCwd(again.getState()), again.getState().image!.containers)?.name).toBe('c2');
  });

  it('edits c2 alone: rm leaves a whiteout in c2’s upper and none in c1’s', async () => {
    let s = await opened();
    await s.startContainer();
    expect(await store.getState().runCommand('rm etc/passwd')).toBe(true);
    s = await settled();
    expect(s.commands.at(-1)!.status).toBe(0);
    const [c1, c2] = s.image!.containers;
    const ls = async (dir: string) => {
      await store.getState().runCommand(`${cdLine(terminalCwd(store.getState()), '')} && ls -l ${dir.slice(1)}/etc`.replace('cd . && ', ''));
      return store.getState().commands.at(-1)!;
    };
    const inC2 = await ls(c2.upper);
    expect(inC2.stdout).toMatch(/^c--------- .* 0, 0 .* passwd$/m);
    const inC1 = await ls(c1.upper);
    expect(inC1.stdout).not.toContain('passwd');
    // Back in c1, the file is there.
    expect(await store.getState().useContainer('c1')).toBe(true);
    await store.getState().runCommand('cat etc/passwd');
    expect(store.getState().commands.at(-1)!.status).toBe(0);
    expect(containerAt(terminalCwd(store.getState()), store.getState().image!.containers)?.name).toBe('c1');
  });

  it('commits c2 as a new layer: a new history row, Undo back to the old image, Redo forward, kept across a reload', async () => {
    setShelf(memoryShelf());
    const storage = new Map<string, string>();
    const local = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) } as Storage;
    const stop = persistTo(store, local, 0);
    let s = await opened();
    const rows = s.image!.history.length;
    await s.startContainer();
    await store.getState().runCommand('rm etc/passwd');
    await store.getState().runCommand('mkdir -p opt/new');
    expect(await store.getState().commitContainer('c2')).toBe(true);
    s = await settled();
    expect(s.notice).toMatchObject({ kind: 'info', key: 'containers.committed', params: { name: 'c2', whiteouts: 1 } });
    expect(s.name).toBe('ks+c2.tar');
    expect(s.image!.history).toHaveLength(rows + 1);
    expect(s.image!.history.at(-1)!.createdBy).toBe('overlay-lab commit c2');
    expect(s.image!.layers).toHaveLength(5);
    expect(s.commands).toHaveLength(0);
    expect(s.image!.containers.map((c) => c.name)).toEqual(['c1']);
    await s.runCommand('ls etc');
    expect(store.getState().commands[0].stdout).not.toContain('passwd');
    await store.getState().undo();

    expect(redoNext(store.getState())).toEqual({ kind: 'command', cmd: 'ls etc' });
    await store.getState().undo();
    s = await settled();
    expect(s.name).toBe('ks.tar');
    expect(s.image!.history).toHaveLength(rows);
    expect(s.commands).toHaveLength(3);
    expect(redoNext(s)).toEqual({ kind: 'session', name: 'ks+c2.tar' });
    await s.redo();
    s = await settled();
    expect(s.name).toBe('ks+c2.tar');
    expect(s.image!.history).toHaveLength(rows + 1);
    expect(s.redoStack).toEqual(['ls etc']);
    // Undo once more goes back again.
    await s.undo();
    expect((await settled()).name).toBe('ks.tar');
    await store.getState().redo();
    expect((await settled()).name).toBe('ks+c2.tar');

    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(JSON.parse(storage.get(STORAGE_KEY)!).base).toMatchObject({ kind: 'image', name: 'ks+c2.tar' });
    const again = createLabStore();
    await restoreSession(again, local, { text: '', name: 'seed.sh' });
    await again.getState().settled();
    expect(again.getState().name).toBe('ks+c2.tar');
    expect(again.getState().image!.history).toHaveLength(rows + 1);
  });

  it('exports the image in each format; the OCI and docker archives open to the same merged tree', async () => {
    const s = await opened();
    const want = await treeOf(blob('fixtures/images/ks-docker24-save.tar'), 'ks.tar');
    for (const format of ['oci', 'docker'] as const) {
      const f = await s.exportImage(format);
      expect(f!.name).toBe(`ks-${format}.tar`);
      expect(await treeOf(f!.blob, f!.name)).toBe(want);
    }
    const layer = await s.exportImage('layer');
    expect(layer!.name).toBe('ks-layer4.tar');
    // A committed image's top layer alone: the .wh. file of the deleted passwd.
    await s.startContainer();
    await store.getState().runCommand('rm etc/passwd');
    await store.getState().commitContainer('c2');
    const top = await store.getState().exportImage('layer');
    const text = new TextDecoder('latin1').decode(new Uint8Array(await top!.blob.arrayBuffer()));
    expect(text).toContain('etc/.wh.passwd');
  });

  it('commits twice in a row: the second commit stands on the first, and each export holds both committed layers', async () => {
    let s = await opened();
    const rows = s.image!.history.length;
    await s.startContainer();
    await store.getState().runCommand('rm etc/passwd');
    expect(await store.getState().commitContainer('c2')).toBe(true);
    // Keep working on the committed image (in c1, the container the commit opened it with), then commit again.
    await store.getState().runCommand('mkdir second && echo two > second/f');
    expect(await store.getState().commitContainer('c1')).toBe(true);
    s = await settled();
    expect(s.name).toBe('ks+c2+c1.tar');
    expect(s.image!.history.slice(-2).map((h) => h.createdBy)).toEqual(['overlay-lab commit c2', 'overlay-lab commit c1']);
    const want = await treeOf(blob('fixtures/images/ks-docker24-save.tar'), 'ks.tar');
    for (const format of ['oci', 'docker'] as const) {
      const f = (await store.getState().exportImage(format))!;
      const im = await openImage(memorySource(new Uint8Array(await f.blob.arrayBuffer()), f.name));
      expect(im.layers).toHaveLength(rows + 2);
      const tree = formatTree(imageTree(im));
      expect(tree).not.toMatch(/^\/etc\/passwd\t/m);
      expect(tree).toMatch(/^\/second\/f\tf\t/m);
      expect(tree).not.toBe(want);
    }
    // And a third: nothing is spent by the first two.
    await store.getState().runCommand('touch third');
    expect(await store.getState().commitContainer('c1')).toBe(true);
    expect((await settled()).image!.history).toHaveLength(rows + 3);
  });

  it('writes a docker save tar with each layer once, when two layers are the same (two empty commits)', async () => {
    await opened();
    expect(await store.getState().commitContainer('c1')).toBe(true);
    expect(await store.getState().commitContainer('c1')).toBe(true);
    const f = (await store.getState().exportImage('docker'))!;
    const bytes = new Uint8Array(await f.blob.arrayBuffer());
    const names: string[] = [];
    for await (const e of tarNames(bytes)) names.push(e);
    expect(new Set(names).size).toBe(names.length);
    const im = await openImage(memorySource(bytes, f.name));
    // The manifest still lists every layer, the repeated ones included.
    expect(im.layers).toHaveLength(6);
    expect(formatTree(imageTree(im))).toBe(await treeOf(blob('fixtures/images/ks-docker24-save.tar'), 'ks.tar'));
  });

  it('commits with the cursor in the past as a typed command runs: after the last command, and the notice says so', async () => {
    await opened();
    await store.getState().startContainer();
    await store.getState().runCommand('rm etc/passwd');
    await store.getState().runCommand('mkdir -p opt/new');
    let s = await settled();
    // Back to before the deletion: the grid shows etc/passwd still there.
    const before = s.commands[1].first;
    s.seek(before);
    s = await settled();
    expect(s.position).toBe(before);
    expect(await s.commitContainer('c2')).toBe(true);
    s = await settled();
    // The layer is c2 after its last command: the whiteout and the new directory are in it.
    expect(s.notice).toMatchObject({ kind: 'info', key: 'containers.committedFromEnd', params: { name: 'c2', whiteouts: 1, commands: 3 } });
    await s.runCommand('ls etc opt');
    expect(store.getState().commands[0].stdout).not.toContain('passwd');
    expect(store.getState().commands[0].stdout).toContain('new');
    // Undo: the old image, its commands, and the cursor where it was.
    await store.getState().undo();
    await store.getState().undo();
    s = await settled();
    expect(s.name).toBe('ks.tar');
    expect(s.commands).toHaveLength(3);
    expect(s.position).toBe(before);
    // At the end, the plain notice.
    s.seek(s.total);
    expect(await store.getState().commitContainer('c2')).toBe(true);
    expect((await settled()).notice).toMatchObject({ key: 'containers.committed' });
  });

  it('loses nothing when a container is not running or there is no image', async () => {
    await store.getState().runCommand('mkdir kept');
    expect(await store.getState().startContainer()).toBe(false);
    expect(await store.getState().exportImage('oci')).toBeNull();
    let s = await opened();
    expect(await s.commitContainer('c9')).toBe(false);
    s = await settled();
    expect(s.notice).toMatchObject({ kind: 'error', key: 'containers.commitFailed', params: { name: 'c9' } });
    expect(s.name).toBe('ks.tar');
    expect(await s.useContainer('c9')).toBe(false);
    expect(store.getState().notice).toMatchObject({ key: 'containers.notRunning' });
  });
});
