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

/**
 * The fewest STEPs down (1..last) at which `fits` holds, given that it does not at 0 and that once it
 * holds it holds for every larger count; last + 1 when it holds for none. Tries begin at `start`
 * (clamped to 1..last) and walk up or down from there, so a good guess costs one or two tries.
 */
export function fitStep(last: number, start: number, fits: (k: number) => boolean): number {
  if (last < 1) return last + 1;
  let k = Math.min(last, Math.max(1, start));
  if (fits(k)) {
    while (k > 1 && fits(k - 1)) k--;
    return k;
  }
  while (k < last && !fits(k + 1)) k++;
  return k < last ? k + 1 : last + 1;
}

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
      // Seen first as drawn (the effect set the usual size before the frame's layout): most captions fit, and then nothing was laid out again.
      if (box.style.getPropertyValue('--fit') !== '' || box.hasAttribute('data-fit')) apply(1);
      const over = () => inner.getBoundingClientRect().height > box.clientHeight + 0.5;
      const size = (k: number) => 1 - k * STEP;
      let answer = 1;
      if (over()) {
        const floor = parseFloat(getComputedStyle(box).getPropertyValue('--fit-min')) || 1;
        const last = Math.floor((1 - floor) / STEP + 1e-6);
        // The answer is the largest size, in STEPs down to the floor, at which the text fits (a smaller
        // size never needs more room). Each try lays the box out again, so the search starts where the
        // text would fit if its area went with the size squared (the box's height over the text's) and
        // walks from there, usually one or two tries, instead of every size from the top.
        const fits = (k: number) => {
          box.style.setProperty('--fit', size(k).toFixed(2));
          return !over();
        };
        const ratio = box.clientHeight / Math.max(1, inner.getBoundingClientRect().height);
        const k = fitStep(last, Math.round((1 - Math.sqrt(ratio)) / STEP), fits);
        answer = k <= last ? size(k) : -size(last);
        apply(answer);
      }
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
