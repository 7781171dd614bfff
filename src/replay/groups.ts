// Two levels of detail. The full view shows every micro-step the kernel
// makes; the simple view groups the kernel-internal steps of one act into
// one step a beginner can follow: a copy-up (impure mark, O_TMPFILE,
// origin xattr, setattr, link into place, all between its begin and end),
// a whiteout made and put in place, an opaque directory swapped in, the
// index kept, a mount's preparations, each with the clean-up that follows
// it. What a command leaves for the dentry cache (and the look at the tree
// after it) closes the step before it. Pure: the timeline keeps the
// events, this only says where steps begin and end.
import type { Cause, EngineEvent } from '../engine/events.ts';
import { caption, type Caption } from './captions.ts';

export type GroupKind = 'copy-up' | 'whiteout' | 'opaque' | 'index' | 'mount' | 'cleanup' | 'single';

/** Micro-steps from..to (indices in the command, inclusive) shown as one step. */
export interface StepGroup {
  from: number;
  to: number;
  kind: GroupKind;
  /** The step that says what the group does (its caption is the group's). */
  main: number;
}

/** A group of more than one micro-step, as [from, to] (what crosses to the page). */
export type Span = readonly [number, number];

/** The acts whose steps run together, by the cause the engine gives them. */
const ACTS: Partial<Record<Cause, GroupKind>> = { whiteout: 'whiteout', opaque: 'opaque', index: 'index', mount: 'mount', cleanup: 'cleanup' };

function actOf(e: EngineEvent): GroupKind | null {
  if (e.type === 'mount' || e.type === 'umount') return 'mount';
  if (!('cause' in e)) return null;
  return ACTS[e.cause] ?? null;
}

/** The index of the copy-up end matching the begin at `i` (nested copy-ups of parents inside), or the last event. */
function copyUpEnd(events: readonly EngineEvent[], i: number, stop: number): number {
  let depth = 0;
  for (let j = i; j < stop; j++) {
    const e = events[j];
    if (e.type !== 'copy-up') continue;
    depth += e.phase === 'begin' ? 1 : -1;
    if (depth === 0) return j;
  }
  return stop - 1;
}

/**
 * The steps of the simple view over one command's events, in order,
 * covering every event once. Events from `walkFrom` on (the look at the
 * tree after the command, the closing dentry-cache step) join the step
 * before them.
 */
export function groupSteps(events: readonly EngineEvent[], walkFrom = events.length): StepGroup[] {
  const out: StepGroup[] = [];
  // The closing dcache event belongs with the command's last step, wherever the walk starts.
  let stop = Math.min(walkFrom, events.length);
  if (stop === events.length && stop > 0 && events[stop - 1].type === 'dcache') stop--;
  let i = 0;
  while (i < stop) {
    const e = events[i];
    if (e.type === 'copy-up' && e.phase === 'begin') {
      const end = copyUpEnd(events, i, stop);
      out.push({ from: i, to: end, kind: 'copy-up', main: i });
      i = end + 1;
      continue;
    }
    let act = actOf(e);
    // A node made in work/ by the call itself, then put in place over a whiteout or made opaque, is one act with that.
    const next = i + 1 < stop ? actOf(events[i + 1]) : null;
    if (act === null && e.type === 'create' && e.cause === 'syscall' && (next === 'whiteout' || next === 'opaque')) act = next;
    if (act === null) {
      out.push({ from: i, to: i, kind: 'single', main: i });
      i++;
      continue;
    }
    let j = i + 1;
    let main = act === 'cleanup' ? -1 : i;
    while (j < stop) {
      const a = actOf(events[j]);
      if (a === null) break;
      if (a === 'cleanup') {
        j++;
        continue;
      }
      if (act === 'cleanup') act = a;
      else if (a !== act) break;
      main = j;
      j++;
    }
    // A mount's own event says what the group did; otherwise the last step of the act (the one that puts it in place).
    out.push({ from: i, to: j - 1, kind: j - 1 === i ? 'single' : act, main: main < 0 ? j - 1 : main });
    i = j;
  }
  if (stop < events.length) {
    const last = out[out.length - 1];
    if (last) last.to = events.length - 1;
    else out.push({ from: stop, to: events.length - 1, kind: 'single', main: events.length - 1 });
  }
  return out;
}

/** The groups of more than one micro-step, as spans: all a page needs to step the simple view. */
export function groupSpans(events: readonly EngineEvent[], walkFrom = events.length): Span[] {
  return groupSteps(events, walkFrom)
    .filter((g) => g.to > g.from)
    .map((g) => [g.from, g.to] as const);
}

/** A group's caption: its main step's, and how many kernel steps it stands for. */
export function groupCaption(g: StepGroup, events: readonly EngineEvent[]): Caption {
  const main = caption(events[g.main]);
  if (g.kind === 'single') return main;
  return { key: `group.${g.kind}`, params: { main: { parts: [main] }, count: g.to - g.from + 1 } };
}

/** A command as the simple view steps it: where its micro-steps sit and which run together. */
export interface Grouped {
  first: number;
  count: number;
  groups?: readonly Span[];
}

/** The command whose micro-step ends at `position` or runs through it (-1 at 0). */
function commandOf(commands: readonly Grouped[], position: number): number {
  let lo = 0;
  let hi = commands.length - 1;
  if (hi < 0 || position <= 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (commands[mid].first < position) lo = mid;
    else hi = mid - 1;
  }
  return commands[lo].first < position ? lo : -1;
}

/** The span of `c` the micro-step at `position` sits strictly inside (not at its end), if any. */
function inside(c: Grouped, position: number): Span | null {
  const j = position - c.first - 1;
  for (const s of c.groups ?? []) if (s[0] <= j && j < s[1]) return s;
  return null;
}

/**
 * The next position the simple view stops at after `position` (delta 1) or
 * before it (-1): every position but those inside a group, whose steps are
 * passed over together (the full view stops at every position).
 */
export function simpleStep(commands: readonly Grouped[], total: number, position: number, delta: 1 | -1): number {
  let q = Math.max(0, Math.min(total, position + delta));
  const i = commandOf(commands, q);
  if (i < 0) return q;
  const c = commands[i];
  const s = inside(c, q);
  if (s) q = delta > 0 ? c.first + s[1] + 1 : c.first + s[0];
  return q;
}

/** Whether the simple view stops at `position` (a position inside a group is passed over). */
export function isSimpleStop(commands: readonly Grouped[], position: number): boolean {
  const i = commandOf(commands, position);
  return i < 0 || inside(commands[i], position) === null;
}
