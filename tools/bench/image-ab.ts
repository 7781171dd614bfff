// `npx tsx tools/bench/image-ab.ts DIR_A DIR_B [--runs N] [--image FILE]`:
// opens the benchmark image in two production builds (each `vite build
// --outDir DIR`), alternating A, B, A, B... in fresh pages of one Chromium,
// and prints each build's medians: to a usable grid, to every check done,
// JS heap added, peak resident memory, CPU. On a shared, loaded machine
// one run of one build says little; alternating runs compare like with like.
import { openImageTimed, type ImageOpenResult } from './browser/image.ts';
import { launch, serve } from './browser/serve.ts';
import { fmt, median } from './stats.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const runs = Number(flag('--runs') ?? 5);
const image = flag('--image') ?? 'bench-results/debian-minbase.tar';
const dirs = args;
if (dirs.length < 1) throw new Error('usage: image-ab.ts DIR_A [DIR_B ...] [--runs N] [--image FILE]');

const servers = await Promise.all(dirs.map((d) => serve(d)));
const browser = await launch();
const results: ImageOpenResult[][] = dirs.map(() => []);
try {
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < dirs.length; i++) {
      const x = await openImageTimed(browser, servers[i].url, image);
      results[i].push(x);
      process.stderr.write(`run ${r + 1} ${dirs[i]}: usable ${fmt(x.usableMs)} ms, verified ${fmt(x.verifiedMs)} ms, heap +${fmt(x.heapMB, 'MB')} MB, peak RSS +${fmt(x.peakRssMB, 'MB')} MB (${fmt(x.peakAtUsableMB, 'MB')} at usable), cpu ${fmt(x.cpuMs)} ms ${JSON.stringify(x.peakBy)}\n`);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.stop();
}
for (let i = 0; i < dirs.length; i++) {
  const m = (k: keyof ImageOpenResult) => median(results[i].map((x) => x[k] as number));
  const all = (k: keyof ImageOpenResult) => results[i].map((x) => Math.round(x[k] as number)).join(' ');
  console.log(`${dirs[i]} (median of ${runs}):`);
  console.log(`  usable grid   ${fmt(m('usableMs'))} ms   [${all('usableMs')}]`);
  console.log(`  all verified  ${fmt(m('verifiedMs'))} ms   [${all('verifiedMs')}]`);
  console.log(`  JS heap added ${fmt(m('heapMB'), 'MB')} MB   [${all('heapMB')}]`);
  console.log(`  peak RSS      ${fmt(m('peakRssMB'), 'MB')} MB   [${all('peakRssMB')}]`);
  console.log(`  peak at usable ${fmt(m('peakAtUsableMB'), 'MB')} MB   [${all('peakAtUsableMB')}]`);
  console.log(`  CPU           ${fmt(m('cpuMs'))} ms   [${all('cpuMs')}]`);
}
