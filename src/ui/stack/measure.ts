// How wide a label is drawn in the stack, so chips, names and the flying
// token are placed where they do not overlap. In a browser the canvas
// measures it in the page's own fonts; elsewhere (unit tests) an estimate
// that counts East Asian wide characters double.

export type TextStyle = 'name' | 'role' | 'chip' | 'flight';

/** Font sizes in the stack's own units (the SVG's viewBox; presenter mode scales the whole drawing). */
export const FONT_PX: Record<TextStyle, number> = { name: 14, role: 12.5, chip: 12.5, flight: 12.5 };
const WEIGHT: Record<TextStyle, number> = { name: 650, role: 400, chip: 400, flight: 650 };
const MONO: Record<TextStyle, boolean> = { name: true, role: false, chip: true, flight: true };

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A generous estimate: monospace at 0.62em, proportional at 0.58em, wide characters at 1.05em. */
export function estimateWidth(text: string, style: TextStyle): number {
  const px = FONT_PX[style];
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1.05 * px : (MONO[style] ? 0.62 : 0.58) * px;
  return Math.ceil(w);
}

let ctx: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();
let lastFont = '';

/** The page's font families, read once: getComputedStyle forces a style recalculation, and a label being fitted is measured many times. */
const families = new Map<boolean, string>();

function family(mono: boolean): string {
  let f = families.get(mono);
  if (f === undefined) {
    const css = getComputedStyle(document.documentElement).getPropertyValue(mono ? '--mono' : '--font').trim();
    f = css || (mono ? 'monospace' : 'sans-serif');
    families.set(mono, f);
  }
  return f;
}

/** The drawn width of `text` in `style`, in stack units, rounded up. */
export function textWidth(text: string, style: TextStyle): number {
  if (typeof document === 'undefined') return estimateWidth(text, style);
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth(text, style);
  const key = `${style}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const font = `${WEIGHT[style]} ${FONT_PX[style]}px ${family(MONO[style])}`;
  // Setting the canvas font parses it, even when it is the same.
  if (font !== lastFont) ctx.font = lastFont = font;
  // A little slack for the SVG's own text rendering.
  const w = Math.ceil(ctx.measureText(text).width * 1.04 + 1);
  if (cache.size > 2000) cache.clear();
  cache.set(key, w);
  return w;
}
