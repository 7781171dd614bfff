// Long lists (the timeline and the terminal log of a session of a thousand
// commands) keep in the page only the entries near the view, with a spacer
// above and below standing for the rest: every entry in the page made each
// step's style, layout and paint walk thousands of them (about 50 ms a
// step on the 1,000-command script). Entries have different heights; each
// one drawn is measured, the others are estimated. Short lists, what tests
// and find-in-page see, stay whole.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback } from 'react';

/** Entries from which a list keeps only those near the view. */
export const LONG_LIST = 150;

export interface LongList {
  items: VirtualItem[];
  /** Heights of the spacers standing for the entries above and below those drawn. */
  before: number;
  after: number;
  /** Give each drawn entry's element (with `data-index`) to be measured. */
  measure: (el: Element | null) => void;
  scrollTo: (index: number) => void;
}

/** `offset`: how far below the scroller's top the first entry starts (entries drawn before it). Null when the list is short. */
export function useLongList(count: number, scroller: () => HTMLElement | null, estimate: number, offset = 0): LongList | null {
  const long = count > LONG_LIST;
  // No React Compiler in this build: the virtualizer re-renders its component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({ count: long ? count : 0, getScrollElement: scroller, estimateSize: () => estimate, overscan: 6, scrollMargin: offset });
  // One function for the list's life: effects that bring an entry into view run when their entry changes, not at every
  // render (the virtualizer renders on every scroll, and a new function would scroll a reader back at once).
  const scrollTo = useCallback((index: number) => v.scrollToIndex(index, { align: 'auto' }), [v]);
  if (!long) return null;
  const items = v.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    before: first ? first.start - offset : 0,
    after: last ? Math.max(0, v.getTotalSize() - (last.end - offset)) : 0,
    measure: v.measureElement,
    scrollTo,
  };
}
