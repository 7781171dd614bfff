// Scenario scripts the browser benchmark opens through the app's file input.
// They are plain scenarios (they run on the kernel too).

const MOUNT = 'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged';

/** `touch` lines creating `names` under `dir`, `per` operands a line. */
function touchLines(dir: string, names: string[], per: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += per) out.push(`touch ${names.slice(i, i + per).map((n) => `${dir}/${n}`).join(' ')}`);
  return out;
}

/**
 * A script of `commands` lines in all: a small lower (10 directories of 10
 * files), the mount, then new files, appends (copy-ups), removals
 * (whiteouts), mkdirs and renames until the count is reached.
 */
export function longScript(commands: number): string {
  const dirs = Array.from({ length: 10 }, (_, d) => `d${d}`);
  const setup = [
    '# title: bench: a long session',
    `mkdir upper lower merged work ${dirs.map((d) => `lower/${d}`).join(' ')}`,
    ...dirs.map((d) => `touch ${Array.from({ length: 10 }, (_, f) => `lower/${d}/f${f}.txt`).join(' ')}`),
    MOUNT,
  ];
  const lines: string[] = [];
  for (let i = 0; lines.length < commands - (setup.length - 1); i++) {
    const d = `merged/d${i % 10}`;
    switch (i % 5) {
      case 0:
        lines.push(`echo "step ${i}" > ${d}/new${i}.txt`);
        break;
      case 1:
        lines.push(`echo more >> ${d}/f${Math.floor(i / 10) % 10}.txt`);
        break;
      case 2:
        lines.push(`rm -f ${d}/f${(i * 7) % 10}.txt`);
        break;
      case 3:
        lines.push(`mkdir -p ${d}/sub${i}`);
        break;
      default: {
        const from = `merged/d${(i - 4) % 10}`;
        lines.push(`mv ${from}/new${i - 4}.txt ${from}/moved${i}.txt`);
      }
    }
  }
  return [...setup, ...lines].join('\n') + '\n';
}

/** A lower directory big/ of `entries` empty files, mounted: ready for `rm -rf merged/big`. */
export function bigDirScript(entries: number): string {
  const names = Array.from({ length: entries }, (_, i) => `f${i}`);
  return ['# title: bench: a big lower directory', 'mkdir upper lower merged work lower/big', ...touchLines('lower/big', names, 500), MOUNT].join('\n') + '\n';
}
