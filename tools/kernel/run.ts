// Runs one scenario on the real kernel in a mount namespace of its own.
// A `sleep` started by `unshare -m` holds the namespace; each step runs in
// bash entered into it (nsenter) from the cwd the previous step left, and
// the tree is read through /proc/<pid>/root, which walks that namespace's
// mounts. When the sleep ends the namespace and every mount in it go.
import { chmodSync, mkdtempSync, readFileSync, readlinkSync, rmSync, realpathSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { splitScenario } from '../../src/scenario/script.ts';
import { TRACE_FORMAT, type TraceDoc, type TraceStep } from '../../src/scenario/trace.ts';
import { workdirsOfStep } from '../../src/scenario/workdirs.ts';
import { walkTree } from './walk.ts';

// The wrapper only carries what bash keeps between lines: it starts the step
// where the last one ended ($1) with its noclobber option ($4, "C" when set),
// runs it as typed, and records where it ended up and whether noclobber is on
// (`>|`: the record must be written whatever the step set).
const WRAPPER = [
  'cd -- "$1" || exit 97',
  'case "$4" in *C*) set -C ;; esac',
  'eval "$2"',
  '__s=$?',
  'printf "%s" "$PWD" >| "$3"',
  'case "$-" in *C*) printf C >| "$3.opts" ;; *) : >| "$3.opts" ;; esac',
  'exit $__s',
].join('\n');

const ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LC_ALL: 'C',
  HOME: '/root',
  TERM: 'dumb',
};

export const STEP_TIMEOUT_MS = 20_000;

export class Namespace {
  private proc: ChildProcess;
  readonly pid: number;

  constructor() {
    this.proc = spawn('unshare', ['-m', '--propagation', 'private', '--', 'sleep', 'infinity'], { stdio: 'ignore' });
    if (!this.proc.pid) throw new Error('could not start unshare');
    this.pid = this.proc.pid;
    const mine = readlinkSync('/proc/self/ns/mnt');
    const deadline = Date.now() + 5000;
    // unshare execs sleep once the namespace exists: wait for that.
    while (Date.now() < deadline) {
      try {
        if (readlinkSync(`/proc/${this.pid}/ns/mnt`) !== mine && readFileSync(`/proc/${this.pid}/comm`, 'utf8').trim() === 'sleep') return;
      } catch {
        // not there yet
      }
      spawnSync('sleep', ['0.005']);
    }
    this.close();
    throw new Error('the private mount namespace did not come up');
  }

  /** A path as seen from inside the namespace. */
  view(path: string): string {
    return `/proc/${this.pid}/root${path}`;
  }

  run(args: string[], cwd: string) {
    return spawnSync('nsenter', ['-t', String(this.pid), '-m', '--', ...args], {
      cwd,
      env: ENV,
      encoding: 'buffer',
      timeout: STEP_TIMEOUT_MS,
      maxBuffer: 64 << 20,
    });
  }

  close(): void {
    this.proc.kill('SIGKILL');
  }
}

const MOUNT_LINE = /^\S+ on \/\S* type \S+ \(.*\)$/;

/**
 * Output as the simulator prints it, where the workspace is `/`: the
 * kernel's absolute paths under the temporary workspace (`pwd`,
 * `readlink -f`, `mount`'s list) lose that prefix, and `mount`'s lines for
 * the machine's own mounts, which the simulator does not have, are left out.
 */
export function fromWorkspaceRoot(stdout: string, ws: string): string {
  const lines = stdout.split('\n').filter((l) => !MOUNT_LINE.test(l) || l.includes(`${ws}/`) || l.includes(`${ws} `));
  return lines.join('\n').split(`${ws}/`).join('/').split(ws).join('/');
}

export function runScenarioOnKernel(text: string, name: string): TraceDoc {
  const scenario = splitScenario(text);
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'overlay-lab-oracle-')));
  // A workspace as `mkdir` makes one (mkdtemp's is 0700): a step run as
  // another user (setpriv) starts its walk here, as in the simulator.
  chmodSync(ws, 0o755);
  const cwdFile = `${ws}.cwd`;
  const optsFile = `${cwdFile}.opts`;
  let opts = '';
  const ns = new Namespace();
  const steps: TraceStep[] = [];
  const workdirs = new Set<string>();
  let cwd = ws;
  try {
    for (const step of scenario.steps) {
      for (const w of workdirsOfStep(step.source, relative(ws, cwd))) workdirs.add(w);
      writeFileSync(cwdFile, '');
      writeFileSync(optsFile, opts);
      const r = ns.run(['bash', '--noprofile', '--norc', '-c', WRAPPER, 'step', cwd, step.source, cwdFile, opts], ws);
      if (r.error) throw new Error(`step ${step.line} (${step.source}) did not finish: ${r.error.message}`);
      cwd = readFileSync(cwdFile, 'utf8') || cwd;
      opts = readFileSync(optsFile, 'utf8');
      steps.push({
        cmd: step.source,
        status: r.status ?? 128,
        stdout: fromWorkspaceRoot(r.stdout.toString('utf8'), ws),
        cwd: relative(ws, cwd),
        tree: walkTree(ns.view(ws), [...workdirs]),
      });
    }
  } finally {
    ns.close();
    // The namespace's mounts went with it; what is left is the plain directories.
    for (let i = 0; i < 50; i++) {
      try {
        rmSync(ws, { recursive: true, force: true });
        break;
      } catch {
        spawnSync('sleep', ['0.02']);
      }
    }
    rmSync(cwdFile, { force: true });
    rmSync(optsFile, { force: true });
  }
  return { format: TRACE_FORMAT, scenario: name, steps };
}
