// `npm run --silent oracle -- FILE...`: runs scenarios on the real Linux
// kernel, each in its own private mount namespace, and prints one
// overlay-trace/1 document per file, one per line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kernelUnavailableReason } from './kernel/available.ts';
import { runScenarioOnKernel } from './kernel/run.ts';

const self = fileURLToPath(import.meta.url);

function usage(): never {
  process.stderr.write('usage: npm run --silent oracle -- [--pretty] FILE...\n');
  process.exit(2);
}

function main(argv: string[]) {
  if (argv[0] === '--in-namespace') {
    // We are the child inside `unshare -m`: run one scenario and print it.
    const doc = runScenarioOnKernel(argv[2]);
    process.stdout.write(argv[1] === 'pretty' ? `${JSON.stringify(doc, null, 1)}\n` : `${JSON.stringify(doc)}\n`);
    return;
  }
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => a !== '--pretty');
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) usage();
  const reason = kernelUnavailableReason();
  if (reason) {
    process.stderr.write(`oracle: the kernel is not available: ${reason}\n`);
    process.exit(3);
  }
  let failed = false;
  for (const file of files) {
    if (!existsSync(file)) {
      process.stderr.write(`oracle: ${file}: no such file\n`);
      failed = true;
      continue;
    }
    const r = spawnSync(
      'unshare',
      ['-m', '--propagation', 'private', '--', process.execPath, ...process.execArgv, self, '--in-namespace', pretty ? 'pretty' : 'line', file],
      { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (r.status !== 0) {
      const msg = r.stderr.split('\n').find((l) => /Error:/.test(l)) ?? r.stderr.trim().split('\n').pop();
      process.stderr.write(`oracle: ${file}: ${msg ?? 'failed'}\n`);
      failed = true;
      continue;
    }
    process.stdout.write(r.stdout);
  }
  process.exit(failed ? 1 : 0);
}

main(process.argv.slice(2));
