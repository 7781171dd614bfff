// The scenario language: check a script, run a step.
export { checkScript, checkStep, formatDiagnostic, type ShellDiagnostic, type StepSource } from './check.ts';
export { runStep, type StepResult } from './run.ts';
export { COMMANDS } from './commands/index.ts';
export { logicalCwd } from './commands/cd.ts';
