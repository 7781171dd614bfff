// The kernel oracle runs each step in its own `bash -c`, so what bash keeps
// between lines must be carried by hand, as the engine's timeline carries
// it: the working directory and the noclobber option (set -C). Skipped,
// saying why, without root and overlayfs.
import { describe, expect, test } from 'vitest';
import { kernelUnavailableReason } from './kernel/available.ts';
import { runScenarioOnKernel } from './kernel/run.ts';

const reason = kernelUnavailableReason();

describe('kernel oracle: shell state between steps', () => {
  if (reason) console.warn(`kernel oracle test: the kernel is not available (${reason})`);
  test.skipIf(!!reason)('noclobber and the cwd carry over to the next step, and set +C ends it', () => {
    const doc = runScenarioOnKernel('mkdir d\ncd d\necho a > f\nset -C\necho b > f\ncat f\nset +o noclobber\necho c > f\ncat f\n', 'state.sh');
    expect(doc.steps.map((s) => [s.cmd, s.status, s.stdout, s.cwd])).toEqual([
      ['mkdir d', 0, '', ''],
      ['cd d', 0, '', 'd'],
      ['echo a > f', 0, '', 'd'],
      ['set -C', 0, '', 'd'],
      ['echo b > f', 1, '', 'd'],
      ['cat f', 0, 'a\n', 'd'],
      ['set +o noclobber', 0, '', 'd'],
      ['echo c > f', 0, '', 'd'],
      ['cat f', 0, 'c\n', 'd'],
    ]);
  });
});
