// The engine's view of the workspace, written as overlay-trace/1 entries.
import type { TreeEntry } from '../engine/snapshot.ts';
import { isPrintableText, utf8Decode } from '../engine/bytes.ts';
import { BINARY, normalizeWorkPath, sortTree, type TraceEntry } from './trace.ts';

export function toTraceTree(tree: readonly TreeEntry[], workdirs: readonly string[]): TraceEntry[] {
  return sortTree(
    tree.map((e) => {
      const type = e.type === 'blockdev' || e.type === 'socket' ? 'other' : e.type;
      const t: TraceEntry = { path: normalizeWorkPath(e.path, workdirs), type };
      if (e.mode !== undefined) t.mode = e.mode.toString(8).padStart(4, '0');
      if (e.data !== undefined) t.content = utf8Decode(e.data) ?? BINARY;
      if (e.target !== undefined) t.target = e.target;
      if (e.xattrs) {
        t.xattrs = {};
        for (const [k, v] of Object.entries(e.xattrs)) t.xattrs[k] = isPrintableText(v) ? utf8Decode(v)! : BINARY;
      }
      return t;
    }),
  );
}
