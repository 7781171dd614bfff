// Which overlay the views show at a position of the timeline. A scenario
// mounts, works through the mount, and often unmounts at the end; the
// views still have a stack to draw before the mount and after the umount.
//
// The rule: the mount in force (the one the user picked, else the most
// recent); with none in force, the last one unmounted before the position,
// its layers as they are now on disk; with none before, the first one
// mounted later, its layers as they are so far; with no mount anywhere in
// the session, the usual directories (lower*, upper, work, merged) as an
// overlay would stack them, so the layers can be looked at before a mount.
import { ROOT_INO } from '../engine/fs/fs.ts';
import { Kernel } from '../engine/kernel.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';
import { stateAt } from './states.ts';
import type { CommandStep, Timeline } from './timeline.ts';

export type MountPhase = 'mounted' | 'unmounted' | 'not-yet';

export interface ShownMount {
  mount: OverlayMount;
  phase: MountPhase;
  /** The workspace at the position (the one to draw). */
  state: Workspace;
}

interface MountEvent {
  /** Position right after the event. */
  position: number;
  kind: 'mount' | 'umount';
  mount: number;
  options?: string;
}

// A command's mount and umount events never change: found once per command.
const perCommand = new WeakMap<CommandStep, MountEvent[]>();

function mountEventsOf(c: CommandStep): MountEvent[] {
  let out = perCommand.get(c);
  if (out) return out;
  out = [];
  c.events.forEach((e, j) => {
    if (e.type === 'mount') out!.push({ position: c.first + j + 1, kind: 'mount', mount: e.mount, options: e.options });
    if (e.type === 'umount') out!.push({ position: c.first + j + 1, kind: 'umount', mount: e.mount });
  });
  perCommand.set(c, out);
  return out;
}

/** Every mount and umount of the timeline, in order. */
export function mountEvents(t: Timeline): MountEvent[] {
  return t.commands.flatMap(mountEventsOf);
}

export function shownMount(t: Timeline, position: number, preferred?: number | null): ShownMount | null {
  const state = stateAt(t, position);
  if (state.mounts.length > 0) {
    const mount = state.mounts.find((m) => m.id === preferred) ?? state.mounts[state.mounts.length - 1];
    return { mount, phase: 'mounted', state };
  }
  const events = mountEvents(t);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.position > position || e.kind !== 'umount') continue;
    const mount = stateAt(t, e.position - 1).mounts.find((m) => m.id === e.mount);
    if (mount) return { mount, phase: 'unmounted', state };
  }
  for (const e of events) {
    if (e.position <= position || e.kind !== 'mount') continue;
    const mount = stateAt(t, e.position).mounts.find((m) => m.id === e.mount);
    if (mount) return { mount, phase: 'not-yet', state };
  }
  // Not after a mount that failed: the error is the story there, not a guess at the stack.
  if (events.length === 0 && !t.commands.some((c) => /^\s*mount\b/.test(c.cmd))) {
    const mount = layersOnDisk(state);
    if (mount) return { mount, phase: 'not-yet', state };
  }
  return null;
}

const onDisk = new WeakMap<Workspace, OverlayMount | null>();

/**
 * Before any mount: the layer directories a lesson or a learner made, as
 * `mount -t overlay overlay -o lowerdir=./lower*,upperdir=./upper,workdir=./work
 * ./merged` would stack them (lowers by name), mounted on a copy of the
 * workspace that is then thrown away. Null unless `merged` and a `lower*`
 * directory are at the top (and the kernel would take the mount).
 */
export function layersOnDisk(state: Workspace): OverlayMount | null {
  const known = onDisk.get(state);
  if (known !== undefined) return known;
  let out: OverlayMount | null = null;
  const root = state.fs.inodes.get(ROOT_INO);
  if (root?.kind === 'dir') {
    const dirs = [...root.entries.keys()].filter((n) => state.fs.inodes.get(root.entries.get(n)!)?.kind === 'dir');
    const lowers = dirs.filter((n) => /^lower/.test(n)).sort();
    if (lowers.length > 0 && dirs.includes('merged')) {
      const rw = dirs.includes('upper') && dirs.includes('work');
      const k = new Kernel(state, '', { record: false });
      const r = k.mount('overlay', 'merged', 'overlay', 0, `lowerdir=${lowers.map((l) => `./${l}`).join(':')}${rw ? ',upperdir=./upper,workdir=./work' : ''}`);
      if (r.ok) out = k.ws.mounts[k.ws.mounts.length - 1] ?? null;
    }
  }
  onDisk.set(state, out);
  return out;
}

/**
 * The options a mount runs with, as the kernel lists them: from the mount
 * table while it is mounted, else from the timeline's mount event for it.
 */
export function mountOptions(t: Timeline, shown: ShownMount, position = t.total): string | null {
  if (shown.phase === 'mounted') {
    // The table lists the mounts in mount order, as the workspace holds them.
    const table = new Kernel(shown.state, '', { record: false }).mounts();
    const info = table[shown.state.mounts.indexOf(shown.mount)];
    if (info && info.target === shown.mount.target) return info.options;
  }
  let found: string | null = null;
  for (const e of mountEvents(t)) {
    if (e.kind !== 'mount' || e.mount !== shown.mount.id) continue;
    // Before the position, the latest; past it, the first one only.
    found = e.options ?? null;
    if (e.position > position) break;
  }
  return found;
}
