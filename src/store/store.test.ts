import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLabStore, openSeed, openShareLink, persistTo, restoreSession, scriptOf, selectShown, sessionScript, STORAGE_KEY } from './index.ts';
import { commandBoundaries, commandStep, SLOW_VIEW_MS } from './cursor.ts';
import { LocalHost } from '../session/host.ts';
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

/** The store once its view shows the cursor as it stands. */
async function settled() {
  await store.getState().settled();
  return store.getState();
}

describe('commands', () => {
  it('runs a typed line, refuses one outside the language without touching the session', async () => {
    expect(await store.getState().runCommand('mkdir a')).toBe(true);
    expect(await store.getState().runCommand('echo $HOME > a/x')).toBe(false);
    const s = store.getState();
    expect(s.commands.map((c) => c.cmd)).toEqual(['mkdir a']);
    expect(s.rejected).toEqual([{ after: 1, cmd: 'echo $HOME > a/x', message: expect.stringMatching(/variable/) }]);
    expect(s.position).toBe(s.total);
  });

  it('comes back with the micro-steps of the command it ran, beside those of the commands before', async () => {
    await store.getState().runCommand('mkdir a');
    await store.getState().loadEvents(0, 0, 500);
    await store.getState().runCommand('echo x > a/f');
    const s = store.getState();
    expect(s.events.version).toBe(s.version);
    for (const i of [0, 1]) expect(s.events.pages.get(i)?.events.size, `command ${i}`).toBe(s.commands[i].count);
    expect(s.events.pages.get(1)!.events.get(0)).toMatchObject({ type: expect.any(String) });
    // Another command in its place: its own micro-steps, not those taken back.
    await store.getState().undo();
    await store.getState().runCommand('touch a/g a/h');
    const t = store.getState();
    expect(t.events.pages.get(1)?.events.size).toBe(t.commands[1].count);
    expect(t.commands[1].count).not.toBe(s.commands[1].count);
  });

  it('keeps failing commands: they are part of the script, as on a real kernel', async () => {
    await store.getState().runCommand('rmdir nope');
    expect(store.getState().commands[0]).toMatchObject({ status: 1 });
  });

  it('undoes and redoes commands, and a new command clears redo', async () => {
    const s = () => store.getState();
    await s().runCommand('mkdir a');
    await s().runCommand('mkdir a/b');
    await s().undo();
    expect(scriptOf(s())).toBe('mkdir a\n');
    expect(s().redoStack).toEqual(['mkdir a/b']);
    await s().redo();
    expect(scriptOf(s())).toBe('mkdir a\nmkdir a/b\n');
    await s().undo();
    await s().runCommand('mkdir c');
    expect(s().redoStack).toEqual([]);
    await s().undo();
    await s().undo();
    await s().undo();
    expect(s().commands).toEqual([]);
    expect(s().position).toBe(0);
  });

  it('keeps the commands it already had as the very same objects when one is added', async () => {
    await store.getState().runCommand('mkdir a');
    const first = store.getState().commands[0];
    await store.getState().runCommand('mkdir b');
    expect(store.getState().commands[0]).toBe(first);
  });
});

describe('loading', () => {
  it('opens the seed at its start, without its closing umount, the lessons in view', async () => {
    await openSeed(store, SEED);
    let s = await settled();
    expect(s.commands.at(-1)!.cmd).toBe('rm -f merged/in_lower.txt');
    expect(s.redoStack).toEqual([]);
    expect(s.position).toBe(0);
    expect(s.sideTab).toBe('course');
    expect(s.welcomeAt).toBe(s.version);
    s.seek(s.total);
    s = await settled();
    expect(selectShown(s)!.phase).toBe('mounted');
  });

  it('keeps the session when a script is malformed, and says where', async () => {
    await openSeed(store, SEED);
    const before = store.getState().commands;
    expect(await store.getState().loadScript('mkdir a\nls *.txt\n', 'bad.sh')).toBe(false);
    const s = store.getState();
    expect(s.commands).toBe(before);
    expect(s.notice).toMatchObject({ kind: 'error', key: 'notice.scriptRejected', params: { name: 'bad.sh' }, detail: expect.stringMatching(/line 2/) });
    // The host still holds the old session too: a command runs after it.
    expect(await s.runCommand('ls merged')).toBe(true);
    expect(store.getState().commands.at(-1)!.stdout).toBe('in_both.txt\nin_upper.txt\n');
  });

  it('replaces the session with a share link, and refuses a damaged one', async () => {
    await openSeed(store, SEED);
    expect(await openShareLink(store, encodeShare('mkdir x\n'))).toBe(true);
    expect(scriptOf(store.getState())).toBe('mkdir x\n');
    expect(await openShareLink(store, '1.garbage')).toBe(false);
    expect(scriptOf(store.getState())).toBe('mkdir x\n');
    expect(store.getState().notice?.key).toBe('notice.badLink');
  });
});

describe('the cursor', () => {
  it('moves with its view in one store change, so a step is drawn once', async () => {
    await openSeed(store, SEED);
    store.getState().setDetail('full');
    const s = await settled();
    s.seek(s.total - 3);
    await settled();
    const seen: { position: number; view: number | undefined }[] = [];
    const stop = store.subscribe((now, before) => {
      if (now.position !== before.position || now.view !== before.view) seen.push({ position: now.position, view: now.view?.position });
    });
    store.getState().stepMicro(1);
    expect(store.getState().position).toBe(s.total - 3);
    await settled();
    stop();
    expect(seen).toEqual([{ position: s.total - 2, view: s.total - 2 }]);
  });

  it('moves alone when the view is slow, and the view follows', async () => {
    const local = new LocalHost();
    let slow = false;
    const call = ((name: string, ...args: unknown[]) => {
      const r = (local.call as (n: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
      return slow && name === 'view' ? r.then((x) => new Promise<unknown>((done) => setTimeout(() => done(x), SLOW_VIEW_MS * 3))) : r;
    }) as unknown as LocalHost['call'];
    store = createLabStore({ call, onProgress: (l) => local.onProgress(l), canCancel: false, background: false, cancel: (r) => local.cancel(r) });
    await openSeed(store, SEED);
    store.getState().setDetail('full');
    store.getState().seek(store.getState().total);
    const s = await settled();
    slow = true;
    s.stepMicro(-1);
    expect(store.getState().position).toBe(s.total);
    await new Promise((r) => setTimeout(r, SLOW_VIEW_MS * 2));
    // The cursor moved; the view shown is still the old one.
    expect(store.getState().position).toBe(s.total - 1);
    expect(store.getState().view!.position).toBe(s.total);
    const after = await settled();
    expect(after.view!.position).toBe(s.total - 1);
  });

  it('steps by micro-step and by command', async () => {
    await openSeed(store, SEED);
    const s = () => store.getState();
    const { commands, total } = s();
    const b = commandBoundaries(commands);
    expect(b[0]).toBe(0);
    expect(b.at(-1)).toBe(total);
    s().seek(0);
    s().stepCommand(1);
    expect(s().target()).toBe(commands[0].count);
    s().stepMicro(1);
    s().stepMicro(-1);
    s().stepMicro(-1);
    expect(s().target()).toBe(commands[0].count - 1);
    s().stepCommand(-1);
    expect(s().target()).toBe(0);
    s().stepCommand(-1);
    expect(s().target()).toBe(0);
    expect(commandStep(commands, total, total, 1)).toBe(total);
    expect((await settled()).view!.position).toBe(0);
  });

  it('selects what each micro-step is about while following, and shows the grid there', async () => {
    await openSeed(store, SEED);
    const host = store.getState().host as LocalHost;
    const t = (await host.session()).timeline;
    const c = t.commands.findIndex((x) => x.events.some((e) => e.type === 'copy-up'));
    const copyUp = t.commands[c].first + t.commands[c].events.findIndex((e) => e.type === 'copy-up');
    store.getState().seek(copyUp + 1);
    const s = await settled();
    expect(s.selected).toBe('in_lower.txt');
    expect(s.view!.micro!.event.type).toBe('copy-up');
    // The grid at a copy-up step is the state after it: lower still holds the file.
    expect(s.view!.rows.find((r) => r.path === 'in_lower.txt')!.cells.map((x) => x.kind)).toEqual(['absent', 'file']);
  });

  it('lands on the last position asked for when many seeks come at once', async () => {
    await openSeed(store, SEED);
    for (let p = 0; p <= store.getState().total; p++) store.getState().seek(p);
    store.getState().seek(3);
    const s = await settled();
    expect(s.view!.position).toBe(3);
  });

  it('plays from the start when at the end', async () => {
    await openSeed(store, SEED);
    store.getState().play();
    expect(store.getState()).toMatchObject({ playing: true });
    expect(store.getState().target()).toBe(0);
    expect((await settled()).position).toBe(0);
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
  it('survives a reload: script, cursor, redo and selection', async () => {
    const storage = new MemoryStorage();
    await openSeed(store, SEED);
    const stop = persistTo(store, storage, 0);
    await store.getState().runCommand('echo hi > merged/new.txt');
    store.getState().seek(20);
    await settled();
    store.getState().select('in_both.txt');
    await settled();
    await new Promise((r) => setTimeout(r, 10));
    stop();
    const again = createLabStore();
    await restoreSession(again, storage, SEED);
    await again.getState().settled();
    const s = again.getState();
    // Edited (a command typed): kept without the seed's title, which no longer describes it.
    expect(scriptOf(s)).toBe(sessionScript(store.getState()));
    expect(scriptOf(s)).not.toMatch(/^# title:/m);
    expect(s.position).toBe(20);
    expect(s.selected).toBe('in_both.txt');
    expect(s.notice).toBeNull();
  });

  it('falls back to the seed, with a message, when the saved session is unreadable', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"v":1,"script":"ls $X\\n","name":"x.sh","base":{"kind":"empty"},"position":0,"redo":[]}');
    await restoreSession(store, storage, SEED);
    expect(store.getState().notice?.key).toBe('notice.savedRejected');
    expect(store.getState().name).toBe(SEED.name);
    storage.setItem(STORAGE_KEY, 'not json');
    const other = createLabStore();
    await restoreSession(other, storage, SEED);
    expect(other.getState().notice?.key).toBe('notice.savedUnreadable');
  });
});

describe('levels of detail', () => {
  it('steps the simple view by acts and the full view by kernel steps; the view says which act a step belongs to', async () => {
    await openSeed(store, SEED);
    const s0 = await settled();
    expect(s0.detail).toBe('simple');
    const edit = s0.commands.findIndex((c) => c.cmd.startsWith('echo "in lower! after edit!"'));
    const c = s0.commands[edit];
    expect(c.groups).toEqual([
      [1, 7],
      [8, 9],
    ]);
    const end = c.first + c.count;
    s0.seek(end);
    store.getState().stepMicro(-1);
    expect(store.getState().target()).toBe(end - 2);
    const v = (await settled()).view!;
    expect(v.group).toMatchObject({ kind: 'copy-up', from: c.first + 2, to: end - 2, event: 'copy-up' });
    store.getState().stepMicro(-1);
    expect(store.getState().target()).toBe(c.first + 1);
    store.getState().setDetail('full');
    store.getState().stepMicro(1);
    expect(store.getState().target()).toBe(c.first + 2);
  });

  it('starts simple when a lesson opens, and remembers the reader choice across loads', async () => {
    const storage = new MemoryStorage();
    const { persistDetail, DETAIL_KEY } = await import('./persist.ts');
    const stop = persistDetail(store, storage);
    store.getState().setDetail('full');
    expect(storage.getItem(DETAIL_KEY)).toBe('full');
    stop();
    const again = createLabStore();
    persistDetail(again, storage)();
    expect(again.getState().detail).toBe('full');
    again.getState().setCourse({ kind: 'lesson', id: 'copy-up' });
    expect(again.getState().detail).toBe('simple');
    // Reopening the same lesson's step keeps what the reader chose since.
    again.getState().setDetail('full');
    again.getState().setCourse({ kind: 'lesson', id: 'copy-up' }, 2);
    expect(again.getState().detail).toBe('full');
  });
});

describe('replacing a session', () => {
  it('is taken back by Undo, then commands are undone as before; the replaced one lands in the recent list', async () => {
    const storage = new MemoryStorage();
    const { recordReplaced, readRecent, undoRestores } = await import('./index.ts');
    recordReplaced(store, storage);
    await openSeed(store, SEED);
    expect(store.getState().replacedStack).toEqual([]);
    await store.getState().newSession();
    await store.getState().runCommand('mkdir a');
    await store.getState().runCommand('mkdir a/b');
    await store.getState().loadScript('', 'empty.sh');
    expect(store.getState().commands).toHaveLength(0);
    expect(undoRestores(store.getState())).toBe(true);
    await store.getState().undo();
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir a', 'mkdir a/b']);
    expect(store.getState().name).toBe('session.sh');
    await store.getState().undo();
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir a']);
    expect(store.getState().redoStack).toEqual(['mkdir a/b']);
    await store.getState().undo();
    // Back past the session's start: the seed demo New session replaced.
    expect(undoRestores(store.getState())).toBe(true);
    await store.getState().undo();
    expect(store.getState().name).toBe(SEED.name);
    expect(store.getState().replacedStack).toEqual([]);
    const recent = readRecent(storage);
    expect(recent.map((r) => r.name)).toEqual(['session.sh', SEED.name]);
    expect(recent[0].script).toContain('mkdir a/b');
  });
});

describe('one round trip a command', () => {
  it('a command and its Undo each come back with the view, asking the host for nothing more', async () => {
    await openSeed(store, SEED);
    await settled();
    const host = store.getState().host;
    const asked: string[] = [];
    const call = host.call;
    host.call = ((op: string, ...args: unknown[]) => {
      asked.push(op);
      return (call as (...a: unknown[]) => unknown)(op, ...args);
    }) as typeof host.call;
    await store.getState().runCommand('echo hi > merged/new.txt');
    let s = store.getState();
    expect(s.view?.position).toBe(s.total);
    expect(s.view?.rows.some((r) => r.path === 'new.txt')).toBe(true);
    await store.getState().undo();
    s = store.getState();
    expect(s.view?.position).toBe(s.position);
    expect(s.view?.rows.some((r) => r.path === 'new.txt')).toBe(false);
    await settled();
    expect(asked).toEqual(['run', 'truncate']);
  });
});

describe('a generated stack', () => {
  it('is titled in both languages, not by a file name', async () => {
    await store.getState().loadStack(3, 300);
    const s = store.getState();
    expect(s.title).toBe('A generated stack: 300 entries in 3 lower layers');
    expect(s.titleZh).toBe('生成的层栈：3 个下层，共 300 个条目');
    expect(s.name).toBe('stack-300.sh');
  });
});
