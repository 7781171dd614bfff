// `npm run bench:image [-- --runs N] [--json] [IMAGE]`: `image tree` on a
// Debian-minbase-sized image (about 170 MB uncompressed, 60 MB gzip, 8,700
// entries, 3 layers), in the engine and on the kernel (the image oracle),
// each run in a fresh process. Prints medians of wall time and CPU time
// (the kernel's includes gzip's and tar's), the ratio engine/kernel, peak
// memory, and whether the two trees are identical. The image is made by
// scripts/make-bench-image.sh (mmdebstrap) or, where that cannot run, by
// scripts/make-synthetic-image.py (same shape, made-up contents).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { kernelUnavailableReason } from './kernel/available.ts';
import { err, outLine } from './cli/stdout.ts';

const args = process.argv.slice(2);

function cpuMsWithChildren(): number {
  // /proc/self/stat: utime stime cutime cstime (fields 14-17), in clock ticks.
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 10;
}

async function child(kind: string, image: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Modules first, so that the baseline is the loaded program with no image.
  const [{ openImage }, { imageTree }, { formatTree }, { fileSource, nodeSha256 }, { imageTreeOnKernel }] = await Promise.all([
    import('../src/image/open.ts'),
    import('../src/image/view.ts'),
    import('../src/image/tree.ts'),
    import('./image/node-io.ts'),
    import('./kernel/image-oracle.ts'),
  ]);
  gc?.();
  const base = process.memoryUsage();
  const cpu0 = cpuMsWithChildren();
  const t0 = performance.now();
  let text: string;
  let retained = 0;
  if (kind === 'engine') {
    const src = fileSource(image);
    const img = await openImage(src, { hash: nodeSha256 });
    const tree = imageTree(img, { hash: nodeSha256 });
    text = formatTree(tree);
    gc?.();
    // What stays: the image's layer trees with their small files, and the merged tree's rows.
    retained = process.memoryUsage().heapUsed - base.heapUsed;
    // Keep the image and tree alive until measured.
    if (!img || !tree) throw new Error('unreachable');
  } else {
    text = imageTreeOnKernel(image);
  }
  const wallMs = performance.now() - t0;
  const cpuMs = cpuMsWithChildren() - cpu0;
  const sha = createHash('sha256').update(text).digest('hex');
  process.stdout.write(JSON.stringify({ wallMs, cpuMs, maxRssMB: process.resourceUsage().maxRSS / 1024, baseRssMB: base.rss / 2 ** 20, retainedMB: retained / 2 ** 20, lines: text.split('\n').length - 1, sha }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function ensureImage(path: string): string {
  if (existsSync(path)) return path;
  err(`bench:image: making ${path} (mmdebstrap + buildah; a few minutes)...\n`);
  const r = spawnSync('bash', ['scripts/make-bench-image.sh', path], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status === 0 && existsSync(path)) return path;
  const synth = path.replace(/\.tar$/, '-synthetic.tar');
  err(`bench:image: mmdebstrap could not make it; using a synthetic image of the same shape: ${synth}\n`);
  const s = spawnSync('python3', ['scripts/make-synthetic-image.py', synth], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (s.status !== 0) throw new Error('could not make a benchmark image');
  return synth;
}

async function main(): Promise<void> {
  if (args[0] === '--child') return child(args[1], args[2]);
  const json = args.includes('--json');
  const ri = args.indexOf('--runs');
  const runs = ri >= 0 ? Number(args[ri + 1]) : 3;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(ri >= 0 && i === ri + 1));
  const image = ensureImage(positional[0] ?? 'bench-results/debian-minbase.tar');
  const reason = kernelUnavailableReason();
  const kinds = reason ? ['engine'] : ['engine', 'kernel'];
  const results: Record<string, { wallMs: number; cpuMs: number; maxRssMB: number; baseRssMB: number; retainedMB: number; lines: number; sha: string }[]> = { engine: [], kernel: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'tools/bench-image.ts', '--child', kind, image], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`${kind} run failed: ${r.stderr}`);
      results[kind].push(JSON.parse(r.stdout));
    }
  }
  const compressedMB = statSync(image).size / 2 ** 20;
  const e = results.engine;
  const out: { name: string; value: number; unit: string }[] = [];
  const put = (name: string, value: number, unit: string) => out.push({ name, value: Number(value.toFixed(unit === 'x' ? 3 : 1)), unit });
  put('image file (compressed)', compressedMB, 'MB');
  put('engine: image tree, wall (median)', median(e.map((x) => x.wallMs)), 'ms');
  put('engine: image tree, CPU (median)', median(e.map((x) => x.cpuMs)), 'ms');
  put('engine: peak RSS (median)', median(e.map((x) => x.maxRssMB)), 'MB');
  put('engine: peak RSS above the loaded program (median)', median(e.map((x) => x.maxRssMB - x.baseRssMB)), 'MB');
  put('engine: heap kept for the image and its tree', median(e.map((x) => x.retainedMB)), 'MB');
  put('memory target: 2 x compressed + the tree', 2 * compressedMB + median(e.map((x) => x.retainedMB)), 'MB');
  if (!reason) {
    const k = results.kernel;
    put('kernel oracle: image tree, wall (median)', median(k.map((x) => x.wallMs)), 'ms');
    put('kernel oracle: image tree, CPU incl. gzip and tar (median)', median(k.map((x) => x.cpuMs)), 'ms');
    put('ratio engine/kernel, wall', median(e.map((x) => x.wallMs)) / median(k.map((x) => x.wallMs)), 'x');
    put('ratio engine/kernel, CPU', median(e.map((x) => x.cpuMs)) / median(k.map((x) => x.cpuMs)), 'x');
  }
  if (json) for (const r of out) outLine(JSON.stringify(r));
  else {
    outLine(`Overlay Lab image benchmark: ${image}, ${e[0].lines} lines of tree, ${runs} runs each (node ${process.version}; medians)\n`);
    for (const r of out) outLine(`${r.name.padEnd(58)} ${String(r.value).padStart(10)} ${r.unit}`);
    if (reason) outLine(`\nkernel oracle not run: ${reason}`);
    else outLine(`\ntrees identical: ${e.every((x) => x.sha === results.kernel[0].sha) && results.kernel.every((x) => x.sha === results.kernel[0].sha) ? 'yes' : 'NO'}`);
    const peak = median(e.map((x) => x.maxRssMB - x.baseRssMB));
    const target = 2 * compressedMB + median(e.map((x) => x.retainedMB));
    outLine(`memory: peak ${peak.toFixed(0)} MB above the loaded program, target ${target.toFixed(0)} MB: ${peak <= target ? 'met' : 'NOT met'}`);
  }
}

main().catch((e) => {
  err(`bench:image: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
