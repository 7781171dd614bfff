// Expectations about single paths, checked against an observed tree. Each
// unmet part becomes a message naming the path, what is wanted, and what is
// there now, so a learner sees how far they are from the goal.
import type { TraceEntry } from '../scenario/trace.ts';
import { entryAt, type Observed } from './observe.ts';
import type { Expect, Msg } from './types.ts';

const OPAQUE = 'trusted.overlay.opaque';

/** The kind a trace entry shows, in the goals' vocabulary. */
export function kindOfEntry(e: TraceEntry | undefined): string {
  if (!e) return 'absent';
  // The kernel treats only the value "y" as opaque (kernel-notes §9).
  if (e.type === 'dir' && e.xattrs?.[OPAQUE] === 'y') return 'opaque';
  return e.type;
}

export const kindMsg = (kind: string): Msg => ({ key: `kind.${kind}` });

function kindMatches(want: Expect['kind'], e: TraceEntry | undefined): boolean {
  switch (want) {
    case 'absent':
      return e === undefined;
    case 'present':
      return e !== undefined;
    case 'opaque':
      return kindOfEntry(e) === 'opaque';
    case 'dir':
      return e?.type === 'dir';
    default:
      return e?.type === want;
  }
}

export function checkExpect(o: Observed, x: Expect): Msg[] {
  const e = entryAt(o, x.path);
  const path = x.path;
  if (!kindMatches(x.kind, e)) {
    if (x.kind === 'absent') return [{ key: 'goal.expect.absent', params: { path, got: kindMsg(kindOfEntry(e)) } }];
    return [{ key: 'goal.expect.kind', params: { path, want: kindMsg(x.kind), got: kindMsg(kindOfEntry(e)) } }];
  }
  if (!e) return [];
  const out: Msg[] = [];
  if (x.content !== undefined && e.content !== x.content) out.push({ key: 'goal.expect.content', params: { path, want: x.content, got: e.content ?? '' } });
  if (x.target !== undefined && e.target !== x.target) out.push({ key: 'goal.expect.target', params: { path, want: x.target } });
  if (x.mode !== undefined && e.mode !== x.mode) out.push({ key: 'goal.expect.mode', params: { path, want: x.mode, got: e.mode ?? '' } });
  for (const [name, want] of Object.entries(x.xattrs ?? {})) {
    const got = e.xattrs?.[name];
    if (want === true && got === undefined) out.push({ key: 'goal.expect.xattr.present', params: { path, name } });
    else if (want === false && got !== undefined) out.push({ key: 'goal.expect.xattr.absent', params: { path, name } });
    else if (typeof want === 'string' && got !== want) out.push({ key: 'goal.expect.xattr.value', params: { path, name, want } });
  }
  return out;
}

/** Every unmet expectation, plus the last command's status and output when those are asked for. */
export function checkObserved(o: Observed, expect: readonly Expect[], status?: number, stdout?: string): Msg[] {
  const out = expect.flatMap((x) => checkExpect(o, x));
  if (status !== undefined && o.status !== status) out.push({ key: 'goal.expect.status', params: { want: status, got: o.status ?? '' } });
  if (stdout !== undefined && o.stdout !== stdout) out.push({ key: 'goal.expect.stdout', params: { want: stdout, got: o.stdout ?? '' } });
  return out;
}
