// Comparing two traces of one scenario at the spec's two levels. Core: the
// same success or failure, the same cat/readlink output, and the same tree
// in path, type, content, target, opaque/redirect xattrs and the modes seen
// through mount points, work/ aside. Full: the whole tree, every xattr.
import type { TraceDoc, TraceEntry, TraceStep } from './trace.ts';
import { joinWorkspacePath, workdirsOfStep } from './workdirs.ts';

export type Level = 'core' | 'full';

export interface Difference {
  step: number;
  cmd: string;
  what: string;
}

// Both namespaces: a userxattr mount (user.overlay.*) marks its layers as the default one does.
const CORE_XATTRS = ['trusted.overlay.opaque', 'trusted.overlay.redirect', 'user.overlay.opaque', 'user.overlay.redirect'];

function firstWord(cmd: string): string {
  return cmd.trim().split(/\s+/)[0] ?? '';
}

/** Steps whose output counts at core level: cat and readlink. */
function outputCounts(cmd: string): boolean {
  return cmd.split(/&&|\|\||;/).some((part) => ['cat', 'readlink'].includes(firstWord(part)));
}

function coreView(e: TraceEntry, mountPoints: ReadonlySet<string>): string {
  const top = e.path.split('/')[0];
  const throughMount = [...mountPoints].some((m) => e.path === m || e.path.startsWith(`${m}/`));
  const x: Record<string, string> = {};
  for (const k of CORE_XATTRS) if (e.xattrs?.[k] !== undefined) x[k] = e.xattrs[k];
  return JSON.stringify([e.path, e.type, e.content ?? null, e.target ?? null, x, throughMount ? (e.mode ?? null) : null, top]);
}

function fullView(e: TraceEntry): string {
  return JSON.stringify([e.path, e.type, e.mode ?? null, e.content ?? null, e.target ?? null, e.xattrs ?? {}]);
}

export function isWorkPath(path: string, workdirs: readonly string[]): boolean {
  return workdirs.some((w) => path === w || path.startsWith(`${w}/`));
}

export interface CompareContext {
  workdirs: readonly string[];
  mountPoints: ReadonlySet<string>;
  /** Also require the same exit status, output and cwd (stricter than the spec). */
  strict?: boolean;
}

export function compareSteps(a: TraceStep, b: TraceStep, level: Level, ctx: CompareContext): string[] {
  const out: string[] = [];
  if ((a.status === 0) !== (b.status === 0) || (ctx.strict && a.status !== b.status)) out.push(`status ${a.status} vs ${b.status}`);
  if ((outputCounts(a.cmd) || ctx.strict) && a.stdout !== b.stdout) {
    out.push(`stdout ${JSON.stringify(a.stdout)} vs ${JSON.stringify(b.stdout)}`);
  }
  if (ctx.strict && a.cwd !== b.cwd) out.push(`cwd ${JSON.stringify(a.cwd)} vs ${JSON.stringify(b.cwd)}`);
  const view = (t: TraceEntry[]) =>
    level === 'full'
      ? t.map(fullView)
      : t.filter((e) => !isWorkPath(e.path, ctx.workdirs)).map((e) => coreView(e, ctx.mountPoints));
  const va = view(a.tree);
  const vb = view(b.tree);
  const sa = new Map<string, number>();
  for (const v of va) sa.set(v, (sa.get(v) ?? 0) + 1);
  for (const v of vb) {
    const n = sa.get(v);
    if (n) sa.set(v, n - 1);
    else out.push(`only in second: ${v}`);
  }
  for (const [v, n] of sa) for (let i = 0; i < n; i++) out.push(`only in first: ${v}`);
  return out;
}

/** Mount points and workdirs a trace's mount steps name, resolved from each step's cwd. */
export function scenarioPlaces(doc: TraceDoc): { workdirs: string[]; mountPoints: string[] } {
  const workdirs = new Set<string>();
  const mountPoints = new Set<string>();
  let cwd = '';
  for (const s of doc.steps) {
    for (const w of workdirsOfStep(s.cmd, cwd)) workdirs.add(w);
    for (const part of s.cmd.split(/&&|\|\||;/)) {
      const words = part.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
      if (words[0] !== 'mount') continue;
      const operands = words.slice(1).filter((w, i, all) => !w.startsWith('-') && !['-t', '-o'].includes(all[i - 1] ?? ''));
      const target = operands[operands.length - 1];
      const p = target === undefined ? null : joinWorkspacePath(cwd, target);
      if (p !== null) mountPoints.add(p);
    }
    cwd = s.cwd;
  }
  return { workdirs: [...workdirs], mountPoints: [...mountPoints] };
}

/** Differences between two traces of the same scenario, step by step. */
export function compareTraces(a: TraceDoc, b: TraceDoc, level: Level, strict = false): Difference[] {
  const diffs: Difference[] = [];
  if (a.steps.length !== b.steps.length) diffs.push({ step: -1, cmd: '', what: `${a.steps.length} steps vs ${b.steps.length}` });
  const places = scenarioPlaces(a);
  const ctx: CompareContext = { workdirs: places.workdirs, mountPoints: new Set(places.mountPoints), strict };
  const n = Math.min(a.steps.length, b.steps.length);
  for (let i = 0; i < n; i++) {
    if (a.steps[i].cmd !== b.steps[i].cmd) diffs.push({ step: i, cmd: a.steps[i].cmd, what: `command differs: ${b.steps[i].cmd}` });
    for (const what of compareSteps(a.steps[i], b.steps[i], level, ctx)) diffs.push({ step: i, cmd: a.steps[i].cmd, what });
  }
  return diffs;
}
