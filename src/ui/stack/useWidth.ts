import { useLayoutEffect, useState } from 'react';

/**
 * The content width of the element passed to the returned ref, following
 * every resize (a ResizeObserver). A callback ref, not a ref object: the
 * element may appear long after the component mounted (the stack's box is
 * drawn only once there is an overlay), and it must be observed from then on.
 */
export function useWidth(fallback = 600): [number, (el: HTMLElement | null) => void] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!el) return;
    // The observer reports the first size itself, before the next paint.
    const ro = new ResizeObserver(([entry]) => {
      // Zero while hidden or detached: keep the last real width rather than drawing a sliver.
      const w = Math.floor(entry.contentRect.width);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [width, setEl];
}

