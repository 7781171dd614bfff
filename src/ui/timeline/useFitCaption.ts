// The caption's box keeps one height whatever it says (the stack and the
// grid below never jump between steps): a caption too long for it at the
// usual size is set a little smaller, down to a floor the stylesheet
// names (--fit-min); one still too long at the floor (a lookup through
// many layers in a narrow window) scrolls in its box (data-fit=scroll),
// which then takes the keyboard's focus too, so nothing is out of reach.
import { useLayoutEffect, useRef } from 'react';

const STEP = 0.04;

export function useFitCaption<T extends HTMLElement>(text: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    const inner = box?.firstElementChild as HTMLElement | null;
    if (!box || !inner) return;
    let width = -1;
    const fit = () => {
      box.style.removeProperty('--fit');
      box.removeAttribute('data-fit');
      box.removeAttribute('tabindex');
      const floor = parseFloat(getComputedStyle(box).getPropertyValue('--fit-min')) || 1;
      const over = () => inner.getBoundingClientRect().height > box.clientHeight + 0.5;
      let f = 1;
      while (over() && f - STEP >= floor - 1e-6) {
        f -= STEP;
        box.style.setProperty('--fit', f.toFixed(2));
      }
      if (over()) {
        box.setAttribute('data-fit', 'scroll');
        box.tabIndex = 0;
      }
      width = box.clientWidth;
    };
    fit();
    // A new width wraps the text anew (a window resized, a panel shown).
    const ro = new ResizeObserver(() => {
      if (box.clientWidth !== width) fit();
    });
    ro.observe(box);
    return () => ro.disconnect();
  }, [text]);
  return ref;
}
