import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore, openSeed, openShareLink, persistTo, restoreSession, scriptOf, selectGrid, selectShown, STORAGE_KEY } from './index.ts';
import { commandBoundaries, commandStep } from './cursor.ts';
import { isOpen } from './selection.ts';
import { encodeShare } from '../scenario/share.ts';

const SEED = { text: readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'), name: 'seed-copy-up-whiteout.sh' };

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

let store = createLabStore();
beforeEach(() => {
  store = createLabStore();
});

describe('commands', () => {
  it('runs a typed line, refuses one outside the language without touching the timeline', () => {
    expect(store.getState().runCommand('mkdir a')).toBe(true);
    expect(store.getState().runCommand('echo $HOME > a/x')).toBe(false);
    const s = store.getState();
    expect(s.timeline.commands.map((c) => c.cmd)).toEqual(['mkdir a']);
    expect(s.rejected).toEqual([{ after: 1, cmd: 'echo $HOME > a/x', message: expect.stringMatching(/variable/) }]);
    expect(s.position).toBe(s.timeline.micro.length);
  });

  it('keeps failing commands: they are part of the script, as on a real kernel', () => {
    store.getState().runCommand('rmdir nope');
    expect(store.getState().timeline.commands[0]).toMatchObject({ status: 1 });
  });

  it('undoes and redoes commands, and a new command clears redo', () => {
    const s = () => store.getState();
    s().runCommand('mkdir a');
    s().runCommand('mkdir a/b');
    s().undo();
    expect(scriptOf(s().timeline)).toBe('mkdir a\n');
    expect(s().redoStack).toEqual(['mkdir a/b']);
    s().redo();
    expect(scriptOf(s().timeline)).toBe('mkdir a\nmkdir a/b\n');
    s().undo();
    s().runCommand('mkdir c');
    expect(s().redoStack).toEqual([]);
    s().undo();
    s().undo();
    s().undo();
    expect(s().timeline.commands).toEqual([]);
    expect(s().position).toBe(0);
  });
});

describe('loading', () => {
  it('opens the seed mounted, its umount waiting in redo', () => {
    openSeed(store, SEED);
    const s = store.getState();
    expect(s.timeline.commands.at(-1)!.cmd).toBe('rm -f merged/in_lower.txt');
    expect(s.redoStack).toEqual(['umount merged']);
    expect(selectShown(s)!.phase).toBe('mounted');
  });

  it('keeps the session when a script is malformed, and says where', () => {
    openSeed(store, SEED);
    const before = store.getState().timeline;
    expect(store.getState().loadScript('mkdir a\nls *.txt\n', 'bad.sh')).toBe(false);
    const s = store.getState();
    expect(s.timeline).toBe(before);
    expect(s.notice).toMatchObject({ kind: 'error', key: 'notice.scriptRejected', params: { name: 'bad.sh' }, detail: expect.stringMatching(/line 2/) });
  });

  it('replaces the session with a share link, and refuses a damaged one', async () => {
    openSeed(store, SEED);
    expect(await openShareLink(store, encodeShare('mkdir x\n'))).toBe(true);
    expect(scriptOf(store.getState().timeline)).toBe('mkdir x\n');
    expect(await openShareLink(store, '1.garbage')).toBe(false);
    expect(scriptOf(store.getState().timeline)).toBe('mkdir x\n');
    expect(store.getState().notice?.key).toBe('notice.badLink');
  });
});

describe('the cursor', () => {
  it('steps by micro-step and by command', () => {
    openSeed(store, SEED);
    const s = () => store.getState();
    const t = s().timeline;
    const b = commandBoundaries(t);
    expect(b[0]).toBe(0);
    expect(b.at(-1)).toBe(t.micro.length);
    s().seek(0);
    s().stepCommand(1);
    expect(s().position).toBe(t.commands[0].count);
    s().stepMicro(1);
    s().stepMicro(-1);
    s().stepMicro(-1);
    expect(s().position).toBe(t.commands[0].count - 1);
    s().stepCommand(-1);
    expect(s().position).toBe(0);
    s().stepCommand(-1);
    expect(s().position).toBe(0);
    expect(commandStep(t, t.micro.length, 1)).toBe(t.micro.length);
  });

  it('selects what each micro-step is about while following', () => {
    openSeed(store, SEED);
    const t = store.getState().timeline;
    const copyUp = t.micro.findIndex((m) => m.event.type === 'copy-up');
    store.getState().seek(copyUp + 1);
    expect(store.getState().selected).toBe('in_lower.txt');
    // The grid at a copy-up step is the state after it: lower still holds the file.
    const g = selectGrid(store.getState())!;
    expect(g.rows.find((r) => r.path === 'in_lower.txt')!.cells.map((c) => c.kind)).toEqual(['absent', 'file']);
  });

  it('plays from the start when at the end', () => {
    openSeed(store, SEED);
    store.getState().play();
    expect(store.getState()).toMatchObject({ playing: true, position: 0 });
  });
});

describe('the tree', () => {
  it('opens small trees and closes large ones until told otherwise', () => {
    expect(isOpen('a', 'auto', new Set(), 10)).toBe(true);
    expect(isOpen('a', 'auto', new Set(), 100_000)).toBe(false);
    expect(isOpen('a', 'auto', new Set(['a']), 100_000)).toBe(true);
    expect(isOpen('a', 'closed', new Set(), 3)).toBe(false);
    expect(isOpen('a', 'open', new Set(['a']), 3)).toBe(false);
  });
});

describe('persistence', () => {
  it('survives a reload: script, cursor, redo and selection', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    openSeed(store, SEED);
    const stop = persistTo(store, storage);
    store.getState().runCommand('echo hi > merged/new.txt');
    store.getState().seek(20);
    store.getState().select('in_both.txt');
    vi.advanceTimersByTime(200);
    stop();
    vi.useRealTimers();
    const again = createLabStore();
    restoreSession(again, storage, SEED);
    const s = again.getState();
    expect(scriptOf(s.timeline)).toBe(scriptOf(store.getState().timeline));
    expect(s.position).toBe(20);
    expect(s.selected).toBe('in_both.txt');
    expect(s.notice).toBeNull();
  });

  it('falls back to the seed, with a message, when the saved session is unreadable', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"v":1,"script":"ls $X\\n","name":"x.sh","base":{"kind":"empty"},"position":0,"redo":[]}');
    restoreSession(store, storage, SEED);
    expect(store.getState().notice?.key).toBe('notice.savedRejected');
    expect(store.getState().name).toBe(SEED.name);
    storage.setItem(STORAGE_KEY, 'not json');
    const other = createLabStore();
    restoreSession(other, storage, SEED);
    expect(other.getState().notice?.key).toBe('notice.savedUnreadable');
  });
});
