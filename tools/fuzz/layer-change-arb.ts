// The parts of a random scenario that change layers behind the overlay or
// name the overlay's own xattrs, kept apart from scenario-arb.ts:
// - lower (and upper) names renamed or replaced while the overlay is
//   unmounted, then a remount with the same options (origins that no longer
//   match, one overlay inode per lower object, ESTALE);
// - upper names replaced or renamed while it is mounted (ovl_matches_upper);
// - xattr whiteouts (an empty file marked <ns>whiteout in a directory
//   marked <ns>opaque=x) in any layer, middle ones included;
// - the namespace of those marks: trusted.overlay. by default, user.overlay.
//   under -o userxattr, and now and then the other one, which that mount
//   must treat as an ordinary xattr.
import fc from 'fast-check';

export const TRUSTED_NS = 'trusted.overlay.';
export const USER_NS = 'user.overlay.';

/** The namespace a scenario's marks are written in: its mount's, or once in `flip + 1` times the other. */
export const nsFor = (userxattr: boolean, flip: number): string => ((flip === 0) !== userxattr ? USER_NS : TRUSTED_NS);

/** An xattr whiteout at `layer/path`: the file, its mark, and its directory marked opaque=x (the layer root for a top-level name). */
export function xwhiteoutLines(layer: string, path: string, ns: string, parents: string[]): string[] {
  const dir = path.includes('/') ? `${layer}/${path.slice(0, path.lastIndexOf('/'))}` : layer;
  return [...parents, `touch ${layer}/${path}`, `setfattr -n ${ns}whiteout -v y ${layer}/${path}`, `setfattr -n ${ns}opaque -v x ${dir}`];
}

const NAMES = ['a', 'b', 'c', 'd'];
const relPath = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }).map((p) => p.join('/'));

/**
 * A layer named by placeholder: `@L0@`..`@L2@` a lower (taken modulo the
 * scenario's count, so always one of them), `@U@` the upper (dropped
 * without one). `@NS@` is the scenario's namespace.
 */
const lowerRef = fc.integer({ min: 0, max: 2 }).map((i) => `@L${i}@`);
const anyLayer = fc.oneof({ weight: 3, arbitrary: lowerRef }, { weight: 1, arbitrary: fc.constant('@U@') });

/** One change made to a layer directly: renames and replacements, which a cached or recorded view of the name no longer matches. */
const layerChange: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(anyLayer, relPath, relPath).filter(([, a, b]) => a !== b).map(([l, a, b]) => [`mv ${l}/${a} ${l}/${b}`]) },
  { weight: 3, arbitrary: fc.tuple(anyLayer, relPath).map(([l, p]) => [`rm -rf ${l}/${p}`, `echo "replaced" > ${l}/${p}`]) },
  { weight: 2, arbitrary: fc.tuple(anyLayer, relPath).map(([l, p]) => [`rm -rf ${l}/${p}`, `mkdir -p ${l}/${p}`]) },
  { weight: 1, arbitrary: fc.tuple(anyLayer, relPath).map(([l, p]) => [`rm -rf ${l}/${p}`]) },
  { weight: 1, arbitrary: fc.tuple(lowerRef, relPath).map(([l, p]) => [`mkdir -p ${l}/${p}`, `setfattr -n @NS@opaque -v y ${l}/${p}`]) },
  { weight: 1, arbitrary: fc.tuple(lowerRef, relPath).map(([l, p]) => [`rm -rf ${l}/${p}`, `touch ${l}/${p}`, `setfattr -n @NS@whiteout -v y ${l}/${p}`]) },
);

/** Unmount, change layers, mount again with the same options: `OFFLINE` then the commands, tab-separated. */
export const offlineOp: fc.Arbitrary<string> = fc
  .array(layerChange, { minLength: 1, maxLength: 3 })
  .map((cs) => ['OFFLINE', ...cs.flat()].join('\t'));

/** A change under a mounted overlay, mostly to upper names it has already looked up: `BEHIND` then the commands. */
export const behindOp: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.tuple(relPath, relPath).filter(([a, b]) => a !== b).map(([a, b]) => [`mv @U@/${a} @U@/${b}`]) },
    { weight: 3, arbitrary: relPath.map((p) => [`rm -rf @U@/${p}`, `echo "other" > @U@/${p}`]) },
    { weight: 1, arbitrary: relPath.map((p) => [`rm -rf @U@/${p}`, `mkdir @U@/${p}`]) },
    { weight: 2, arbitrary: fc.tuple(lowerRef, relPath, relPath).filter(([, a, b]) => a !== b).map(([l, a, b]) => [`mv ${l}/${a} ${l}/${b}`]) },
  )
  .map((cs) => ['BEHIND', ...cs].join('\t'));

/** Through merged/: the overlay's own names in either namespace (escaped, or ordinary under the other). */
export const privateXattrOp: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(TRUSTED_NS, USER_NS), fc.constantFrom('opaque', 'whiteout', 'origin'), relPath, fc.boolean())
  .map(([ns, x, p, set]) => (set ? `setfattr -n ${ns}${x} -v y merged/${p}` : `getfattr -d -m - merged/${p}`));

/** The commands of an OFFLINE or BEHIND op for a scenario's layers (null: none apply). */
export function layerCommands(op: string, lowers: readonly string[], upper: boolean, ns: string): string[] | null {
  const cmds = op.split('\t').slice(1);
  const out: string[] = [];
  for (const c of cmds) {
    if (c.includes('@U@') && !upper) continue;
    // A stacked scenario's top lower is a mount point: change the inner's own lower instead, as a person preparing layers would.
    const lower = (i: number) => (lowers[i % lowers.length] === 'inner' ? 'ilower' : lowers[i % lowers.length]);
    out.push(c.replace(/@L(\d)@/g, (_, i: string) => lower(Number(i))).replace(/@U@/g, 'upper').replace(/@NS@/g, ns));
  }
  return out.length > 0 ? out : null;
}
