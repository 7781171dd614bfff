// Which overlay the views show at a position of the timeline. A scenario
// mounts, works through the mount, and often unmounts at the end; the
// views still have a stack to draw before the mount and after the umount.
//
// The rule: the mount in force (the one the user picked, else the most
// recent); with none in force, the last one unmounted before the position,
// its layers as they are now on disk; with none before, the first one
// mounted later, its layers as they are so far.
import { Kernel } from '../engine/kernel.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';
import { stateAt, type Timeline } from './timeline.ts';

/**
 * The workspace the views show after `position` micro-steps. At a command
 * boundary it is the state after the command (the last one ending there:
 * commands without micro-steps, such as `cat`, still fill the dentry cache),
 * which is what the next command starts from. Inside a command it is the
 * state recorded with the micro-step.
 */
export function viewStateAt(t: Timeline, position: number): Workspace {
  let boundary: Workspace | null = null;
  for (let i = t.commands.length - 1; i >= 0; i--) {
    const c = t.commands[i];
    const end = c.first + c.count;
    if (end === position) {
      boundary = c.after;
      break;
    }
    if (end < position) break;
  }
  return boundary ?? stateAt(t, position).state;
}

export type MountPhase = 'mounted' | 'unmounted' | 'not-yet';

export interface ShownMount {
  mount: OverlayMount;
  phase: MountPhase;
  /** The workspace at the position (the one to draw). */
  state: Workspace;
}

function stateBefore(t: Timeline, micro: number): Workspace {
  return micro === 0 ? t.initial : t.micro[micro - 1].state;
}

export function shownMount(t: Timeline, position: number, preferred?: number | null): ShownMount | null {
  const state = viewStateAt(t, position);
  if (state.mounts.length > 0) {
    const mount = state.mounts.find((m) => m.id === preferred) ?? state.mounts[state.mounts.length - 1];
    return { mount, phase: 'mounted', state };
  }
  const end = Math.min(position, t.micro.length);
  for (let i = end - 1; i >= 0; i--) {
    const e = t.micro[i].event;
    if (e.type !== 'umount') continue;
    const mount = stateBefore(t, i).mounts.find((m) => m.id === e.mount);
    if (mount) return { mount, phase: 'unmounted', state };
  }
  for (let i = end; i < t.micro.length; i++) {
    const e = t.micro[i].event;
    if (e.type !== 'mount') continue;
    const mount = t.micro[i].state.mounts.find((m) => m.id === e.mount);
    if (mount) return { mount, phase: 'not-yet', state };
  }
  return null;
}

/**
 * The options a mount runs with, as the kernel lists them: from the mount
 * table while it is mounted, else from the timeline's mount event for it.
 */
export function mountOptions(t: Timeline, shown: ShownMount, position = t.micro.length): string | null {
  if (shown.phase === 'mounted') {
    // The table lists the mounts in mount order, as the workspace holds them.
    const table = new Kernel(shown.state, '', { record: false }).mounts();
    const info = table[shown.state.mounts.indexOf(shown.mount)];
    if (info && info.target === shown.mount.target) return info.options;
  }
  const mountId = shown.mount.id;
  let found: string | null = null;
  for (let i = 0; i < t.micro.length; i++) {
    const e = t.micro[i].event;
    if (e.type !== 'mount' || e.mount !== mountId) continue;
    found = e.options;
    // Before the position, the latest; past it, the first one only.
    if (i >= position) break;
  }
  return found;
}
