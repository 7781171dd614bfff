// A census rather than a hunt: runs many random scenarios, shrinks none,
// and groups the disagreements by their first difference.
import fc from 'fast-check';
import { disagreement } from './differential.ts';
import { scenarioArb } from './scenario-arb.ts';
import { err, outLine } from '../cli/stdout.ts';

export function survey(runs: number, seed: number): boolean {
  const scripts = fc.sample(scenarioArb, { numRuns: runs, seed });
  const groups = new Map<string, { count: number; example: string; detail: string }>();
  let bad = 0;
  const t0 = Date.now();
  scripts.forEach((script, n) => {
    if (n > 0 && n % 100 === 0) err(`  ${n}/${runs} (${bad} disagree) ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    const diffs = disagreement(script);
    if (diffs.length === 0) return;
    bad++;
    const d = diffs[0];
    const cmd = d.cmd.replace(/merged\/\S+/g, 'merged/P').replace(/"[^"]*"/g, '"T"');
    const key = `${cmd.split(' ')[0]} | ${d.what.replace(/\["[^"]*"/, '[path').slice(0, 80)}`;
    const g = groups.get(key) ?? { count: 0, example: script, detail: `step ${d.step} \`${d.cmd}\`: ${d.what}` };
    g.count++;
    groups.set(key, g);
  });
  outLine(`survey: ${runs - bad}/${runs} agree (seed ${seed})`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
    outLine(`\n== ${g.count}× ${k}\n   ${g.detail}\n${g.example.split('\n').map((l) => `   | ${l}`).join('\n')}`);
  }
  return bad === 0;
}
