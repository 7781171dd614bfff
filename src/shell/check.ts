// Validates a whole script before any step runs, so a bad line 40 is reported
// before line 1 changes anything: syntax, known commands, supported flags,
// relative paths.
import { COMMANDS } from './commands/index.ts';
import { parseStep, ShellSyntaxError, type Step } from './syntax/parse.ts';

export interface ShellDiagnostic {
  /** 1-based line in the script. */
  line: number;
  /** 1-based column in that line. */
  column: number;
  message: string;
}

/** The part of a scenario step this module needs (src/scenario's ScenarioStep fits). */
export interface StepSource {
  line: number;
  source: string;
}

const DEV_NULL = '/dev/null';

function checkParsed(step: Step): { column: number; message: string }[] {
  const found: { column: number; message: string }[] = [];
  for (const chain of step) {
    for (const cmd of [chain.first, ...chain.rest.map((r) => r.command)]) {
      for (const r of cmd.redirects) {
        if (r.kind === 'file' && r.target.text.startsWith('/') && r.target.text !== DEV_NULL) {
          found.push({
            column: r.target.column,
            message: `the absolute path '${r.target.text}' is outside the workspace; redirect to a relative path or /dev/null`,
          });
        }
      }
      if (cmd.words.length === 0) continue;
      const [name, ...rest] = cmd.words;
      const def = COMMANDS.get(name.text);
      if (!def) {
        found.push({
          column: name.column,
          message: `\`${name.text}\` is not a command of the scenario language (it knows: ${[...COMMANDS.keys()].join(' ')})`,
        });
        continue;
      }
      const parsed = def.parse(rest.map((w) => w.text));
      if (!parsed.ok && parsed.kind === 'reject') {
        const word = parsed.index === undefined ? name : rest[parsed.index] ?? name;
        found.push({ column: word.column, message: parsed.message });
      }
    }
  }
  return found;
}

/** Problems with one step, by column; empty when it can run. */
export function checkStep(source: string): { column: number; message: string }[] {
  try {
    return checkParsed(parseStep(source));
  } catch (e) {
    if (e instanceof ShellSyntaxError) return [{ column: e.column, message: e.message }];
    throw e;
  }
}

export function checkScript(steps: readonly StepSource[]): ShellDiagnostic[] {
  return steps.flatMap((s) => checkStep(s.source).map((d) => ({ line: s.line, ...d })));
}

/** `line 3, column 7: ...`, for people. */
export function formatDiagnostic(d: ShellDiagnostic): string {
  return `line ${d.line}, column ${d.column}: ${d.message}`;
}
