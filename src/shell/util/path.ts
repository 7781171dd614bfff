// Path strings the way the tools build them: by concatenation, never by
// normalizing (the kernel resolves `..` and symlinks, not the tool).

/** `dir/name` as fts and cp build child paths: one slash between. */
export function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** The last component, ignoring trailing slashes (basename(3) without the "/" special case). */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path === '' ? '' : '/';
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? trimmed : trimmed.slice(i + 1);
}

/** dirname(1): "." when there is no slash. */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const head = trimmed.slice(0, i).replace(/\/+$/, '');
  return head === '' ? '/' : head;
}

/** The workspace path of `path` from `cwd` ("" is the root), resolving `.` and `..` lexically. */
export function resolveLexically(cwd: string, path: string): string {
  const parts = path.startsWith('/') ? [] : cwd.split('/').filter(Boolean);
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** How the simulated world writes an absolute path: the workspace root is "/". */
export function absolute(workspacePath: string): string {
  return `/${workspacePath}`;
}
