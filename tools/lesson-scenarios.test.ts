// scenarios/lesson-*.sh are the lessons' setup + solution, recorded on the
// kernel so tools/scenarios.test.ts compares the engine with Linux on
// them. They must stay what the lesson data says: regenerate them with
// `npx tsx tools/lessons/write-scenarios.ts` and record the traces again.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { lessonScenarios } from './lessons/scenarios.ts';

test('every lesson has its recorded scenario, as the lesson data writes it, with a kernel trace', () => {
  const expected = lessonScenarios();
  for (const { file, text } of expected) {
    const path = join('scenarios', file);
    expect(existsSync(path), `${path} missing: run npx tsx tools/lessons/write-scenarios.ts`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${path} is stale: run npx tsx tools/lessons/write-scenarios.ts`).toBe(text);
    expect(existsSync(path.replace(/\.sh$/, '.trace.json')), `${file} has no kernel trace`).toBe(true);
  }
  const onDisk = readdirSync('scenarios').filter((f) => /^lesson-.*\.sh$/.test(f));
  expect(onDisk.sort()).toEqual(expected.map((e) => e.file).sort());
});
