import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WalkMark } from '../workspace.ts';
import { WalkMarks } from './walk-marks.ts';

const mark = (n: number): WalkMark => ({ reals: [], subdirs: [String(n)] });
const keys = ['', 'a', 'a/b', 'a/b/c', 'a/bc', 'ab', 'ab/c', 'x/y/z', 'x'];

describe('WalkMarks', () => {
  it('finds the marks below a directory as a scan of every mark would, after any sets and deletes', () => {
    const op = fc.oneof(
      fc.record({ set: fc.constantFrom(...keys), n: fc.nat(3) }),
      fc.record({ del: fc.array(fc.constantFrom(...keys), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let m = WalkMarks.empty();
        const plain = new Map<string, WalkMark>();
        for (const o of ops) {
          if ('set' in o) {
            m = m.set(o.set, mark(o.n));
            plain.set(o.set, m.get(o.set)!);
          } else {
            m = m.deleteAll(o.del);
            for (const k of o.del) plain.delete(k);
          }
        }
        expect(m.size).toBe(plain.size);
        for (const k of keys) {
          expect(m.has(k)).toBe(plain.has(k));
          const scan = [...plain.keys()].filter((p) => p !== k && (k === '' || p.startsWith(`${k}/`))).sort();
          expect(m.below(k).sort()).toEqual(scan);
        }
      }),
    );
  });

  it('is persistent: a change makes a new set and leaves the old one as it was', () => {
    const a = WalkMarks.empty().set('a', mark(1)).set('a/b', mark(2));
    const b = a.delete('a/b');
    expect(a.below('a')).toEqual(['a/b']);
    expect(b.below('a')).toEqual([]);
    expect(b.set('a', a.get('a')!)).toBe(b);
  });
});
