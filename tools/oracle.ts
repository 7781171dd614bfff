// `npm run --silent oracle -- [--pretty] FILE...`: runs scenarios on the real
// Linux kernel, each in its own private mount namespace, and prints one
// overlay-trace/1 document per file, one per line.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kernelUnavailableReason } from './kernel/available.ts';
import { runScenarioOnKernel } from './kernel/run.ts';
import { err, finish, out, settle } from './cli/stdout.ts';

async function main(argv: string[]): Promise<number> {
  const pretty = argv.includes('--pretty');
  const files = argv.filter((a) => a !== '--pretty');
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    err('usage: npm run --silent oracle -- [--pretty] FILE...\n');
    return 2;
  }
  const reason = kernelUnavailableReason();
  if (reason) {
    err(`oracle: the kernel is not available: ${reason}\n`);
    return 3;
  }
  let failed = false;
  for (const file of files) {
    await settle();
    if (!existsSync(file)) {
      err(`oracle: ${file}: no such file\n`);
      failed = true;
      process.exitCode = 1; // kept so far, should the reader go away
      continue;
    }
    try {
      const doc = runScenarioOnKernel(readFileSync(file, 'utf8'), basename(file));
      out(pretty ? `${JSON.stringify(doc, null, 1)}\n` : `${JSON.stringify(doc)}\n`);
    } catch (e) {
      err(`oracle: ${file}: ${(e as Error).message}\n`);
      failed = true;
      process.exitCode = 1; // kept so far, should the reader go away
    }
  }
  return failed ? 1 : 0;
}

// 0 all ran, 1 a file missing or failed, 2 bad usage, 3 no kernel; set, not
// forced, so stdout drains into a pipe first.
finish(await main(process.argv.slice(2)));
