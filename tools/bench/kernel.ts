// The kernel side of `npm run bench`: the same layer trees written to disk,
// an overlay mounted on them in a private mount namespace (`unshare -m`),
// and the same command lines timed inside one bash process with
// $EPOCHREALTIME around each, so no process start-up of ours is counted.
// The one start-up that remains, the command's own fork+exec (rm, ls,
// chmod), is measured apart by timing /bin/true the same way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Layers, Tree } from './engine.ts';
import type { Operation } from './workload.ts';
import { kernelUnavailableReason } from '../kernel/available.ts';

export { kernelUnavailableReason };

/** Where the trees go: /var/tmp is on the root disk (ext4 here, as the oracle's), not on a tmpfs. */
const PARENT = process.env.OVERLAY_LAB_BENCH_DIR ?? '/var/tmp';

const STARTUP = 'empty command';
/** The name under which an operation's run on a `volatile` mount is kept. */
export const volatileName = (name: string) => `${name} (volatile)`;

function writeTree(dir: string, tree: Tree): number {
  let n = 0;
  for (const [name, value] of Object.entries(tree)) {
    const p = join(dir, name);
    if (typeof value === 'string') writeFileSync(p, Buffer.from(value, 'latin1'), { mode: 0o644 });
    else {
      mkdirSync(p, { mode: 0o755 });
      n += writeTree(p, value);
    }
    n++;
  }
  return n;
}

export interface KernelRun {
  /** The filesystem type the trees were written to (findmnt), e.g. ext4. */
  fs: string;
  dir: string;
  entries: number;
  /** ms of each timed run, by operation name (warm-up dropped), and exit statuses seen. */
  times: Map<string, number[]>;
  statuses: Map<string, number[]>;
  /** ms of `/bin/true` timed the same way: a command's fork+exec. */
  startup: number[];
  writeMs: number;
}

const SCRIPT = String.raw`
set -u
export LC_ALL=C
B=$1; LOWER=$2
time_op() { # name runs extra-mount-options cmd
  local name=$1 runs=$2 opts=$3 cmd=$4 i s e st
  for ((i = 0; i <= runs; i++)); do
    rm -rf "$B/run" && mkdir -p "$B/run/upper" "$B/run/work" "$B/run/merged" || exit 90
    mount -t overlay overlay -o "lowerdir=$LOWER,upperdir=$B/run/upper,workdir=$B/run/work$opts" "$B/run/merged" || { echo "MOUNTFAIL $name"; exit 91; }
    cd "$B/run" || exit 92
    s=$EPOCHREALTIME; eval "$cmd" >/dev/null 2>>"$B/stderr"; st=$?; e=$EPOCHREALTIME
    cd "$B" || exit 92
    umount "$B/run/merged" || exit 93
    [ "$i" -gt 0 ] && printf 'T\t%s\t%s\t%s\t%s\n' "$name" "$s" "$e" "$st"
  done
}
while IFS=$'\x1f' read -r name runs opts cmd; do time_op "$name" "$runs" "$opts" "$cmd"; done < "$B/ops.tsv"
rm -rf "$B/run"
`;

/** Microseconds from bash's $EPOCHREALTIME ("seconds.micros") without float rounding. */
function micros(v: string): bigint {
  const [s, us] = v.split(/[.,]/);
  return BigInt(s) * 1_000_000n + BigInt((us ?? '0').padEnd(6, '0').slice(0, 6));
}

export function runOnKernel(layers: Layers, ops: Operation[], log: (s: string) => void): KernelRun {
  const dir = mkdtempSync(join(PARENT, 'overlay-lab-bench-'));
  try {
    const fs = spawnSync('findmnt', ['-n', '-o', 'FSTYPE', '--target', dir], { encoding: 'utf8' }).stdout.trim() || 'unknown';
    const t = performance.now();
    let entries = 0;
    mkdirSync(join(dir, 'layers'));
    layers.lowers.forEach((l, i) => {
      mkdirSync(join(dir, 'layers', l), { mode: 0o755 });
      entries += writeTree(join(dir, 'layers', l), layers.trees[i]);
    });
    spawnSync('sync');
    const writeMs = performance.now() - t;
    log(`kernel: wrote ${entries.toLocaleString('en')} entries to ${dir} (${fs}) in ${(writeMs / 1000).toFixed(1)} s`);
    // Copy-up fsyncs each copied file (ovl_copy_up_file) unless mounted volatile: those operations run both ways.
    const all = [
      { name: STARTUP, cmd: '/bin/true', runs: 20, opts: '' },
      ...ops.map((o) => ({ ...o, opts: '' })),
      ...ops.filter((o) => o.volatileToo).map((o) => ({ ...o, name: volatileName(o.name), opts: ',volatile' })),
    ];
    // Fields split on the unit separator: a tab is whitespace to read(1), so an empty field would vanish.
    writeFileSync(join(dir, 'ops.tsv'), all.map((o) => [o.name, o.runs, o.opts, o.cmd].join('\x1f') + '\n').join(''));
    writeFileSync(join(dir, 'run.sh'), SCRIPT);
    const lower = layers.lowers.map((l) => join(dir, 'layers', l)).join(':');
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', '--', 'bash', join(dir, 'run.sh'), dir, lower], {
      encoding: 'utf8',
      timeout: 30 * 60_000,
      maxBuffer: 16 << 20,
    });
    if (r.status !== 0) throw new Error(`the kernel run failed (status ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${r.stdout.slice(-500)} ${r.stderr.slice(-500)}`);
    const times = new Map<string, number[]>();
    const statuses = new Map<string, number[]>();
    for (const line of r.stdout.split('\n')) {
      const [tag, name, s, e, st] = line.split('\t');
      if (tag !== 'T') continue;
      if (!times.has(name)) {
        times.set(name, []);
        statuses.set(name, []);
      }
      times.get(name)!.push(Number(micros(e) - micros(s)) / 1000);
      statuses.get(name)!.push(Number(st));
    }
    return { fs, dir, entries, times, statuses, startup: times.get(STARTUP) ?? [], writeMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
