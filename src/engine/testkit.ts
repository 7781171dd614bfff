// Small helpers for the engine's table tests: make a file, read one back,
// and a short text for each event so a row can say which stages an
// operation went through. Test code only (imported by *.test.ts).
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from './api.ts';
import type { EngineEvent } from './events.ts';
import type { Kernel } from './kernel.ts';

export function writeFile(k: Kernel, path: string, data: string, mode = 0o644): void {
  const fd = k.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, data);
  k.close(fd.value);
}

/** The file's contents, or the errno that stopped the read. */
export function readFile(k: Kernel, path: string): string {
  const fd = k.open(path, O_RDONLY);
  if (!fd.ok) return fd.errno;
  const r = k.read(fd.value);
  k.close(fd.value);
  return r.ok ? r.value : r.errno;
}

/** mkdir -p for each path, in order. */
export function dirs(k: Kernel, ...paths: string[]): void {
  for (const p of paths) {
    const r = k.mkdir(p, 0o755);
    if (!r.ok) throw new Error(`mkdir ${p}: ${r.errno}`);
  }
}

/**
 * One event as a short token: its type, its cause and what it acted on,
 * with work/ temp names (#1, #2...) and index names folded so rows do not
 * depend on counters: `create:copy-up:tmpfile`, `rename:whiteout:upper/f`.
 */
export function stage(e: EngineEvent): string {
  const where = (p: string) => p.replace(/^work\/work\/(#\d+|\(unnamed temp file\)).*$/, 'work').replace(/^work\/index\/.*$/, 'index');
  switch (e.type) {
    case 'copy-up':
      return `copy-up-${e.phase}`;
    case 'create':
      return `create:${e.cause}:${e.tmpfile ? 'tmpfile' : `${where(e.path)}`}${e.node === 'whiteout' || e.node === 'chardev' ? ':whiteout' : ''}`;
    case 'link':
      return `link:${e.cause}:${where(e.to)}`;
    case 'rename':
      return `rename:${e.cause}:${where(e.to)}${e.flags ? `:${e.flags}` : ''}`;
    case 'unlink':
    case 'rmdir':
    case 'write':
    case 'truncate':
    case 'setattr':
      return `${e.type}:${e.cause}:${where(e.path)}`;
    case 'setxattr':
    case 'removexattr':
      return `${e.type}:${e.name.replace(/^trusted\.overlay\./, '')}:${where(e.path)}`;
    case 'readdir':
      return 'readdir';
    case 'lookup':
      return 'lookup';
    case 'dcache':
    case 'mount':
    case 'umount':
      return e.type;
    case 'error':
      return `error:${e.errno}`;
  }
}

/** The stages of everything `fn` did, lookups and readdirs left out. */
export function stagesOf(k: Kernel, fn: () => void): string[] {
  const from = k.events.length;
  fn();
  return k.events
    .slice(from)
    .filter((e) => e.type !== 'lookup' && e.type !== 'readdir')
    .map(stage);
}
