// Reading a scenario as the simulator takes it: split into steps, and every
// step checked against the language before anything runs.
import { checkScript, type ShellDiagnostic } from '../shell/check.ts';
import { splitScenario, type ScenarioFile } from './script.ts';

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
