// A lookup that found its layers but failed with ESTALE has captions of its
// own, in both languages, naming the refusal; a plain lookup keeps its own.
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events.ts';
import { CAPTIONS } from './index.ts';
import { caption } from '../../replay/captions.ts';

const lookup = (stale?: 'inode' | 'origin'): EngineEvent => ({
  type: 'lookup',
  mount: 1,
  path: 'merged/d/f',
  at: ['d', 'f'],
  probes: [{ layer: { kind: 'upper' }, path: 'upper/d/f', outcome: 'file', dir: 2 }],
  found: stale ? null : 'file',
  ...(stale ? { stale } : {}),
});

describe('ESTALE lookups are narrated as such', () => {
  it.each(['inode', 'origin'] as const)('stale: %s has its own key, in English and Chinese, naming ESTALE', (why) => {
    const c = caption(lookup(why));
    expect(c.key).toBe(`lookup.stale.${why}`);
    for (const lang of ['en', 'zh-CN'] as const) {
      expect(CAPTIONS[lang][c.key]).toContain('ESTALE');
      expect(CAPTIONS[lang][c.key]).toContain('{{layers}}');
    }
  });
  it('a lookup that succeeded keeps the plain caption', () => {
    expect(caption(lookup()).key).toBe('lookup.found');
  });
});
