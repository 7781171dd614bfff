// Whether this machine can run scenarios on the real kernel, and if not, why.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

let cached: string | null | undefined;

/** Returns null when the kernel oracle can run, or a sentence saying why not. */
export function kernelUnavailableReason(): string | null {
  if (cached !== undefined) return cached;
  cached = probe();
  return cached;
}

function probe(): string | null {
  if (process.platform !== 'linux') return `the kernel oracle needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'the kernel oracle needs root (mount -t overlay); run as root';
  let fss = '';
  try {
    fss = readFileSync('/proc/filesystems', 'utf8');
  } catch {
    return 'cannot read /proc/filesystems';
  }
  if (!/\toverlay$/m.test(fss)) {
    spawnSync('modprobe', ['overlay']);
    if (!/\toverlay$/m.test(readFileSync('/proc/filesystems', 'utf8'))) {
      return 'this kernel has no overlay filesystem (modprobe overlay failed)';
    }
  }
  for (const tool of ['unshare', 'bash', 'getfattr', 'setfattr', 'tree']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return `the kernel oracle needs \`${tool}\` (Debian packages: util-linux, bash, attr, tree)`;
    }
  }
  const ns = spawnSync('unshare', ['-m', '--propagation', 'private', 'true']);
  if (ns.status !== 0) return `cannot create a private mount namespace: ${ns.stderr?.toString().trim()}`;
  if (!existsSync('/proc/self/mountinfo')) return 'no /proc/self/mountinfo';
  return null;
}
