// Deep equality of engine values, for tests: plain objects and arrays by
// their fields, immutable collections by their entries, everything else by
// value. States recomputed by running a command again are new objects with
// the same contents as the ones recorded the first time.
import { isImmutable, Map as IMap } from 'immutable';
import { IntTable } from '../../engine/fs/table.ts';

export function sameValue(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} != ${String(b)}`;
  if (a instanceof IntTable || b instanceof IntTable) {
    if (!(a instanceof IntTable) || !(b instanceof IntTable)) return `${path}: not both tables`;
    if (a.size !== b.size) return `${path}: ${a.size} entries != ${b.size}`;
    for (const [ino, i] of a) {
      const d = sameValue(i, b.get(ino), `${path}[${ino}]`);
      if (d) return d;
    }
    return null;
  }
  if (isImmutable(a) || isImmutable(b)) {
    if (!IMap.isMap(a) || !IMap.isMap(b)) return `${path}: not both maps`;
    const ma = a as IMap<unknown, unknown>;
    const mb = b as IMap<unknown, unknown>;
    if (ma.size !== mb.size) return `${path}: ${ma.size} entries != ${mb.size}`;
    for (const [k, v] of ma) {
      if (!mb.has(k)) return `${path}[${String(k)}]: missing`;
      const d = sameValue(v, mb.get(k), `${path}[${String(k)}]`);
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array and object`;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return `${path}: keys ${ka.join(',')} != ${kb.join(',')}`;
  for (const k of ka) {
    const d = sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
