// History keeps only command ends; every state inside a command is
// recomputed on demand by running the command again. These tests hold the
// recomputed states to the ones a run that keeps every state records,
// over every shipped scenario (the fuzz scripts are in tools/fuzz).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropStateCache, microStateReady, prepareEnd, rerunCommand, STATE_WINDOW, stateAt, microState } from './states.ts';
import { appendCommand, emptyTimeline, replayScenario } from './timeline.ts';
import { generateStack } from './generate.ts';
import { sameValue } from './testing/same.ts';
import { checkTimeline, checkViews, recordedWhole } from './testing/history.ts';

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.sh'));

describe('states recomputed on demand', () => {
  it.each(scenarios)('equal the states recorded whole: %s', (file) => {
    dropStateCache();
    checkTimeline(replayScenario(readFileSync(`scenarios/${file}`, 'utf8')));
  });

  it.each(scenarios)('views reached by stepping equal views computed by seeking: %s', (file) => {
    dropStateCache();
    checkViews(replayScenario(readFileSync(`scenarios/${file}`, 'utf8')));
  });

  it('a command with no micro-step leaves the state as it found it, and position 0 is the initial state', () => {
    const t = replayScenario('mkdir a\ntrue\ncd a\n');
    expect(t.commands[1].count).toBe(0);
    expect(t.commands[1].after).toBe(t.commands[0].after);
    expect(stateAt(t, 0)).toBe(t.initial);
    expect(stateAt(t, t.total)).toBe(t.commands[2].after);
  });

  it('the shell options (set -C) carry from command to command, and a re-run starts with those it had', () => {
    const t = replayScenario('echo a > f\nset -C\necho b > f\necho c > g\nset +C; echo d > f\n');
    expect(t.commands.map((c) => [c.status, c.options.noclobber])).toEqual([[0, false], [0, true], [1, true], [0, true], [0, false]]);
    expect(t.commands[2].optionsBefore.noclobber).toBe(true);
    expect(t.commands[2].count).toBe(0); // stat only: nothing written
    dropStateCache();
    checkTimeline(t);
    expect(stateAt(t, t.commands[3].first + 1)).toBe(microState(t.commands[3], 0));
  });

  it('a command longer than the window keeps a window of states, and still answers every position', () => {
    const { state } = generateStack({ layers: 1, entries: 3000, fanout: 1000 });
    const t = appendCommand(emptyTimeline(state), 'rm -rf merged/d0000 merged/d0001');
    const c = t.commands[0];
    expect(c.count).toBeGreaterThan(STATE_WINDOW);
    dropStateCache();
    const whole = recordedWhole(t, 0);
    for (const j of [0, 1, STATE_WINDOW - 1, STATE_WINDOW, STATE_WINDOW + 7, c.count - 2, 3]) {
      expect(sameValue(microState(c, j), whole[j].state), `micro-step ${j}`).toBeNull();
    }
    // A window that ends before the command does stops the run there, and its states are the same.
    const head = rerunCommand(c, 5, 9);
    expect(head.states).toHaveLength(4);
    head.states.forEach((st, i) => expect(sameValue(st, whole[5 + i].state), `micro-step ${5 + i}`).toBeNull());
    // The end made ahead of time: a step back from it runs nothing.
    dropStateCache();
    expect(microStateReady(c, c.count - 2)).toBe(false);
    prepareEnd(c);
    expect(microStateReady(c, c.count - 2)).toBe(true);
    expect(sameValue(microState(c, c.count - 2), whole[c.count - 2].state)).toBeNull();
  });
});
