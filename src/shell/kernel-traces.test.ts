// Differential test: scripts in testdata/ were run on the real kernel by the
// oracle (`npm run --silent oracle -- src/shell/testdata/X.sh > X.trace.json`);
// here each step runs through the shell on the engine and must give the same
// exit status, output, working directory and workspace tree. Output is
// compared after masking what cannot match: the oracle's temporary
// workspace path (the simulated root is "/"), wall-clock times, device and
// inode numbers, file handles and the machine's other mounts.
import { describe, expect, it } from 'vitest';
import { Kernel, snapshotTree, utf8Decode } from '../engine/index.ts';
import { checkScript } from './check.ts';
import { logicalCwd } from './commands/cd.ts';
import { runStep } from './run.ts';
import { compareC } from './util/text.ts';

interface TraceStep {
  cmd: string;
  status: number;
  stdout: string;
  cwd: string;
  tree: { path: string; type: string; mode?: string; content?: string; target?: string }[];
}

const scripts = import.meta.glob('./testdata/*.sh', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const traces = import.meta.glob('./testdata/*.trace.json', { import: 'default', eager: true }) as Record<string, { steps: TraceStep[] }>;

function steps(text: string) {
  return text
    .split('\n')
    .map((source, i) => ({ line: i + 1, source: source.replace(/\s+$/, '') }))
    .filter((s) => s.source.trim() !== '' && !s.source.trimStart().startsWith('#'));
}

const MOUNT_LINE = /^\S+ on \/\S* type \S+ \(.*\)$/;

/**
 * `fromTmp`: a recording made before the oracle printed paths from the
 * workspace root (tools/kernel/run.ts fromWorkspaceRoot), whose `mount`
 * lists the machine's mounts too.
 */
function maskOutput(s: string, fromTmp: boolean): string {
  // `mount` alone lists every mount of the machine; the workspace's are what compare.
  if (fromTmp) s = s.split('\n').filter((l) => !MOUNT_LINE.test(l) || l.includes('/tmp/overlay-lab-oracle-')).join('\n');
  return s
    .replace(/\/tmp\/overlay-lab-oracle-[A-Za-z0-9]+\/?/g, '/')
    .replace(/[A-Z][a-z]{2} [ 0-9]\d (\d\d:\d\d| \d{4})/g, '<time>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} [+-]\d{4}/g, '<time>')
    .replace(/ Birth: .*/g, ' Birth: <time>')
    .replace(/Device: [0-9a-f]+,[0-9a-f]+\tInode: \d+ */g, 'Device: <dev>\tInode: <ino> ')
    .replace(/(trusted\.overlay\.(?:origin|uuid|fh))=0[sx]\S+/g, '$1=<handle>');
}

const TYPES: Record<string, string> = { blockdev: 'other', socket: 'other' };

/** The tree as the trace has it: temporary names in a workdir's work/ are `#N` there. */
function simTree(k: Kernel): string[] {
  return snapshotTree(k)
    .map((e) => ({ ...e, path: e.path.replace(/(^|\/)work\/#[0-9a-f]+(?=\/|$)/, '$1work/#N') }))
    .sort((a, b) => compareC(a.path, b.path))
    .map((e) => {
      const content = e.data === undefined ? undefined : (utf8Decode(e.data) ?? '<binary>');
      const mode = e.mode === undefined ? undefined : e.mode.toString(8).padStart(4, '0');
      return JSON.stringify([e.path, TYPES[e.type] ?? e.type, mode ?? null, content ?? null, e.target ?? null]);
    });
}

function kernelTree(t: TraceStep['tree']): string[] {
  return t.map((e) => JSON.stringify([e.path, e.type, e.mode ?? null, e.content ?? null, e.target ?? null]));
}

describe.each(Object.keys(scripts).sort())('%s', (file) => {
  const trace = traces[file.replace(/\.sh$/, '.trace.json')];
  const list = steps(scripts[file]);
  const fromTmp = trace.steps.some((s) => s.stdout.includes('/tmp/overlay-lab-oracle-'));

  it('is accepted by checkScript', () => {
    expect(checkScript(list)).toEqual([]);
  });

  it('runs as on the kernel, step by step', () => {
    expect(trace.steps).toHaveLength(list.length);
    const k = new Kernel();
    list.forEach((step, i) => {
      const r = runStep(k, step.source);
      const want = trace.steps[i];
      const where = `line ${step.line}: ${step.source}\n${r.stderr}`;
      expect({ status: r.status, stdout: maskOutput(r.stdout, false), cwd: logicalCwd(k) }, where).toEqual({
        status: want.status,
        stdout: maskOutput(want.stdout, fromTmp),
        cwd: want.cwd,
      });
      expect(simTree(k), where).toEqual(kernelTree(want.tree));
    });
  });
});
