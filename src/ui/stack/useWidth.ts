import { useLayoutEffect, useState } from 'react';

/**
 * The content size of the element passed to the returned ref, following
 * every resize (a ResizeObserver). A callback ref, not a ref object: the
 * element may appear long after the component mounted (the stack's box is
 * drawn only once there is an overlay), and it must be observed from then on.
 */
export function useSize(fallback = 600): [{ width: number; height: number }, (el: HTMLElement | null) => void] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState({ width: fallback, height: 0 });
  useLayoutEffect(() => {
    if (!el) return;
    // The observer reports the first size itself, before the next paint.
    const ro = new ResizeObserver(([entry]) => {
      // Zero while hidden or detached: keep the last real size rather than drawing a sliver.
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      if (width > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [size, setEl];
}
