// Every scenario in scenarios/ replayed through the engine must agree with
// the kernel trace recorded beside it, at the full level and with the same
// exit statuses and output. Known gaps (scenarios/known-gaps.json) run too,
// and are expected to disagree until the engine models them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { TraceDoc } from '../src/scenario/trace.ts';
import { engineDisagreement } from '../src/replay/agree.ts';
import { splitScenario } from '../src/scenario/script.ts';

const dir = 'scenarios';
const gaps: Record<string, string> = JSON.parse(readFileSync(join(dir, 'known-gaps.json'), 'utf8'));
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.sh') && existsSync(join(dir, f.replace(/\.sh$/, '.trace.json'))))
  .sort();

function differences(file: string) {
  const kernel: TraceDoc = JSON.parse(readFileSync(join(dir, file.replace(/\.sh$/, '.trace.json')), 'utf8'));
  return engineDisagreement(kernel, readFileSync(join(dir, file), 'utf8'), { strict: true, name: file });
}

describe('recorded kernel scenarios', () => {
  test('there are scenarios, and every known gap names one', () => {
    expect(scenarios.length).toBeGreaterThan(90);
    for (const name of Object.keys(gaps).filter((k) => k !== '//')) expect(scenarios).toContain(name);
  });
  for (const file of scenarios) {
    if (gaps[file]) {
      test.fails(`${file} (known gap: ${gaps[file]})`, () => {
        expect(differences(file)).toEqual([]);
      });
    } else {
      test(file, () => {
        const diffs = differences(file);
        expect(diffs.map((d) => `step ${d.step} \`${d.cmd}\`: ${d.what}`)).toEqual([]);
      });
    }
  }
});

describe('both languages', () => {
  const shipped = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();
  test('every shipped scenario has a title and a description in English and in Simplified Chinese', () => {
    const han = /\p{Script=Han}/u;
    const missing = shipped.flatMap((file) => {
      const s = splitScenario(readFileSync(join(dir, file), 'utf8'));
      const lacks = [
        !s.title && '# title:',
        !s.description && '# description:',
        !(s.titleZh && han.test(s.titleZh)) && '# title.zh:',
        !(s.descriptionZh && han.test(s.descriptionZh)) && '# description.zh:',
      ].filter(Boolean);
      return lacks.length ? [`${file} lacks ${lacks.join(', ')}`] : [];
    });
    expect(shipped.length).toBeGreaterThan(90);
    expect(missing).toEqual([]);
  });
});
