// The simple view's steps: a copy-up, a whiteout, an opaque directory and
// a mount each become one step; every event is in exactly one step, in
// order; stepping the simple view passes over the inside of a group.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../engine/events.ts';
import { renderCaption } from './captions.ts';
import { groupCaption, groupSpans, groupSteps, isSimpleStop, simpleStep, type Grouped } from './groups.ts';
import { replayScenario, type CommandStep } from './timeline.ts';

const SETUP = ['mkdir lower upper work merged', 'mkdir lower/d', 'echo a > lower/a.txt', 'echo x > lower/d/x', 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged'];

function command(extra: string[], which = -1): CommandStep {
  const t = replayScenario([...SETUP, ...extra].join('\n') + '\n');
  return t.commands.at(which)!;
}

const kinds = (c: CommandStep) => groupSteps(c.events, c.walkFrom).map((g) => g.kind);
const types = (events: readonly EngineEvent[]) => events.map((e) => e.type);

describe('groupSteps', () => {
  it('makes a copy-up one step, from its begin to its end, and the dentry-cache step part of the last one', () => {
    const c = command(['echo more >> merged/a.txt']);
    expect(types(c.events)).toEqual(['lookup', 'copy-up', 'setxattr', 'create', 'write', 'setxattr', 'setattr', 'link', 'copy-up', 'write', 'dcache']);
    const g = groupSteps(c.events, c.walkFrom);
    expect(g.map((x) => [x.kind, x.from, x.to])).toEqual([
      ['single', 0, 0],
      ['copy-up', 1, 8],
      ['single', 9, 10],
    ]);
    expect(renderCaption(groupCaption(g[1], c.events))).toBe('copy-up merged/a.txt: from lower/a.txt to upper/a.txt: the kernel copies it up in 8 steps');
    // A single step keeps its own caption.
    expect(renderCaption(groupCaption(g[2], c.events))).toMatch(/^write /);
  });

  it('makes a whiteout one step, and an opaque directory with its clean-up another', () => {
    expect(kinds(command(['rm merged/a.txt']))).toEqual(['single', 'whiteout']);
    const rmdir = command(['rm merged/d/x', 'rmdir merged/d']);
    // The lookup, the two reads that find it empty (ovl_check_empty_dir), then the two acts.
    expect(kinds(rmdir)).toEqual(['single', 'single', 'single', 'opaque', 'whiteout']);
    const g = groupSteps(rmdir.events, rmdir.walkFrom);
    expect(g.slice(1, 3).map((x) => rmdir.events[x.main])).toMatchObject([
      { type: 'readdir', why: 'empty', layer: 0 },
      { type: 'readdir', why: 'empty', layer: 1 },
    ]);
    // The opaque act ends with its clean-up; its caption is the swap that put it in place.
    expect(rmdir.events[g[3].to].type).toBe('rmdir');
    expect(rmdir.events[g[3].main]).toMatchObject({ type: 'rename', cause: 'opaque' });
    // mkdir over a whiteout: the directory made in work/, marked opaque and swapped in, one step.
    expect(kinds(command(['rm merged/a.txt', 'mkdir merged/a.txt']))).toEqual(['single', 'opaque']);
  });

  it('makes a mount one step, its caption the mount', () => {
    const c = command([], 4);
    const g = groupSteps(c.events, c.walkFrom);
    expect(g).toHaveLength(1);
    expect(c.events[g[0].main].type).toBe('mount');
  });

  it('keeps readdir reads and lookups as steps of their own', () => {
    const c = command(['rm merged/a.txt', 'ls merged']);
    expect(types(c.events).filter((t) => t !== 'dcache')).toEqual(['readdir', 'readdir']);
    expect(kinds(c)).toEqual(['single', 'single']);
  });

  it('covers every event of every shipped scenario once, in order', () => {
    let grouped = 0;
    for (const f of readdirSync('scenarios').filter((x) => x.endsWith('.sh'))) {
      const t = replayScenario(readFileSync(`scenarios/${f}`, 'utf8'));
      for (const c of t.commands) {
        const g = groupSteps(c.events, c.walkFrom);
        let next = 0;
        for (const x of g) {
          expect(x.from, `${f}: ${c.cmd}`).toBe(next);
          expect(x.to).toBeGreaterThanOrEqual(x.from);
          expect(x.main).toBeGreaterThanOrEqual(x.from);
          expect(x.main).toBeLessThanOrEqual(x.to);
          next = x.to + 1;
        }
        expect(next, `${f}: ${c.cmd}`).toBe(c.count);
        grouped += g.filter((x) => x.kind !== 'single').length;
      }
    }
    expect(grouped).toBeGreaterThan(100);
  });
});

describe('simpleStep', () => {
  // Two commands: 3 steps with 1..2 grouped, then 4 steps with 0..2 grouped.
  const commands: Grouped[] = [
    { first: 0, count: 3, groups: [[1, 2]] },
    { first: 3, count: 4, groups: [[0, 2]] },
  ];
  it('passes over the inside of a group, both ways', () => {
    const fwd = [0];
    while (fwd[fwd.length - 1] < 7) fwd.push(simpleStep(commands, 7, fwd[fwd.length - 1], 1));
    expect(fwd).toEqual([0, 1, 3, 6, 7]);
    const back = [7];
    while (back[back.length - 1] > 0) back.push(simpleStep(commands, 7, back[back.length - 1], -1));
    expect(back).toEqual([7, 6, 3, 1, 0]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].filter((p) => isSimpleStop(commands, p))).toEqual([0, 1, 3, 6, 7]);
  });

  it('stops everywhere in a command with no groups', () => {
    expect(simpleStep([{ first: 0, count: 2 }], 2, 0, 1)).toBe(1);
    expect(simpleStep([{ first: 0, count: 2 }], 2, 2, -1)).toBe(1);
  });

  it('gets its spans from the events', () => {
    const c = command(['echo more >> merged/a.txt']);
    expect(groupSpans(c.events, c.walkFrom)).toEqual([
      [1, 8],
      [9, 10],
    ]);
  });
});

describe('narrate --simple', () => {
  it('says each act once, the full narration every kernel step', async () => {
    const { narrate } = await import('./narrate.ts');
    const t = replayScenario([...SETUP, 'echo more >> merged/a.txt', 'ls merged'].join('\n') + '\n');
    const simple = narrate(t, 'x.sh', { simple: true });
    const full = narrate(t, 'x.sh');
    expect(simple).toContain('copy-up merged/a.txt: from lower/a.txt to upper/a.txt: the kernel copies it up in 8 steps');
    expect(simple).not.toContain('origin: record');
    expect(full).toContain('origin: record');
    // The reads of a listing stay steps of their own in both.
    for (const text of [simple, full]) expect(text.match(/readdir merged, layer \d of 2/g)).toHaveLength(2);
  });
});
