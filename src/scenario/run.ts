// Runs a scenario through the engine and the shell, step by step, and
// records what the kernel oracle would: status, output, cwd and the tree
// after each step (walking it, as the oracle does, with the lookups' side
// effects).
import { Kernel } from '../engine/kernel.ts';
import { snapshotTree } from '../engine/snapshot.ts';
import type { Workspace } from '../engine/workspace.ts';
import { checkScript, type ShellDiagnostic } from '../shell/check.ts';
import { runStep } from '../shell/run.ts';
import { splitScenario, type ScenarioFile } from './script.ts';
import { toTraceTree } from './to-trace.ts';
import { TRACE_FORMAT, type TraceDoc } from './trace.ts';
import { workdirsOfStep } from './workdirs.ts';

export class ScriptRejected extends Error {
  constructor(readonly diagnostics: ShellDiagnostic[]) {
    super(diagnostics.map((d) => `line ${d.line}, column ${d.column}: ${d.message}`).join('\n'));
  }
}

/** Splits and validates a script; throws ScriptRejected with every problem found. */
export function parseScenario(text: string): ScenarioFile {
  const scenario = splitScenario(text);
  const diags = checkScript(scenario.steps);
  if (diags.length > 0) throw new ScriptRejected(diags);
  return scenario;
}

export interface StepRun {
  cmd: string;
  line: number;
  status: number;
  stdout: string;
  stderr: string;
  cwd: string;
}

/** Runs one step on a kernel, then walks the tree as the oracle does. */
export function runScenarioStep(k: Kernel, source: string): StepRun & { line: number } {
  const r = runStep(k, source);
  return { cmd: source, line: 0, status: r.status, stdout: r.stdout, stderr: r.stderr, cwd: k.cwd };
}

export function traceScenario(text: string, name: string, start?: Workspace): TraceDoc {
  const scenario = parseScenario(text);
  const k = new Kernel(start);
  const workdirs = new Set<string>();
  const steps: TraceDoc['steps'] = [];
  for (const step of scenario.steps) {
    for (const w of workdirsOfStep(step.source, k.cwd)) workdirs.add(w);
    const r = runScenarioStep(k, step.source);
    const tree = toTraceTree(snapshotTree(k), [...workdirs]);
    steps.push({ cmd: step.source, status: r.status, stdout: r.stdout, cwd: r.cwd, tree });
  }
  return { format: TRACE_FORMAT, scenario: name, steps };
}
