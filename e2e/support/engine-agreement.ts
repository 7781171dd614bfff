// Which shipped scenarios the engine replays exactly as the kernel recorded
// them (compareTraces at full level). The browser replay spec compares the
// grid with the kernel only for those; the others are listed, with their
// first difference, in e2e/data/scenario-skips.json.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeDifference, engineDisagreement } from '../../src/replay/agree.ts';
import type { TraceDoc } from '../../src/scenario/trace.ts';

export const SCENARIOS_DIR = 'scenarios';
export const SKIPS_FILE = 'e2e/data/scenario-skips.json';

export interface ShippedScenario {
  file: string;
  text: string;
  trace: TraceDoc;
}

export function shippedScenarios(): ShippedScenario[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.sh'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(SCENARIOS_DIR, file), 'utf8'),
      trace: JSON.parse(readFileSync(join(SCENARIOS_DIR, file.replace(/\.sh$/, '.trace.json')), 'utf8')) as TraceDoc,
    }));
}

/** Null when the engine agrees with the kernel, else the skip reason. */
export function disagreement(s: ShippedScenario): string | null {
  const diffs = engineDisagreement(s.trace, s.text, { name: basename(s.file) });
  return diffs.length === 0 ? null : `engine disagrees with kernel: ${describeDifference(diffs[0])}`;
}

export function readSkips(): Record<string, string> {
  return JSON.parse(readFileSync(SKIPS_FILE, 'utf8')) as Record<string, string>;
}
