// `npm run fuzz -- [--runs N] [--seed S] [--save]`: differential testing
// against the kernel. Prints the seed; on a disagreement prints the shrunk
// script and its differences, and with --save keeps it in scenarios/.
// `--survey`: every scenario run and none shrunk, a census of the ways they
// differ. Exit status: 0 all agree (or no kernel), 1 a disagreement. Output
// is complete in a pipe, and a reader that closes early ends it quietly.
import { kernelUnavailableReason } from './kernel/available.ts';
import { fuzz, saveRegression } from './fuzz/differential.ts';
import { finish, outLine, out } from './cli/stdout.ts';

async function main(args: string[]): Promise<number> {
  const get = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const runs = Number(get('--runs') ?? 300);
  const seed = Number(get('--seed') ?? Math.floor(Math.random() * 2 ** 31));
  const reason = kernelUnavailableReason();
  if (reason) {
    outLine(`fuzz: the kernel is not available (${reason}); nothing to compare against.`);
    return 0;
  }
  if (args.includes('--survey')) {
    const { survey } = await import('./fuzz/survey.ts');
    return survey(runs, seed) ? 0 : 1;
  }
  outLine(`fuzz: ${runs} random scenarios, seed ${seed}`);
  const t0 = Date.now();
  const r = fuzz(runs, seed, (n) => {
    if (n % 50 === 0) out(`  ${n} scenarios, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  });
  if (!r.failure) {
    outLine(`fuzz: ${r.runs} scenarios agree with the kernel (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    return 0;
  }
  outLine(`fuzz: DISAGREEMENT (seed ${seed}), shrunk script:\n${r.failure.script}`);
  for (const d of r.failure.diffs.slice(0, 10)) outLine(`  step ${d.step} \`${d.cmd}\`: ${d.what}`);
  if (args.includes('--save')) outLine(`saved as scenarios/${saveRegression('scenarios', r.failure.script)}`);
  return 1;
}

finish(await main(process.argv.slice(2)));
