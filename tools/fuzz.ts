// `npm run fuzz -- [--runs N] [--seed S] [--save]`: differential testing
// against the kernel. Prints the seed; on a disagreement prints the shrunk
// script and its differences, and with --save keeps it in scenarios/.
import { kernelUnavailableReason } from './kernel/available.ts';
import { fuzz, saveRegression } from './fuzz/differential.ts';

const args = process.argv.slice(2);
const get = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const runs = Number(get('--runs') ?? 300);
const seed = Number(get('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const reason = kernelUnavailableReason();
if (reason) {
  console.log(`fuzz: the kernel is not available (${reason}); nothing to compare against.`);
  process.exit(0);
}
if (args.includes('--survey')) {
  // Every scenario run, none shrunk: a quick census of the ways they differ.
  const { survey } = await import('./fuzz/survey.ts');
  process.exit(survey(runs, seed) ? 0 : 1);
}
console.log(`fuzz: ${runs} random scenarios, seed ${seed}`);
const t0 = Date.now();
const r = fuzz(runs, seed, (n) => {
  if (n % 50 === 0) process.stdout.write(`  ${n} scenarios, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
});
if (!r.failure) {
  console.log(`fuzz: ${r.runs} scenarios agree with the kernel (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  process.exit(0);
}
console.log(`fuzz: DISAGREEMENT (seed ${seed}), shrunk script:\n${r.failure.script}`);
for (const d of r.failure.diffs.slice(0, 10)) console.log(`  step ${d.step} \`${d.cmd}\`: ${d.what}`);
if (args.includes('--save')) console.log(`saved as scenarios/${saveRegression('scenarios', r.failure.script)}`);
process.exit(1);
