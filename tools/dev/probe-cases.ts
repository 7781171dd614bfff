// Dev loop for one rule at a time: every case is run on its own, after the
// same setup, on the kernel and in the engine, and whatever differs in its
// last step (status, stdout, stderr, tree at full level) is printed.
// Usage: tsx tools/dev/probe-cases.ts FILE [-a]
// FILE: setup lines first, then `---`, then one case a line (# comments).
// -a prints every case, agreeing ones too, with the kernel's status and stderr.
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replayScenario, timelineToTrace } from '../../src/replay/timeline.ts';
import { compareTraces } from '../../src/scenario/compare.ts';
import { runScenarioOnKernel } from '../kernel/run.ts';

const [file, ...flags] = process.argv.slice(2);
const all = flags.includes('-a');
const text = readFileSync(file, 'utf8');
const [setupText, casesText] = text.split(/^---$/m);
const setup = setupText.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const cases = casesText.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

/** The case's stderr on the kernel: the setup quiet, then the case, in a mount namespace of its own. */
function kernelStderr(line: string): { status: number; stderr: string } {
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'probe-')));
  try {
    const script = `exec 3>&2 2>/dev/null\n${setup.join('\n')}\nexec 2>&3\n${line}`;
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'bash', '--noprofile', '--norc', '-c', script], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: 'C' } });
    return { status: r.status ?? -1, stderr: r.stderr.replaceAll(`${ws}/`, '').replace(/^bash: line \d+: /gm, 'bash: ') };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

let differ = 0;
for (const line of cases) {
  const script = `${[...setup, line].join('\n')}\n`;
  const kernel = runScenarioOnKernel(script, 'probe.sh');
  const t = replayScenario(script);
  const engine = timelineToTrace(t, 'probe.sh');
  const last = kernel.steps.length - 1;
  const diffs = compareTraces(kernel, engine, 'full', true).filter((d) => d.step === last);
  const ks = kernelStderr(line);
  const es = t.commands[t.commands.length - 1].stderr;
  if (ks.stderr !== es) diffs.push({ step: last, cmd: line, what: `stderr ${JSON.stringify(ks.stderr)} vs ${JSON.stringify(es)}` });
  const earlier = compareTraces(kernel, engine, 'full', true).filter((d) => d.step < last);
  if (earlier.length) diffs.unshift({ step: earlier[0].step, cmd: earlier[0].cmd, what: `SETUP differs: ${earlier[0].what}` });
  if (diffs.length) differ++;
  if (diffs.length || all) {
    console.log(`${diffs.length ? 'DIFF' : 'same'} ${line}   [kernel ${kernel.steps[last].status}${ks.stderr ? `: ${ks.stderr.trim()}` : ''}]`);
    for (const d of diffs) console.log(`     ${d.what}`);
  }
}
console.log(`${cases.length - differ}/${cases.length} cases agree`);
