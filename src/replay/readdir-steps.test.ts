// The readdir micro-steps agree with the listing the engine returns (and
// the engine's listings agree with the kernel on every recorded scenario:
// tools/scenarios.test.ts): over every shipped scenario, the names the
// reads of one listing add are exactly the names listed (an impure
// directory, or one listed with xino in effect, may drop some after the reads;
// an emptiness check adds xattr whiteouts the listing hides), and a merged
// listing reads the upper first.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchCtx } from '../engine/ctx.ts';
import { READDIR_NAMES, type ReaddirEvent } from '../engine/events.ts';
import { ovlReaddir } from '../engine/overlay/readdir.ts';
import { ovlLookupPath } from '../engine/overlay/resolve.ts';
import type { Workspace } from '../engine/workspace.ts';
import { parseScenario } from '../scenario/run.ts';
import { appendCommand, emptyTimeline } from './timeline.ts';

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.sh'));

function listed(ws: Workspace, e: ReaddirEvent): string[] {
  const ctx = scratchCtx(ws);
  ctx.quiet = true;
  const dir = ovlLookupPath(ctx, e.mount, e.at);
  if (!dir.ok || dir.value.negative) throw new Error(`no directory ${e.path}`);
  const r = ovlReaddir(ctx, e.mount, dir.value);
  if (!r.ok) throw new Error(`readdir ${e.path}: ${r.errno}`);
  return r.value.map((x) => x.name);
}

describe('readdir micro-steps', () => {
  let total = 0;
  it.each(scenarios)('add exactly the names listed: %s', (file) => {
    let t = emptyTimeline();
    let group: ReaddirEvent[] = [];
    const check = (e: ReaddirEvent, ws: Workspace) => {
      group.push(e);
      expect(e.step).toBe(group.length);
      if (e.step < e.of) return;
      total++;
      if (e.how === 'merged' && group[0].layer !== 0) expect(group.every((g) => g.layer > 0)).toBe(true);
      expect(group.map((g) => g.layer)).toEqual([...group.map((g) => g.layer)].sort((a, b) => a - b));
      const names = listed(ws, e);
      const counted = group.reduce((n, g) => n + g.counts.added, 0);
      if (group.every((g) => g.counts.added <= READDIR_NAMES)) {
        const added = group.flatMap((g) => g.added);
        expect(new Set(added).size).toBe(added.length);
        // An emptiness check counts an xattr whiteout as a name (the listing hides it later, in iterate).
        if (group.some((g) => g.impure || g.xino || g.why === 'empty')) expect(names.filter((n) => !added.includes(n))).toEqual([]);
        else expect([...added].sort()).toEqual([...names].sort());
      } else if (!group.some((g) => g.impure || g.xino || g.why === 'empty')) expect(counted).toBe(names.length);
      group = [];
    };
    for (const step of parseScenario(readFileSync(`scenarios/${file}`, 'utf8')).steps) {
      t = appendCommand(t, step.source, step.line, { onEvent: (e, ws) => e.type === 'readdir' && check(e, ws) });
      expect(group).toEqual([]);
    }
  });

  it('are made by the scenarios at all', () => {
    expect(total).toBeGreaterThan(50);
  });
});
