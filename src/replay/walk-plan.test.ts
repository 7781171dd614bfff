// The walk after a command goes down only where something changed since the
// last walk started (engine/overlay/walk-plan.ts). The property tests hold
// whole histories to full walks; these hold each rule that says where to
// look again, so that dropping one of them fails here.
import { describe, expect, it } from 'vitest';
import { Kernel } from '../engine/kernel.ts';
import { setXattr } from '../engine/fs/fs.ts';
import { dropDentries } from '../engine/overlay/resolve.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { WalkPlan } from '../engine/overlay/walk-plan.ts';
import type { Workspace } from '../engine/workspace.ts';
import { replayScenario } from './timeline.ts';
import { sameValue } from './testing/same.ts';

const SETUP = `mkdir -p lower/d/e lower/x upper work merged
echo f > lower/d/e/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged`;

/** A state a walk ended in (so the next walk has a start to follow), and its mount. */
function walked(): { since: Workspace; mountId: number } {
  const t = replayScenario(SETUP);
  const since = t.commands[t.commands.length - 1].after;
  return { since, mountId: since.mounts[0].id };
}

const planFor = (ws: Workspace, since: Workspace, mountId: number) => {
  const m = ws.mounts.find((x) => x.id === mountId)!;
  const plan = WalkPlan.make(ws, m, since);
  expect(plan, 'a plan (not a full walk)').not.toBeNull();
  return (key: string) => plan!.mayPass(ws, m, key);
};

/** The walk from `since`'s start and a full walk, from the same state, end in the same state. */
function sameAsFullWalk(ws: Workspace, since: Workspace): void {
  const inc = new Kernel(ws, '', { record: 'events' });
  walkMounts(inc, since);
  const full = new Kernel(ws, '', { record: 'events' });
  walkMounts(full);
  expect(inc.events).toEqual(full.events);
  expect(sameValue(inc.ws, full.ws)).toBeNull();
}

describe('where the walk looks again', () => {
  it('passes over what did not change, and nothing at all after a command that changed nothing', () => {
    const { since, mountId } = walked();
    const mayPass = planFor(since, since, mountId);
    for (const key of ['d', 'd/e', 'x']) expect(mayPass(key)).toBe(true);
  });

  it('looks again at a directory whose walk mark was dropped with no cached name changing', () => {
    const { since, mountId } = walked();
    const k = new Kernel(since, '', { record: 'none' });
    // A name never looked up, dropped: only d's mark goes.
    dropDentries(k, mountId, ['d', 'never-looked-up']);
    expect(k.ws.mounts[0].walked.has('d')).toBe(false);
    const mayPass = planFor(k.ws, since, mountId);
    expect(mayPass('d')).toBe(false);
    expect(mayPass('x')).toBe(true);
    sameAsFullWalk(k.ws, since);
  });

  it('looks again at a directory changed on the disk behind the overlay (a lower directory, below the top)', () => {
    const { since, mountId } = walked();
    const lowerE = since.mounts[0].dcache.get('d/e')!;
    expect(lowerE.negative).toBe(false);
    const real = lowerE.negative ? 0 : lowerE.lowers[0].ino;
    const ws: Workspace = { ...since, fs: setXattr(since.fs, real, 'user.note', 'changed') };
    const mayPass = planFor(ws, since, mountId);
    expect(mayPass('d/e')).toBe(false);
    expect(mayPass('d')).toBe(false);
    expect(mayPass('x')).toBe(true);
    sameAsFullWalk(ws, since);
  });

  it('looks again where the dentry cache changed', () => {
    const { since, mountId } = walked();
    const k = new Kernel(since, '', { record: 'none' });
    dropDentries(k, mountId, ['d', 'e', 'f']);
    const mayPass = planFor(k.ws, since, mountId);
    expect(mayPass('d/e')).toBe(false);
    expect(mayPass('x')).toBe(true);
    sameAsFullWalk(k.ws, since);
  });
});
