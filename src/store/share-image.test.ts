// A share link on an image session: it names the archive by the sha256 of
// its bytes; the receiver's shelf opens it directly when it keeps that
// archive, otherwise the link waits for the file, refuses any other, and
// the session it replaces comes back with Undo.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShare } from '../scenario/share.ts';
import { archiveDigest, findKept } from './digest.ts';
import { createLabStore, giveSharedImage, dropSharedImage, openShareLink, sessionScript } from './index.ts';
import { memoryShelf, setShelf } from './shelf.ts';

const RIGHT = 'fixtures/images/ks-oci-plain.tar';
const WRONG = 'fixtures/images/ks-docker24-save.tar';
const bytes = (p: string) => readFileSync(p);
const sha = (p: string) => `sha256:${createHash('sha256').update(bytes(p)).digest('hex')}`;
const blob = (p: string) => new Blob([bytes(p)]);

/** The sender: the image opened, a file deleted in the container, the link made as Share link makes it. */
async function senderLink(): Promise<{ value: string; position: number }> {
  const store = createLabStore();
  const file = blob(RIGHT);
  expect(await store.getState().openImage(file, 'ks-oci-plain.tar')).toBe(true);
  expect(await store.getState().runCommand('rm etc/passwd')).toBe(true);
  expect(await store.getState().runCommand('touch etc/new')).toBe(true);
  await store.getState().settled();
  const s = store.getState();
  const value = encodeShare(sessionScript(s), { name: 'ks-oci-plain.tar', size: file.size, digest: await archiveDigest(file) });
  return { value, position: s.commands[0].first + s.commands[0].count };
}

/** The receiver: a session of their own, which must not be lost. */
async function receiver() {
  const store = createLabStore();
  expect(await store.getState().runCommand('mkdir mine')).toBe(true);
  await store.getState().settled();
  return store;
}

beforeEach(() => setShelf(memoryShelf()));
afterEach(() => vi.unstubAllGlobals());

describe('the archive digest', () => {
  it('is the sha256 of the file bytes, natively and with the engine hash alike', async () => {
    expect(await archiveDigest(blob(RIGHT))).toBe(sha(RIGHT));
    vi.stubGlobal('crypto', {});
    expect(await archiveDigest(blob(WRONG))).toBe(sha(WRONG));
  });

  it('finds a kept archive by size and digest, and nothing else', async () => {
    const shelf = memoryShelf();
    setShelf(shelf);
    await shelf.put('image-a', blob(WRONG));
    await shelf.put('image-b', blob(RIGHT));
    const found = await findKept({ name: 'renamed.tar', size: bytes(RIGHT).length, digest: sha(RIGHT) });
    expect(found && (await archiveDigest(found))).toBe(sha(RIGHT));
    // The same size and another digest, or the digest and another size: not it.
    expect(await findKept({ name: 'x', size: bytes(RIGHT).length, digest: sha(WRONG) })).toBeNull();
    expect(await findKept({ name: 'x', size: 1, digest: sha(RIGHT) })).toBeNull();
  });
});

describe('opening a share link on an image', () => {
  it('waits for the file when this browser does not keep the image, and keeps the session meanwhile', async () => {
    const { value, position } = await senderLink();
    const store = await receiver();
    expect(await openShareLink(store, value, position)).toBe(false);
    const s = store.getState();
    expect(s.pendingShare).toMatchObject({ image: { name: 'ks-oci-plain.tar', size: bytes(RIGHT).length, digest: sha(RIGHT) }, step: position, refused: null });
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir mine']);
    expect(s.notice).toBeNull();
  });

  it('refuses a file with another digest, naming it, and opens the right one at the step', async () => {
    const { value, position } = await senderLink();
    const store = await receiver();
    await openShareLink(store, value, position);

    expect(await giveSharedImage(store, blob(WRONG), 'ks-docker24-save.tar')).toBe(false);
    let s = store.getState();
    expect(s.pendingShare?.refused).toEqual({ name: 'ks-docker24-save.tar', digest: sha(WRONG) });
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir mine']);
    expect(s.base.kind).toBe('empty');

    expect(await giveSharedImage(store, blob(RIGHT), 'my-copy.tar')).toBe(true);
    await store.getState().settled();
    s = store.getState();
    expect(s.pendingShare).toBeNull();
    expect(s.base).toMatchObject({ kind: 'image', name: 'ks-oci-plain.tar' });
    expect(s.commands.map((c) => c.cmd)).toEqual(['rm etc/passwd', 'touch etc/new']);
    expect(s.commands.every((c) => c.status === 0)).toBe(true);
    expect(s.position).toBe(position);

    // One Undo brings back the session the link replaced, as for any replacement; Redo the shared one.
    await store.getState().undo();
    await store.getState().settled();
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir mine']);
    expect(store.getState().base.kind).toBe('empty');
    await store.getState().redo();
    await store.getState().settled();
    expect(store.getState().base).toMatchObject({ kind: 'image', name: 'ks-oci-plain.tar' });
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['rm etc/passwd', 'touch etc/new']);
  });

  it('opens directly from the shelf when this browser keeps the archive', async () => {
    const { value } = await senderLink();
    const shelf = memoryShelf();
    setShelf(shelf);
    await shelf.put('image-kept-1', blob(RIGHT));
    const store = await receiver();
    expect(await openShareLink(store, value)).toBe(true);
    await store.getState().settled();
    const s = store.getState();
    expect(s.pendingShare).toBeNull();
    expect(s.base).toMatchObject({ kind: 'image', name: 'ks-oci-plain.tar' });
    expect(s.commands.map((c) => c.cmd)).toEqual(['rm etc/passwd', 'touch etc/new']);
    expect(s.position).toBe(s.total);
  });

  it('drops the link when the learner keeps their session', async () => {
    const { value } = await senderLink();
    const store = await receiver();
    await openShareLink(store, value);
    dropSharedImage(store);
    expect(store.getState().pendingShare).toBeNull();
    expect(await giveSharedImage(store, blob(RIGHT), 'x.tar')).toBe(false);
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir mine']);
  });

  it('names a committed image by the archive the commit wrote, which Export (OCI) writes byte for byte', async () => {
    const store = createLabStore();
    await store.getState().openImage(blob(RIGHT), 'ks-oci-plain.tar');
    await store.getState().runCommand('rm etc/passwd');
    expect(await store.getState().commitContainer('c1')).toBe(true);
    const s = store.getState();
    if (s.base.kind !== 'image') throw new Error('the commit left no image');
    const exported = await s.exportImage('oci');
    expect(exported && (await archiveDigest(exported.blob))).toBe(await archiveDigest(s.base.blob));
  });

  it('carries Start a container and Work in, which are commands of the session', async () => {
    const store = createLabStore();
    const file = blob(RIGHT);
    await store.getState().openImage(file, 'ks-oci-plain.tar');
    expect(await store.getState().startContainer()).toBe(true);
    expect(await store.getState().runCommand('touch in-c2')).toBe(true);
    expect(await store.getState().useContainer('c1')).toBe(true);
    expect(await store.getState().runCommand('rm etc/passwd')).toBe(true);
    await store.getState().settled();
    const sent = store.getState();
    const value = encodeShare(sessionScript(sent), { name: 'ks-oci-plain.tar', size: file.size, digest: await archiveDigest(file) });

    const there = await receiver();
    await openShareLink(there, value);
    expect(await giveSharedImage(there, blob(RIGHT), 'ks-oci-plain.tar')).toBe(true);
    await there.getState().settled();
    const got = there.getState();
    expect(got.commands.map((c) => [c.cmd, c.status, c.cwd])).toEqual(sent.commands.map((c) => [c.cmd, c.status, c.cwd]));
    expect(got.image?.containers.map((c) => c.name)).toEqual(['c1', 'c2']);
  });
});
