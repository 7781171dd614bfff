import { describe, expect, it } from 'vitest';
import { Dcache } from './dcache.ts';
import type { OvlLookup } from './entry.ts';

const neg = (path: string): OvlLookup => ({ negative: true, path: path.split('/') }) as unknown as OvlLookup;

describe('the dentry cache index', () => {
  it('lists what is cached below a directory, and only that', () => {
    let c = Dcache.empty();
    for (const k of ['a', 'a/b', 'a/b/c', 'a/d', 'ab', 'ab/x', 'e']) c = c.set(k, neg(k));
    expect(c.below('a').sort()).toEqual(['a/b', 'a/b/c', 'a/d']);
    expect(c.below('ab')).toEqual(['ab/x']);
    expect(c.below('e')).toEqual([]);
    expect(c.size).toBe(7);
  });

  it('forgets a name in its directory when it is dropped, and keeps earlier caches as they were', () => {
    let c = Dcache.empty();
    for (const k of ['a', 'a/b', 'a/b/c']) c = c.set(k, neg(k));
    const before = c;
    c = c.delete('a/b');
    // The name's own children stay cached (a single d_drop leaves them); the directory no longer lists it.
    expect(c.below('a')).toEqual([]);
    expect(c.below('a/b')).toEqual(['a/b/c']);
    expect(before.below('a').sort()).toEqual(['a/b', 'a/b/c']);
    expect(c.delete('zz')).toBe(c);
    const l = neg('a');
    expect(c.set('a', l).set('a', l).size).toBe(2);
  });
});
