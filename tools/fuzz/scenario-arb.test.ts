// The generator's scripts stay inside the scenario language, and they do
// exercise other users: setpriv around programs, chown and chgrp, objects
// owned by user 1 in the layers; and stacked overlays (an inner mount as the top lower).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitScenario } from '../../src/scenario/script.ts';
import { checkScript } from '../../src/shell/check.ts';
import { scenarioArb } from './scenario-arb.ts';

test('generated scripts pass the language check and include other users', () => {
  const scripts = fc.sample(scenarioArb, { numRuns: 300, seed: 7 });
  for (const s of scripts) expect(checkScript(splitScenario(s).steps)).toEqual([]);
  const all = scripts.join('\n');
  for (const form of ['setpriv --reuid=1 --regid=1 --clear-groups ', 'setpriv --reuid=bin --init-groups ', 'setpriv --euid=1 ', 'chown -R 1:1 merged/', 'chgrp 2 merged/', 'chown 1:1 upper\n', 'chmod 700 ', 'lowerdir=./inner', '\numount inner\n']) {
    expect(all).toContain(form);
  }
});
