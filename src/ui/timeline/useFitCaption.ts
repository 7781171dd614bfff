// The caption's box keeps one height whatever it says (the stack and the
// grid below never jump between steps): a caption too long for it at the
// usual size is set a little smaller, down to a floor the stylesheet
// names (--fit-min); one still too long at the floor (a lookup through
// many layers in a narrow window) scrolls in its box (data-fit=scroll),
// which then takes the keyboard's focus too, so nothing is out of reach.
//
// Fitting measures the text, and a measurement lays out what has changed:
// it waits for the frame's own layout (a ResizeObserver's first report
// comes right after it, before the paint), so what each measurement lays
// out again is the box alone (its layout is contained, app.css), never the
// rest of a step's changes. The answer for a caption at a width is kept, so
// stepping back and forth over captions already seen measures nothing.
import { useLayoutEffect, useRef } from 'react';

const STEP = 0.04;
/** Answers kept per caption box: the size factor, negative when the caption scrolls even at it. */
const KEEP = 400;

export function useFitCaption<T extends HTMLElement>(text: string) {
  const ref = useRef<T>(null);
  /** The box's width when last fitted (-1: not yet), and the answers by width and text. */
  const width = useRef(-1);
  const known = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const box = ref.current;
    const inner = box?.firstElementChild as HTMLElement | null;
    if (!box || !inner) return;
    const apply = (answer: number) => {
      const f = Math.abs(answer);
      if (f === 1) box.style.removeProperty('--fit');
      else box.style.setProperty('--fit', f.toFixed(2));
      if (answer < 0) {
        box.setAttribute('data-fit', 'scroll');
        box.tabIndex = 0;
      } else {
        box.removeAttribute('data-fit');
        box.removeAttribute('tabindex');
      }
    };
    const fit = () => {
      apply(1);
      const floor = parseFloat(getComputedStyle(box).getPropertyValue('--fit-min')) || 1;
      const over = () => inner.getBoundingClientRect().height > box.clientHeight + 0.5;
      let f = 1;
      while (over() && f - STEP >= floor - 1e-6) {
        f -= STEP;
        box.style.setProperty('--fit', f.toFixed(2));
      }
      const answer = over() ? -f : f;
      if (answer < 0) apply(answer);
      width.current = box.clientWidth;
      if (known.current.size >= KEEP) known.current.clear();
      known.current.set(`${width.current}|${text}`, answer);
    };
    const seen = width.current >= 0 ? known.current.get(`${width.current}|${text}`) : undefined;
    apply(seen ?? 1);
    let due = seen === undefined;
    // Its first report comes once the page is laid out; later ones when a new width wraps the text anew (a window resized, a panel shown).
    const ro = new ResizeObserver(() => {
      if (due || box.clientWidth !== width.current) fit();
      due = false;
    });
    ro.observe(box);
    return () => ro.disconnect();
  }, [text]);
  return ref;
}
