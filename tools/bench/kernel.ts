// The kernel side of `npm run bench`: the same layer trees written to disk,
// an overlay mounted on them in a private mount namespace (`unshare -m`),
// and the same command lines timed inside one bash process (one per
// operation, run right after the engine's runs of it) with
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
const volatileName = (name: string) => `${name} (volatile)`;

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

/** One operation's kernel runs: ms of each (warm-up dropped) and exit statuses. */
export interface KernelTimes {
  times: number[];
  statuses: number[];
  /** The same on a volatile mount (no fsync per copy-up), when asked for. */
  volatile: number[] | null;
  /** ms of `/bin/true` timed the same way right before: a command's fork+exec. */
  startup: number[];
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

/**
 * The bench stack on disk, timed one operation at a time so each kernel
 * figure is taken right after the engine's for the same operation (the
 * machine's load drifts). Each call runs one bash in a fresh private mount
 * namespace; close() removes the trees.
 */
export class KernelBench {
  readonly dir: string;
  /** The filesystem type the trees were written to (findmnt), e.g. ext4. */
  readonly fs: string;
  readonly entries: number;
  readonly writeMs: number;
  private readonly lower: string;

  constructor(layers: Layers) {
    this.dir = mkdtempSync(join(PARENT, 'overlay-lab-bench-'));
    try {
      this.fs = spawnSync('findmnt', ['-n', '-o', 'FSTYPE', '--target', this.dir], { encoding: 'utf8' }).stdout.trim() || 'unknown';
      const t = performance.now();
      let entries = 0;
      mkdirSync(join(this.dir, 'layers'));
      layers.lowers.forEach((l, i) => {
        mkdirSync(join(this.dir, 'layers', l), { mode: 0o755 });
        entries += writeTree(join(this.dir, 'layers', l), layers.trees[i]);
      });
      spawnSync('sync');
      this.entries = entries;
      this.writeMs = performance.now() - t;
      writeFileSync(join(this.dir, 'run.sh'), SCRIPT);
      this.lower = layers.lowers.map((l) => join(this.dir, 'layers', l)).join(':');
    } catch (e) {
      this.close();
      throw e;
    }
  }

  time(op: Operation): KernelTimes {
    // Copy-up fsyncs each copied file (ovl_copy_up_file) unless mounted volatile: those operations run both ways.
    const all = [
      { name: STARTUP, cmd: '/bin/true', runs: 10, opts: '' },
      { name: op.name, cmd: op.cmd, runs: op.runs, opts: '' },
      ...(op.volatileToo ? [{ name: volatileName(op.name), cmd: op.cmd, runs: op.runs, opts: ',volatile' }] : []),
    ];
    // Fields split on the unit separator: a tab is whitespace to read(1), so an empty field would vanish.
    writeFileSync(join(this.dir, 'ops.tsv'), all.map((o) => [o.name, o.runs, o.opts, o.cmd].join('\x1f') + '\n').join(''));
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', '--', 'bash', join(this.dir, 'run.sh'), this.dir, this.lower], {
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
    return { times: times.get(op.name) ?? [], statuses: statuses.get(op.name) ?? [], volatile: op.volatileToo ? (times.get(volatileName(op.name)) ?? []) : null, startup: times.get(STARTUP) ?? [] };
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
