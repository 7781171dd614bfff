// Which directories a scenario used as workdir: names under them that differ
// from run to run (#N temp names, <fh> index names) are normalized in traces.
// The oracle and the simulator both take them from the mount steps' text.

/** Lexical join and normalization of a workspace-relative path. */
export function joinWorkspacePath(cwd: string, path: string): string | null {
  const parts = path.startsWith('/') ? [] : cwd.split('/').filter(Boolean);
  for (const c of path.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(c);
  }
  return parts.join('/');
}

/** Workdirs named by `workdir=` in a mount step, resolved from the step's starting cwd. */
export function workdirsOfStep(step: string, cwd: string): string[] {
  if (!/\bmount\b/.test(step)) return [];
  const out: string[] = [];
  for (const m of step.matchAll(/workdir=((?:\\.|[^,\s"'])+)/g)) {
    const p = joinWorkspacePath(cwd, m[1].replace(/\\(.)/g, '$1'));
    if (p !== null) out.push(p);
  }
  return out;
}
