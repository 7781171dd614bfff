import { describe, expect, it } from 'vitest';
import { fitStep } from './useFitCaption.ts';

describe('fitStep: the caption size search', () => {
  it('finds the fewest steps down that fit, from any starting guess, trying only sizes it may use', () => {
    for (let last = 0; last <= 8; last++) {
      for (let need = 1; need <= last + 1; need++) {
        for (let start = -2; start <= last + 3; start++) {
          const tried: number[] = [];
          const k = fitStep(last, start, (x) => {
            tried.push(x);
            return x >= need;
          });
          expect(k, `last ${last}, fits from ${need}, start ${start}`).toBe(Math.min(need, last + 1));
          for (const x of tried) expect(x >= 1 && x <= last).toBe(true);
          // A guess at the answer costs at most two tries, and each step it is off costs one more.
          const s = Math.min(last, Math.max(1, start));
          if (last >= 1) expect(tried.length).toBeLessThanOrEqual(2 + Math.abs(s - Math.min(need, last)));
        }
      }
    }
  });
});
