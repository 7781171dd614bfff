// Properties of the engine over random scenarios (no kernel needed):
// merged operations never touch a lower layer (the very same objects),
// replaying the first i steps equals seeking to step i, replay is
// deterministic, and the states the history recomputes on demand are the
// ones a run keeping every state records.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Inode, Ino } from '../../src/engine/fs/inode.ts';
import { Kernel } from '../../src/engine/kernel.ts';
import { snapshotTree } from '../../src/engine/snapshot.ts';
import type { Workspace } from '../../src/engine/workspace.ts';
import { splitScenario } from '../../src/scenario/script.ts';
import { toTraceTree } from '../../src/scenario/to-trace.ts';
import { positionAfterCommand, replayScenario, timelineToTrace } from '../../src/replay/timeline.ts';
import { dropStateCache, stateAt } from '../../src/replay/states.ts';
import { checkTimeline, checkViews } from '../../src/replay/testing/history.ts';
import { scenarioArb } from './scenario-arb.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Every inode object below a directory, by inode number. */
function subtree(ws: Workspace, root: Ino): Map<Ino, Inode> {
  const out = new Map<Ino, Inode>();
  const visit = (ino: Ino) => {
    const i = ws.fs.inodes.get(ino);
    if (!i || out.has(ino)) return;
    out.set(ino, i);
    if (i.kind === 'dir') for (const c of i.entries.values()) visit(c);
  };
  visit(root);
  return out;
}

const treeOf = (ws: Workspace) => toTraceTree(snapshotTree(new Kernel(ws)), []);

describe('engine properties', () => {
  test('operations through merged/ leave every lower layer the very same objects', () => {
    fc.assert(
      fc.property(scenarioArb, (script) => {
        const t = replayScenario(script);
        for (const c of t.commands) {
          // Only commands that name nothing but the merged tree (and mounts) are held to this.
          const words = c.cmd.split(/\s+/).filter((w) => !w.startsWith('-') && w.includes('/'));
          if (!words.every((w) => w.startsWith('merged/') || w.startsWith('./'))) continue;
          for (const m of c.before.mounts) {
            for (const layer of m.lowers) {
              const before = subtree(c.before, layer.root);
              const after = subtree(c.after, layer.root);
              expect(after.size).toBe(before.size);
              for (const [ino, node] of before) expect(after.get(ino)).toBe(node);
            }
          }
        }
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  test('replaying the first i steps gives the state found by seeking to step i', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (script, pick) => {
        const full = replayScenario(script);
        const steps = splitScenario(script).steps;
        const i = 1 + (pick % steps.length);
        const prefix = replayScenario(steps.slice(0, i).map((s) => s.source).join('\n'));
        const seek = stateAt(full, positionAfterCommand(full, i - 1));
        expect(treeOf(seek)).toEqual(treeOf(prefix.commands[i - 1].after));
        expect(full.commands.slice(0, i).flatMap((c) => c.events)).toEqual(prefix.commands.flatMap((c) => c.events));
      }),
      { numRuns: RUNS, seed: 2 },
    );
  });

  test('replay is deterministic: the same events, states and trace every time', () => {
    fc.assert(
      fc.property(scenarioArb, (script) => {
        const a = replayScenario(script);
        const b = replayScenario(script);
        expect(b.commands.flatMap((c) => c.events)).toEqual(a.commands.flatMap((c) => c.events));
        expect(timelineToTrace(b, 'x.sh')).toEqual(timelineToTrace(a, 'x.sh'));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  test('micro-step states recomputed on demand equal the states a run keeping them all records, at every position', () => {
    fc.assert(
      fc.property(scenarioArb, (script) => {
        dropStateCache();
        checkTimeline(replayScenario(script));
      }),
      { numRuns: 2 * RUNS, seed: 4 },
    );
  });

  // The slowest property (every view, twice, of every position): 200 scripts, with room for a busy machine.
  test('views reached by stepping (each position sent as changes to the one before) equal views computed by seeking there', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(scenarioArb, (script) => {
        dropStateCache();
        checkViews(replayScenario(script));
      }),
      { numRuns: Math.ceil((4 * RUNS) / 3), seed: 5 },
    );
  });
});
