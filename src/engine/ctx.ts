// What every operation runs against: the current workspace (an immutable
// value that operations replace) and the event log they append to.
import type { Cred } from './api.ts';
import type { EngineEvent } from './events.ts';
import type { Fs } from './fs/fs.ts';
import type { Ino } from './fs/inode.ts';
import type { OverlayMount, Workspace } from './workspace.ts';

export interface Ctx {
  ws: Workspace;
  /** Records an event with the workspace as it is now. */
  emit(e: EngineEvent): void;
  /** Inodes held by an open descriptor outlive their last name. */
  isHeld(ino: Ino): boolean;
  /** Internal walks (the trace snapshot) do not narrate their lookups. */
  quiet: boolean;
  /** Who the current call is made as; absent means root (internal walks, set-up). */
  readonly cred?: Cred;
  /** Overlay paths already narrated in this command (later lookups hit the dentry cache). */
  narrated?: Set<string>;
}

/** Replaces the disk and records the change that did it. */
export function commit(ctx: Ctx, fs: Fs, e: EngineEvent): void {
  const ws = ctx.ws;
  // { ...ws, fs }, written out (once per event; fields in createWorkspace's order).
  ctx.ws = { fs, mounts: ws.mounts, tempId: ws.tempId, nextMountId: ws.nextMountId, uuidSeq: ws.uuidSeq };
  ctx.emit(e);
}

export function replaceMount(ctx: Ctx, m: OverlayMount): void {
  const ws = ctx.ws;
  ctx.ws = { fs: ws.fs, mounts: ws.mounts.map((x) => (x.id === m.id ? m : x)), tempId: ws.tempId, nextMountId: ws.nextMountId, uuidSeq: ws.uuidSeq };
}

/** A standalone context: events go to `log` if given, nothing is held open. */
class ScratchCtx implements Ctx {
  ws: Workspace;
  quiet = false;
  private readonly log: { event: EngineEvent; state: Workspace }[] | undefined;
  constructor(ws: Workspace, log: { event: EngineEvent; state: Workspace }[] | undefined) {
    this.ws = ws;
    this.log = log;
  }
  emit(e: EngineEvent): void {
    this.log?.push({ event: e, state: this.ws });
  }
  isHeld(): boolean {
    return false;
  }
}

/**
 * A standalone context, for pure helpers and tests. (A class, not an object
 * of closures: lookups narrate through one of these per name.)
 */
export function scratchCtx(ws: Workspace, log?: { event: EngineEvent; state: Workspace }[]): Ctx {
  return new ScratchCtx(ws, log);
}
