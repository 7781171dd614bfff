// One script, the kernel's trace of it and the engine's replay of it: the
// differences. Every check of the engine against Linux (the recorded
// scenarios, the lessons on the kernel, the fuzzer, the browser's replay
// spec, tools/dev/check-scenarios) asks this one question.
import { compareTraces, type Difference, type Level } from '../scenario/compare.ts';
import type { TraceDoc } from '../scenario/trace.ts';
import { replayScenario, timelineToTrace } from './timeline.ts';

export interface AgreementOptions {
  /** 'full' unless told (every tree entry, every xattr). */
  level?: Level;
  /** Also the same exit statuses, all output and cwd. */
  strict?: boolean;
  /** The scenario's name in the engine's trace (the kernel trace's by default). */
  name?: string;
}

/** Where the engine's replay of `script` differs from `kernel`; a replay that throws is one difference at step -1. */
export function engineDisagreement(kernel: TraceDoc, script: string, opts: AgreementOptions = {}): Difference[] {
  let sim: TraceDoc;
  try {
    sim = timelineToTrace(replayScenario(script), opts.name ?? kernel.scenario);
  } catch (e) {
    return [{ step: -1, cmd: '', what: `the engine's replay threw: ${(e as Error).stack ?? String(e)}` }];
  }
  return compareTraces(kernel, sim, opts.level ?? 'full', opts.strict ?? false);
}

/** One difference as a line: where it is and what differs. */
export function describeDifference(d: Difference): string {
  return d.step < 0 ? d.what.split('\n')[0] : `step ${d.step} \`${d.cmd}\`: ${d.what}`;
}
