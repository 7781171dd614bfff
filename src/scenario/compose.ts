// Commands the app writes on the user's behalf (direct edits of the merged
// tree), as plain scenario lines: the session stays a script that runs
// unchanged in bash on a real kernel.
import { joinWorkspacePath } from './workdirs.ts';

/** Characters bash takes literally in an unquoted word (no glob, tilde, brace, comment). */
const PLAIN = /^[A-Za-z0-9_./+:@%,=-]+$/;

/** One shell word: bare when bash would read it literally, else single-quoted. */
export function shellWord(s: string): string {
  if (s !== '' && PLAIN.test(s) && !s.startsWith('=')) return s;
  // Inside single quotes nothing is special; a quote itself is closed, escaped, reopened.
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * `target` (a workspace path) as a path relative to `cwd`, so a command
 * built for the tree works wherever the user has `cd`'d to.
 */
export function relativeTo(cwd: string, target: string): string {
  const from = cwd.split('/').filter(Boolean);
  const to = target.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const parts = [...from.slice(common).map(() => '..'), ...to.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

const arg = (cwd: string, path: string) => shellWord(relativeTo(cwd, path));

/** printf's format escapes backslash and percent; the text goes in as arguments instead. */
export function writeFileCommand(cwd: string, path: string, content: string): string {
  const target = arg(cwd, path);
  if (content === '') return `printf '' > ${target}`;
  const trailing = content.endsWith('\n');
  const lines = (trailing ? content.slice(0, -1) : content).split('\n');
  const format = lines.map(() => '%s').join('\\n') + (trailing ? '\\n' : '');
  return `printf '${format}' ${lines.map(shellWord).join(' ')} > ${target}`;
}

export function mkdirCommand(cwd: string, path: string): string {
  return `mkdir ${arg(cwd, path)}`;
}

export function removeCommand(cwd: string, path: string, isDir: boolean): string {
  return `rm ${isDir ? '-r ' : ''}${arg(cwd, path)}`;
}

/** `mv -T`: rename onto the name itself, never into a directory of that name. */
export function renameCommand(cwd: string, from: string, to: string): string {
  return `mv -T ${arg(cwd, from)} ${arg(cwd, to)}`;
}

/** Joins a directory (workspace path) and a name the user typed, refusing what is not one name. */
export function childPath(dir: string, name: string): string | null {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) return null;
  return joinWorkspacePath('', dir === '' ? name : `${dir}/${name}`);
}
