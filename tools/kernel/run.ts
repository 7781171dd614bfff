// Runs one scenario on the real kernel, step by step, in a fresh workspace.
// Must already be inside a private mount namespace (see oracle.ts): every
// overlay it mounts disappears with the namespace.
import { mkdtempSync, readFileSync, rmSync, realpathSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { splitScenario } from '../../src/scenario/script.ts';
import { TRACE_FORMAT, type TraceDoc, type TraceStep } from '../../src/scenario/trace.ts';
import { walkTree } from './walk.ts';

// Each step runs in bash from the cwd the previous step left, exactly as
// typed; the wrapper only records where it ended up.
const WRAPPER = 'cd -- "$1" || exit 97\neval "$2"\n__s=$?\nprintf "%s" "$PWD" > "$3"\nexit $__s';

const ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LC_ALL: 'C',
  HOME: '/root',
  TERM: 'dumb',
};

export const STEP_TIMEOUT_MS = 20_000;

/** Workdirs named by a mount step, resolved from the step's starting cwd. */
function workdirsOf(step: string, cwdAbs: string, ws: string): string[] {
  if (!/\bmount\b/.test(step)) return [];
  const found: string[] = [];
  for (const m of step.matchAll(/workdir=((?:\\.|[^,\s"'])+)/g)) {
    const abs = resolve(cwdAbs, m[1].replace(/\\(.)/g, '$1'));
    const rel = relative(ws, abs);
    if (!rel.startsWith('..')) found.push(rel);
  }
  return found;
}

export function runScenarioOnKernel(file: string): TraceDoc {
  const text = readFileSync(file, 'utf8');
  const scenario = splitScenario(text);
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'overlay-lab-oracle-')));
  const cwdFile = join(ws, '..', `${basename(ws)}.cwd`);
  const steps: TraceStep[] = [];
  const workdirs = new Set<string>();
  let cwdAbs = ws;
  try {
    for (const step of scenario.steps) {
      for (const w of workdirsOf(step.source, cwdAbs, ws)) workdirs.add(w);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-c', WRAPPER, 'step', cwdAbs, step.source, cwdFile], {
        cwd: cwdAbs,
        env: ENV,
        encoding: 'buffer',
        timeout: STEP_TIMEOUT_MS,
        maxBuffer: 64 << 20,
      });
      if (r.error) throw new Error(`step ${step.line} (${step.source}) did not finish: ${r.error.message}`);
      try {
        cwdAbs = readFileSync(cwdFile, 'utf8') || cwdAbs;
      } catch {
        // The step failed before the wrapper could record the cwd: it is unchanged.
      }
      const rel = relative(ws, cwdAbs);
      steps.push({
        cmd: step.source,
        status: r.status ?? 128,
        stdout: r.stdout.toString('utf8'),
        cwd: rel,
        tree: walkTree(ws, [...workdirs]),
      });
    }
  } finally {
    cleanup(ws, cwdFile);
  }
  return { format: TRACE_FORMAT, scenario: basename(file), steps };
}

function cleanup(ws: string, cwdFile: string) {
  // Lazy-detach every mount under the workspace, innermost first, then delete it.
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4])
    .filter((p): p is string => !!p && (p === ws || p.startsWith(`${ws}/`)))
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .sort((a, b) => b.length - a.length);
  for (const m of mounts) spawnSync('umount', ['-l', m]);
  rmSync(ws, { recursive: true, force: true });
  rmSync(cwdFile, { force: true });
}
