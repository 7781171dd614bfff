// Tab completion for the terminal: the names a directory holds at the
// current position, read through the engine as `ls` would see them (so
// merged directories complete with merged names, whiteouts hidden).
import { Kernel } from '../engine/kernel.ts';
import type { Workspace } from '../engine/workspace.ts';

export interface Completion {
  /** The word to put in place of the one being completed (the longest common prefix). */
  word: string;
  /** Every match, directories with a trailing slash, when more than one fits. */
  options: string[];
}

/** Completes `word` (a path as typed, relative to `cwd`). */
export function completePath(ws: Workspace, cwd: string, word: string): Completion {
  const slash = word.lastIndexOf('/');
  const dir = slash < 0 ? '' : word.slice(0, slash + 1);
  const stem = slash < 0 ? word : word.slice(slash + 1);
  const k = new Kernel(ws, cwd, { record: false });
  const list = k.readdir(dir === '' ? '.' : dir);
  if (!list.ok) return { word, options: [] };
  const matches = list.value
    .filter((e) => e.name.startsWith(stem) && (stem.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => {
      // d_type says what the name is; a symlink to a directory completes like one.
      const target = e.type === 'symlink' ? k.stat(dir + e.name) : null;
      const isDir = e.type === 'dir' || (target !== null && target.ok && target.value.type === 'dir');
      return dir + e.name + (isDir ? '/' : '');
    })
    .sort();
  if (matches.length === 0) return { word, options: [] };
  if (matches.length === 1) return { word: matches[0].endsWith('/') ? matches[0] : `${matches[0]} `, options: [] };
  let prefix = matches[0];
  for (const m of matches) while (!m.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return { word: prefix.length > word.length ? prefix : word, options: matches };
}

/** Completes the last word of a command line. */
export function completeLine(ws: Workspace, cwd: string, line: string): Completion & { line: string } {
  const start = Math.max(line.lastIndexOf(' '), line.lastIndexOf('>'), line.lastIndexOf('<')) + 1;
  const c = completePath(ws, cwd, line.slice(start));
  return { ...c, line: line.slice(0, start) + c.word };
}
