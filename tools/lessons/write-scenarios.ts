// `npx tsx tools/lessons/write-scenarios.ts`: writes scenarios/lesson-*.sh
// from the lesson data. Record their kernel traces afterwards with
// `npm run --silent oracle -- --pretty scenarios/X.sh > scenarios/X.trace.json`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonScenarios } from './scenarios.ts';

for (const { file, text } of lessonScenarios()) {
  writeFileSync(join('scenarios', file), text);
  process.stdout.write(`scenarios/${file}\n`);
}
