// Which shipped scenarios the engine replays exactly as the kernel recorded
// them (compareTraces at full level). The browser replay spec compares the
// grid with the kernel only for those; the others are listed, with their
// first difference, in e2e/data/scenario-skips.json.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { replayScenario, timelineToTrace } from '../../src/replay/timeline.ts';
import { compareTraces } from '../../src/scenario/compare.ts';
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
  let sim: TraceDoc;
  try {
    sim = timelineToTrace(replayScenario(s.text), basename(s.file));
  } catch (e) {
    return `engine disagrees with kernel: the replay crashed: ${(e as Error).message.split('\n')[0]}`;
  }
  const diffs = compareTraces(s.trace, sim, 'full');
  if (diffs.length === 0) return null;
  const d = diffs[0];
  return `engine disagrees with kernel: step ${d.step} \`${d.cmd}\`: ${d.what}`;
}

export function readSkips(): Record<string, string> {
  return JSON.parse(readFileSync(SKIPS_FILE, 'utf8')) as Record<string, string>;
}
