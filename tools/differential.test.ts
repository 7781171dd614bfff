// The differential test: random scenarios on the real kernel and in the
// engine, compared step by step. 300 per run (FUZZ_RUNS, FUZZ_SEED to
// change); a disagreement is shrunk, printed, and kept in scenarios/ as a
// regression. Without root and overlayfs it says so and does nothing else
// (the recorded scenarios still run in scenarios.test.ts).
import { describe, expect, test } from 'vitest';
import { kernelUnavailableReason } from './kernel/available.ts';
import { fuzz, saveRegression } from './fuzz/differential.ts';

const reason = kernelUnavailableReason();
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261123);

describe('differential: engine vs kernel', () => {
  if (reason) {
    console.warn(`differential test: the kernel is not available (${reason}); only recorded scenarios are checked`);
  }
  test.skipIf(!!reason)(`${runs} random scenarios agree with the kernel (seed ${seed})`, () => {
    const r = fuzz(runs, seed);
    if (r.failure) {
      const saved = saveRegression('scenarios', r.failure.script);
      const lines = r.failure.diffs.slice(0, 8).map((d) => `  step ${d.step} \`${d.cmd}\`: ${d.what}`);
      throw new Error(`engine and kernel disagree (seed ${seed}); shrunk script saved as scenarios/${saved}:\n${r.failure.script}\n${lines.join('\n')}`);
    }
    expect(r.runs).toBe(runs);
  }, 60 * 60_000);
});
