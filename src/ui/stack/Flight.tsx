// The token that carries a micro-step's meaning across the stack. React
// draws what it looks like; where it is and how it travels is a CSS
// transform on a small <svg> of its own laid over the stack's drawing,
// moved with the Web Animations API. The compositor runs such an
// animation: no frame of a flight asks the page for style, layout or paint
// (moving an SVG <g> did, 10 ms a frame on the 100,000-entry stack, while
// the next step was waiting).
import { useLayoutEffect, useRef } from 'react';
import type { SlabBox } from './layout.ts';
import type { Motion } from '../../replay/motion.ts';

interface Props {
  motion: Motion | null;
  /** The motion's label, cut to fit where it flies. */
  label: string;
  slabs: readonly SlabBox[];
  /** Each slab's free stretch between its label and its chips (fit.ts), in the slab's own x. */
  lanes: ReadonlyMap<string, { x: number; w: number }>;
  /** The token's width (fit.ts flightWidth), in the drawing's units. */
  width: number;
  /** Pixels per unit of the drawing (presenter mode draws larger). */
  scale: number;
  /** Whether it may move at all (not when the reader asks for reduced motion). */
  animate: boolean;
  duration: number;
  /** The cursor: only a single step forward animates (jumps and steps back just place the token), and the same motion twice still replays. */
  position: number;
}

const HEIGHT = 24;
/** Cubic in-out, as the stack's other motion. */
const EASE = 'cubic-bezier(0.65, 0, 0.35, 1)';

/** Where the token's centre sits in a slab: in the lane between the label and the chips, kept clear for it. */
function anchor(slabs: readonly SlabBox[], lanes: Props['lanes'], key: string, width: number): [number, number] | null {
  const s = slabs.find((b) => b.key === key) ?? (key.startsWith('layer:') ? slabs.find((b) => b.key === 'more') : undefined);
  if (!s) return null;
  const lane = lanes.get(s.key) ?? { x: 0, w: s.w };
  // At the lane's left end, next to the name it concerns; when the lane is too short, as far right as the slab allows.
  const x = lane.w >= width ? lane.x + width / 2 : Math.max(width / 2, s.w - 8 - width / 2);
  return [s.x + x, s.y + s.h / 2];
}

export function Flight({ motion, label, slabs, lanes, width, scale, animate, duration, position }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  // The flight running, if any (asking the element for its animations would recompute the page's style).
  const flying = useRef<Animation | null>(null);
  /** The position the token was last placed for. */
  const last = useRef(position);
  // Plain numbers for the effect: a re-render that moves nothing must not restart the flight.
  const toAt = motion ? anchor(slabs, lanes, motion.to, width) : null;
  const fromAt = motion?.from ? anchor(slabs, lanes, motion.from, width) : null;
  const [tx, ty] = toAt ?? [NaN, NaN];
  const [fx, fy] = fromAt ?? [NaN, NaN];
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    flying.current?.cancel();
    flying.current = null;
    const step = position === last.current + 1;
    last.current = position;
    const to: [number, number] | null = Number.isNaN(tx) ? null : [tx, ty];
    if (!motion || !to) {
      el.setAttribute('opacity', '0');
      return;
    }
    const from: [number, number] | null = Number.isNaN(fx) ? null : [fx, fy];
    // The token's top-left corner in pixels, scaled about that corner.
    const at = ([x, y]: [number, number], s = 1) => `translate(${(x - (width / 2) * s) * scale}px, ${(y - (HEIGHT / 2) * s) * scale}px) scale(${s})`;
    el.setAttribute('opacity', '1');
    el.style.transform = at(to);
    if (!animate || !step) return;
    if (from && (from[0] !== to[0] || from[1] !== to[1])) {
      flying.current = el.animate([{ transform: at(from) }, { transform: at(to) }], { duration, easing: EASE });
    } else {
      // Appearing in place: a small pop draws the eye to a new whiteout or mark.
      flying.current = el.animate([{ transform: at(to, 0.6), opacity: 0 }, { transform: at(to), opacity: 1 }], { duration: duration * 0.6, easing: EASE });
    }
  }, [motion, tx, ty, fx, fy, animate, duration, position, width, scale]);
  return (
    <svg
      ref={ref}
      className={`flight flight-${motion?.kind ?? 'none'}`}
      width={width * scale}
      height={HEIGHT * scale}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      opacity={0}
      aria-hidden="true"
      data-testid="stack-flight"
    >
      <rect width={width} height={HEIGHT} rx={12} />
      {motion?.kind === 'whiteout' && <path d="M9 6.5a5.5 5.5 0 1 0 0.01 0M5.2 15.8l7.6-7.6" fill="none" transform="translate(1,0)" />}
      <text x={motion?.kind === 'whiteout' ? 22 : 12} y={HEIGHT / 2} dominantBaseline="central">
        {label}
      </text>
    </svg>
  );
}
