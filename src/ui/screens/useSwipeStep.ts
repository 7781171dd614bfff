// A horizontal swipe on the stack or the grid steps through the session:
// right to left is the next micro-step, left to right the one before. A
// swipe that scrolled the grid sideways (wider than a phone, it scrolls its
// columns first and steps once they are at their end), or ran more up and
// down than across, is a scroll, not a step.
import { useMemo, useRef } from 'react';
import type { TouchEvent } from 'react';
import { useLab } from '../../store/index.ts';

/** Least travel across, in CSS pixels, for a swipe. */
const MIN_SWIPE = 50;
const AREAS = '.stack-panel, .grid-panel';

export function useSwipeStep() {
  const stepMicro = useLab((s) => s.stepMicro);
  const begun = useRef<{ x: number; y: number; scroll: number; scroller: Element | null } | null>(null);
  return useMemo(() => {
    return {
      onTouchStart(e: TouchEvent) {
        const area = (e.target as Element).closest?.(AREAS);
        if (!area || e.touches.length !== 1) {
          begun.current = null;
          return;
        }
        const scroller = area.querySelector('.grid-scroll');
        begun.current = { x: e.touches[0].clientX, y: e.touches[0].clientY, scroll: scroller?.scrollLeft ?? 0, scroller };
      },
      onTouchEnd(e: TouchEvent) {
        const s = begun.current;
        begun.current = null;
        if (!s || e.changedTouches.length !== 1) return;
        const dx = e.changedTouches[0].clientX - s.x;
        const dy = e.changedTouches[0].clientY - s.y;
        if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
        if (s.scroller && s.scroller.scrollLeft !== s.scroll) return;
        stepMicro(dx < 0 ? 1 : -1);
      },
      onTouchCancel() {
        begun.current = null;
      },
    };
  }, [stepMicro]);
}
