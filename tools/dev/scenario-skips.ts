// Rewrites e2e/data/scenario-skips.json: the scenarios the browser replay
// spec does not compare, because the engine itself does not yet agree with
// the kernel's trace. Run after engine changes: the list should only shrink.
// Usage: npx tsx tools/dev/scenario-skips.ts
import { writeFileSync } from 'node:fs';
import { disagreement, shippedScenarios, SKIPS_FILE } from '../../e2e/support/engine-agreement.ts';

const skips: Record<string, string> = {};
for (const s of shippedScenarios()) {
  const why = disagreement(s);
  if (why) skips[s.file] = why;
}
writeFileSync(SKIPS_FILE, JSON.stringify(skips, null, 2) + '\n');
console.log(`${Object.keys(skips).length} scenarios listed in ${SKIPS_FILE}`);
