// A fresh engine to run steps on, and a helper that runs several.
import { Kernel } from '../../engine/index.ts';
import { runStep, type StepResult } from '../run.ts';

export function freshKernel(): Kernel {
  return new Kernel();
}

/** Runs each line as a step; throws if a setup step fails, so tests fail loudly. */
export function setup(k: Kernel, ...lines: string[]): void {
  for (const line of lines) {
    const r = runStep(k, line);
    if (r.status !== 0) throw new Error(`setup step failed (${r.status}): ${line}\n${r.stderr}`);
  }
}

export const run = (k: Kernel, line: string): StepResult => runStep(k, line);
