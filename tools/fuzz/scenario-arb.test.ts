// The generator's scripts stay inside the scenario language, and they do
// exercise other users: setpriv around programs, chown and chgrp, objects
// owned by user 1 in the layers; and stacked overlays (an inner mount as the top lower);
// userxattr mounts, xattr whiteouts, and layers changed behind the overlay, mounted or not.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitScenario } from '../../src/scenario/script.ts';
import { checkScript } from '../../src/shell/check.ts';
import { scenarioArb } from './scenario-arb.ts';

test('generated scripts pass the language check and include other users', () => {
  const scripts = fc.sample(scenarioArb, { numRuns: 300, seed: 7 });
  for (const s of scripts) expect(checkScript(splitScenario(s).steps)).toEqual([]);
  // A remount after a layer changed offline comes right after the change, with the first mount's options.
  const offline = scripts.find((s) => /\numount merged\n(?:rm -rf|mv|mkdir -p|touch) \S+[^\n]*\n(?:[^\n]*\n)*?mount -t overlay/.test(s));
  expect(offline).toBeDefined();
  const mounts = offline!.split('\n').filter((l) => l.startsWith('mount -t overlay') && l.endsWith(' ./merged'));
  expect(new Set(mounts).size).toBe(1);
  const all = scripts.join('\n');
  for (const form of ['setpriv --reuid=1 --regid=1 --clear-groups ', 'setpriv --reuid=bin --init-groups ', 'setpriv --euid=1 ', 'chown -R 1:1 merged/', 'chgrp 2 merged/', 'chown 1:1 upper\n', 'chmod 700 ', 'lowerdir=./inner', '\numount inner\n', ',userxattr', 'setfattr -n user.overlay.whiteout -v y ', 'setfattr -n trusted.overlay.opaque -v x mid\n', 'echo "replaced" > ', 'echo "other" > upper/', 'mv upper/']) {
    expect(all).toContain(form);
  }
});
