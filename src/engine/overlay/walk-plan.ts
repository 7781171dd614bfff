// Where the look after a command must look again. The walk (walk.ts) takes
// the oracle's look at every merged directory after each command; most of
// the tree is as the last walk left it, so a walk that knows the state the
// last one ended in (`since`) goes down only where something changed since
// that walk started: names changed in the dentry cache or walk marks
// dropped (the cache's journal), real directories changed on the disk (the
// inode table's changes, mapped to the merged directories listed from
// them), and directories that walk could not settle. Everything else is,
// by induction, as a full walk would find it: its marks valid and its names
// cached, so walking it would change nothing.
import type { Ino, Inode } from '../fs/inode.ts';
import type { IntTable } from '../fs/table.ts';
import type { OverlayMount, WalkMark, Workspace } from '../workspace.ts';
import type { OvlConfig } from './params.ts';
import type { Touch } from './dcache.ts';

/** What a walk of one mount started from, kept with the state it ended in. */
interface WalkStart {
  readonly head: Touch;
  readonly inodes: IntTable<Inode>;
  /** Directories it could not settle (an ESTALE lookup): the next walk looks at them again. */
  readonly unsettled: readonly string[];
}

/** By the workspace a walk ended in (the next command's `before`): each mount's start. */
const starts = new WeakMap<Workspace, Map<number, WalkStart>>();

/**
 * Real directory inode -> merged directories whose walk marks listed it, for
 * one mount's life (by its config object), only ever added to: a superset
 * of what any of its states' marks hold, which is all a plan needs.
 */
const listedFrom = new WeakMap<OvlConfig, Map<Ino, Set<string>>>();

function indexOf(m: OverlayMount): Map<Ino, Set<string>> {
  let index = listedFrom.get(m.config);
  if (!index) listedFrom.set(m.config, (index = new Map()));
  return index;
}

/** Records that `key`'s mark lists these real directories. */
export function noteMark(m: OverlayMount, key: string, mark: WalkMark): void {
  const index = indexOf(m);
  for (const r of mark.reals) {
    if (!r) continue;
    let keys = index.get(r.ino);
    if (!keys) index.set(r.ino, (keys = new Set()));
    keys.add(key);
  }
}

export function recordWalk(end: Workspace, walked: Map<number, WalkStart>): void {
  starts.set(end, walked);
}

export function walkStart(m: OverlayMount, inodes: IntTable<Inode>, unsettled: readonly string[]): WalkStart | undefined {
  const head = m.dcache.journal;
  return head ? { head, inodes, unsettled } : undefined;
}

const parentOf = (key: string) => {
  const i = key.lastIndexOf('/');
  return i < 0 ? '' : key.slice(0, i);
};

/** Journal entries a cache can be behind its start by before a full walk is cheaper. */
const MAX_JOURNAL = 200_000;

export class WalkPlan {
  /** Changed directories and every directory above them: the walk goes down these only. */
  private readonly onPath = new Set<string>();
  private head: Touch;
  private inodes: IntTable<Inode>;
  /** Set when the changes cannot be followed any more: from then on nothing is passed over. */
  private lost = false;

  private constructor(
    /** The mount as the last walk left it: which subdirectories that walk went through. */
    readonly last: OverlayMount,
    start: WalkStart,
  ) {
    this.head = start.head;
    this.inodes = start.inodes;
    for (const k of start.unsettled) this.mark(k);
  }

  /** A plan for walking `m` (in `ws`) after the state `since` a walk ended in, or null for a full walk. */
  static make(ws: Workspace, m: OverlayMount, since: Workspace | undefined): WalkPlan | null {
    if (!since || [...m.lowers, ...m.dataLowers].some((l) => l.ovl)) return null;
    const start = starts.get(since)?.get(m.id);
    const last = since.mounts.find((x) => x.id === m.id);
    if (!start || !last) return null;
    const plan = new WalkPlan(last, start);
    plan.catchUp(ws, m);
    return plan.lost ? null : plan;
  }

  private mark(key: string): void {
    for (let k = key; !this.onPath.has(k); k = parentOf(k)) {
      this.onPath.add(k);
      if (k === '') break;
    }
  }

  /** Takes in what changed since the plan last looked (the walk's own lookups change things too). */
  private catchUp(ws: Workspace, m: OverlayMount): void {
    const head = m.dcache.journal;
    if (head !== this.head) {
      const keys: string[] = [];
      let t: Touch | null | undefined = head;
      for (let n = 0; t !== this.head; t = t.prev, n++) {
        if (!t || t.key === null || n > MAX_JOURNAL) return void (this.lost = true);
        keys.push(t.key);
      }
      for (const k of keys) this.mark(k);
      this.head = head!;
    }
    const inodes = ws.fs.inodes;
    if (inodes !== this.inodes) {
      const changed = inodes.changedSince(this.inodes);
      if (!changed) return void (this.lost = true);
      const index = indexOf(m);
      for (const ino of changed) for (const k of index.get(ino) ?? []) this.mark(k);
      this.inodes = inodes;
    }
  }

  /** Whether the walk may pass over `key` (a directory the last walk went through): nothing at or below it changed. */
  mayPass(ws: Workspace, m: OverlayMount, key: string): boolean {
    if (this.lost) return false;
    this.catchUp(ws, m);
    return !this.lost && !this.onPath.has(key);
  }
}
