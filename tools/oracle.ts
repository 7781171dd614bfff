// `npm run --silent oracle -- [--pretty] FILE...`: runs scenarios on the real
// Linux kernel, each in its own private mount namespace, and prints one
// overlay-trace/1 document per file, one per line.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kernelUnavailableReason } from './kernel/available.ts';
import { runScenarioOnKernel } from './kernel/run.ts';

function main(argv: string[]) {
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => a !== '--pretty');
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write('usage: npm run --silent oracle -- [--pretty] FILE...\n');
    process.exit(2);
  }
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
    try {
      const doc = runScenarioOnKernel(readFileSync(file, 'utf8'), basename(file));
      process.stdout.write(pretty ? `${JSON.stringify(doc, null, 1)}\n` : `${JSON.stringify(doc)}\n`);
    } catch (e) {
      process.stderr.write(`oracle: ${file}: ${(e as Error).message}\n`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

main(process.argv.slice(2));
