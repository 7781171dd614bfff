// The token that carries a micro-step's meaning across the stack: React
// draws what it looks like, d3 owns where it is and how it travels (one
// small <g>, so the two never fight over the same attribute).
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
// Adds .transition() and .interrupt() to selections.
import 'd3-transition';
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
  /** The token's width (fit.ts flightWidth). */
  width: number;
  /** Animate only a single step forward; jumps and steps back just place the token. */
  animate: boolean;
  duration: number;
  /** Changes with every position, so the same motion twice still replays. */
  stamp: number;
}

/** Where the token's centre sits in a slab: in the lane between the label and the chips, kept clear for it. */
function anchor(slabs: readonly SlabBox[], lanes: Props['lanes'], key: string, width: number): [number, number] | null {
  const s = slabs.find((b) => b.key === key) ?? (key.startsWith('layer:') ? slabs.find((b) => b.key === 'more') : undefined);
  if (!s) return null;
  const lane = lanes.get(s.key) ?? { x: 0, w: s.w };
  // At the lane's left end, next to the name it concerns; when the lane is too short, as far right as the slab allows.
  const x = lane.w >= width ? lane.x + width / 2 : Math.max(width / 2, s.w - 8 - width / 2);
  return [s.x + x, s.y + s.h / 2];
}

export function Flight({ motion, label, slabs, lanes, width, animate, duration, stamp }: Props) {
  const ref = useRef<SVGGElement>(null);
  // Plain numbers for the effect: a re-render that moves nothing must not restart the flight.
  const toAt = motion ? anchor(slabs, lanes, motion.to, width) : null;
  const fromAt = motion?.from ? anchor(slabs, lanes, motion.from, width) : null;
  const [tx, ty] = toAt ?? [NaN, NaN];
  const [fx, fy] = fromAt ?? [NaN, NaN];
  useLayoutEffect(() => {
    const g = select(ref.current);
    g.interrupt();
    const to: [number, number] | null = Number.isNaN(tx) ? null : [tx, ty];
    if (!motion || !to) {
      g.attr('opacity', 0);
      return;
    }
    const from: [number, number] | null = Number.isNaN(fx) ? null : [fx, fy];
    const at = ([x, y]: [number, number], scale = 1) => `translate(${x - (width / 2) * scale},${y - 12 * scale}) scale(${scale})`;
    if (!animate) {
      g.attr('opacity', 1).attr('transform', at(to));
    } else if (from && (from[0] !== to[0] || from[1] !== to[1])) {
      g.attr('opacity', 1).attr('transform', at(from)).transition().duration(duration).ease(easeCubicInOut).attr('transform', at(to));
    } else {
      // Appearing in place: a small pop draws the eye to a new whiteout or mark.
      g.attr('opacity', 0).attr('transform', at(to, 0.6)).transition().duration(duration * 0.6).attr('opacity', 1).attr('transform', at(to));
    }
  }, [motion, tx, ty, fx, fy, animate, duration, stamp, width]);
  return (
    <g ref={ref} className={`flight flight-${motion?.kind ?? 'none'}`} opacity={0} aria-hidden="true" data-testid="stack-flight">
      <rect width={width} height={24} rx={12} />
      {motion?.kind === 'whiteout' && <path d="M9 6.5a5.5 5.5 0 1 0 0.01 0M5.2 15.8l7.6-7.6" fill="none" transform="translate(1,0)" />}
      <text x={motion?.kind === 'whiteout' ? 22 : 12} y={12} dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}
