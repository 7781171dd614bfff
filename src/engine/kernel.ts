// One process over the workspace: the Syscalls the shell calls, over an
// immutable state that each change replaces, with the events that explain
// every change. `run` wraps it for callers who want (state, events, result).
import { ROOT_CRED, type Bytes, type Cred, type DirEntry, type MountInfo, type Stat, type Syscalls, type XattrOpts } from './api.ts';
import type { Ctx } from './ctx.ts';
import { fail, ok, type Result } from './errno.ts';
import type { EngineEvent } from './events.ts';
import type { Ino } from './fs/inode.ts';
import { createWorkspace, type Workspace } from './workspace.ts';
import * as files from './vfs/files.ts';
import * as dirs from './vfs/dirs.ts';
import * as attrs from './vfs/attrs.ts';
import * as mounts from './vfs/mounts.ts';
import { resolve, locPath } from './vfs/namei.ts';
import { locType, statLoc } from './vfs/node.ts';

export interface Recorded {
  event: EngineEvent;
  /** The workspace right after the event. */
  state: Workspace;
}

export interface OpenFile {
  ino: Ino;
  /** Workspace path of the real object, for narration. */
  label: string;
  flags: number;
  offset: number;
  /** The file may change (opened for write on a writable mount). */
  writable: boolean;
  readable: boolean;
  isDir: boolean;
  /** A character device that reads as empty and swallows writes (1/3). */
  nullDevice?: boolean;
}

export class Kernel implements Syscalls, Ctx {
  ws: Workspace;
  cwd: string;
  umask = 0o022;
  cred: Cred = ROOT_CRED;
  quiet = false;
  readonly narrated = new Set<string>();
  /** Each event with the workspace right after it (record: 'states'). */
  readonly log: Recorded[] = [];
  /** Each event alone (record: 'events'): what a timeline keeps between command ends. */
  readonly events: EngineEvent[] = [];
  readonly fds = new Map<number, OpenFile>();

  /**
   * What is kept of each event: 'states' (with the workspace after it),
   * 'events' (the event alone), or nothing (bulk set-up, such as a
   * generated stack). true and false are 'states' and 'none'.
   */
  readonly recording: 'states' | 'events' | 'none';
  /** Called with every event and the workspace after it, whatever is kept. */
  private readonly onEvent?: (event: EngineEvent, state: Workspace) => void;
  /** The workspace as the last event left it (settle compares it with now). */
  private lastState: Workspace;

  constructor(ws: Workspace = createWorkspace(), cwd = '', opts: { record?: boolean | 'states' | 'events' | 'none'; onEvent?: (event: EngineEvent, state: Workspace) => void } = {}) {
    this.ws = ws;
    this.cwd = cwd;
    const r = opts.record ?? true;
    this.recording = r === true ? 'states' : r === false ? 'none' : r;
    this.onEvent = opts.onEvent;
    this.lastState = ws;
  }

  emit(event: EngineEvent): void {
    this.lastState = this.ws;
    if (this.recording === 'states') this.log.push({ event, state: this.ws });
    else if (this.recording === 'events') this.events.push(event);
    this.onEvent?.(event, this.ws);
  }

  /**
   * Ends a command: when the workspace changed after the last event (lookups
   * fill and drop the dentry cache without touching the disk), one `dcache`
   * event records it, so the last event's state is where the command ended.
   */
  settle(): void {
    if (this.ws === this.lastState) return;
    let names = 0;
    for (const m of this.ws.mounts) names += m.dcache.size;
    this.emit({ type: 'dcache', names });
  }

  isHeld = (ino: Ino): boolean => {
    for (const f of this.fds.values()) if (f.ino === ino) return true;
    // A cached overlay lookup keeps its real inodes alive, as a dentry does.
    return this.ws.mounts.some((m) => m.pins.has(ino));
  };

  /** Records a failure in the narrative and returns it. */
  failed<T>(syscall: string, path: string, r: Result<T>): Result<T> {
    if (!r.ok) this.emit({ type: 'error', syscall, path, errno: r.errno, ...(r.why ? { why: r.why } : {}) });
    return r;
  }

  setCred(c: Cred): void {
    this.cred = c;
  }

  chdir(path: string): Result<string> {
    const r = resolve(this, this.cwd, path, true);
    if (!r.ok) return this.failed('chdir', path, r);
    const t = locType(this, r.value);
    if (!t.ok) return t;
    if (t.value !== 'dir') return this.failed('chdir', path, fail('ENOTDIR'));
    this.cwd = locPath(this, r.value);
    return ok(this.cwd);
  }

  stat(path: string): Result<Stat> {
    const r = resolve(this, this.cwd, path, true);
    return this.failed('stat', path, r.ok ? statLoc(this, r.value) : r);
  }
  lstat(path: string): Result<Stat> {
    const r = resolve(this, this.cwd, path, false);
    return this.failed('lstat', path, r.ok ? statLoc(this, r.value) : r);
  }
  fstat(fd: number): Result<Stat> {
    return files.fstat(this, fd);
  }

  open(path: string, flags: number, mode = 0o666): Result<number> {
    return this.failed('open', path, files.open(this, path, flags, mode));
  }
  read(fd: number, count?: number): Result<Bytes> {
    return files.read(this, fd, count);
  }
  write(fd: number, data: Bytes): Result<number> {
    return files.write(this, fd, data);
  }
  ftruncate(fd: number, length: number): Result<void> {
    return files.ftruncate(this, fd, length);
  }
  close(fd: number): Result<void> {
    return files.close(this, fd);
  }
  truncate(path: string, length: number): Result<void> {
    return this.failed('truncate', path, files.truncate(this, path, length));
  }

  mkdir(path: string, mode: number): Result<void> {
    return this.failed('mkdir', path, dirs.mkdir(this, path, mode));
  }
  rmdir(path: string): Result<void> {
    return this.failed('rmdir', path, dirs.rmdir(this, path));
  }
  unlink(path: string): Result<void> {
    return this.failed('unlink', path, dirs.unlink(this, path));
  }
  rename(from: string, to: string, flags = 0): Result<void> {
    return this.failed('rename', `${from} -> ${to}`, dirs.rename(this, from, to, flags));
  }
  link(existing: string, newPath: string): Result<void> {
    return this.failed('link', `${existing} -> ${newPath}`, dirs.link(this, existing, newPath));
  }
  symlink(target: string, linkPath: string): Result<void> {
    return this.failed('symlink', linkPath, dirs.symlink(this, target, linkPath));
  }
  readlink(path: string): Result<string> {
    return this.failed('readlink', path, dirs.readlink(this, path));
  }
  mknod(path: string, type: 'chardev' | 'blockdev' | 'fifo', mode: number, major = 0, minor = 0): Result<void> {
    return this.failed('mknod', path, dirs.mknod(this, path, type, mode, major, minor));
  }
  readdir(path: string): Result<readonly DirEntry[]> {
    return this.failed('getdents', path, dirs.readdir(this, path));
  }

  chmod(path: string, mode: number): Result<void> {
    return this.failed('chmod', path, attrs.chmod(this, path, mode));
  }
  chown(path: string, uid: number, gid: number, opts?: XattrOpts): Result<void> {
    return this.failed('chown', path, attrs.chown(this, path, uid, gid, opts));
  }
  utimes(path: string, opts?: XattrOpts): Result<void> {
    return this.failed('utimensat', path, attrs.utimes(this, path, opts));
  }
  futimes(fd: number): Result<void> {
    return files.futimes(this, fd);
  }
  getxattr(path: string, name: string, opts?: XattrOpts): Result<Bytes> {
    return this.failed('getxattr', path, attrs.getxattr(this, path, name, opts));
  }
  setxattr(path: string, name: string, value: Bytes, flags = 0, opts?: XattrOpts): Result<void> {
    return this.failed('setxattr', path, attrs.setxattr(this, path, name, value, flags, opts));
  }
  listxattr(path: string, opts?: XattrOpts): Result<string[]> {
    return this.failed('listxattr', path, attrs.listxattr(this, path, opts));
  }
  removexattr(path: string, name: string, opts?: XattrOpts): Result<void> {
    return this.failed('removexattr', path, attrs.removexattr(this, path, name, opts));
  }

  mount(source: string, target: string, fstype: string, flags: number, data: string): Result<void> {
    return this.failed('mount', target, mounts.mount(this, source, target, fstype, flags, data));
  }
  /** umount2; MNT_* flags make no difference to the simulation. */
  umount(target: string, _flags = 0): Result<void> {
    return this.failed('umount', target, mounts.umount(this, target));
  }
  mounts(): MountInfo[] {
    return mounts.mountTable(this);
  }
}
