// Differential testing: the same random scenario on the kernel and in the
// engine, compared step by step (full level, plus exact exit statuses and
// output). A disagreement is shrunk to a small script by fast-check.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Difference } from '../../src/scenario/compare.ts';
import { engineDisagreement } from '../../src/replay/agree.ts';
import { runScenarioOnKernel } from '../kernel/run.ts';
import { scenarioArb } from './scenario-arb.ts';

export interface Disagreement {
  script: string;
  diffs: Difference[];
}

/** Kernel vs engine for one script: the differences, or a crash as one. */
export function disagreement(script: string): Difference[] {
  const kernel = runScenarioOnKernel(script, 'fuzz.sh');
  return engineDisagreement(kernel, script, { strict: true });
}

export interface FuzzResult {
  runs: number;
  seed: number;
  failure?: Disagreement;
}

export function fuzz(runs: number, seed: number, onProgress?: (n: number) => void): FuzzResult {
  let n = 0;
  const details = fc.check(
    fc.property(scenarioArb, (script) => {
      onProgress?.(++n);
      return disagreement(script).length === 0;
    }),
    { numRuns: runs, seed, interruptAfterTimeLimit: 40 * 60_000 },
  );
  if (!details.failed || !details.counterexample) return { runs: details.numRuns, seed };
  const script = details.counterexample[0];
  return { runs: details.numRuns, seed, failure: { script, diffs: disagreement(script) } };
}

/** Keeps a shrunk failing script, with its kernel trace, as a regression scenario. */
export function saveRegression(dir: string, script: string): string {
  const id = createHash('sha256').update(script).digest('hex').slice(0, 10);
  const name = `fuzz-${id}.sh`;
  const body = script.replace('# title: differential test case', `# title: regression found by the differential test (${id})\n# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.\n# title.zh: 差分测试发现的回归（${id}）\n# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。`);
  writeFileSync(join(dir, name), body);
  const trace = runScenarioOnKernel(body, name);
  writeFileSync(join(dir, name.replace(/\.sh$/, '.trace.json')), `${JSON.stringify(trace, null, 1)}\n`);
  return name;
}
