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
  slabs: readonly SlabBox[];
  /** Animate only a single step forward; jumps and steps back just place the token. */
  animate: boolean;
  duration: number;
  /** Changes with every position, so the same motion twice still replays. */
  stamp: number;
}

const CHAR = 7.7;

/** Where the token sits in a slab: right of the name, left of the chips; at the right end of a narrow slab. */
function anchor(slabs: readonly SlabBox[], key: string, width: number): [number, number] | null {
  const s = slabs.find((b) => b.key === key) ?? (key.startsWith('layer:') ? slabs.find((b) => b.key === 'more') : undefined);
  if (!s) return null;
  // Past the slab's name (about 150px), clear of the chips at its right end.
  const x = s.w < 260 ? s.x + s.w - width / 2 - 8 : s.x + Math.min(150 + width / 2, s.w - width / 2 - 8);
  return [x, s.y + s.h / 2];
}

export function Flight({ motion, slabs, animate, duration, stamp }: Props) {
  const ref = useRef<SVGGElement>(null);
  const width = motion ? 24 + motion.label.length * CHAR : 0;
  useLayoutEffect(() => {
    const g = select(ref.current);
    g.interrupt();
    const to = motion && anchor(slabs, motion.to, width);
    if (!motion || !to) {
      g.attr('opacity', 0);
      return;
    }
    const from = motion.from ? anchor(slabs, motion.from, width) : null;
    const at = ([x, y]: [number, number], scale = 1) => `translate(${x - (width / 2) * scale},${y - 12 * scale}) scale(${scale})`;
    if (!animate) {
      g.attr('opacity', 1).attr('transform', at(to));
    } else if (from && (from[0] !== to[0] || from[1] !== to[1])) {
      g.attr('opacity', 1).attr('transform', at(from)).transition().duration(duration).ease(easeCubicInOut).attr('transform', at(to));
    } else {
      // Appearing in place: a small pop draws the eye to a new whiteout or mark.
      g.attr('opacity', 0).attr('transform', at(to, 0.6)).transition().duration(duration * 0.6).attr('opacity', 1).attr('transform', at(to));
    }
  }, [motion, slabs, animate, duration, stamp, width]);
  return (
    <g ref={ref} className={`flight flight-${motion?.kind ?? 'none'}`} opacity={0} aria-hidden="true">
      <rect width={width} height={24} rx={12} />
      {motion?.kind === 'whiteout' && <path d="M9 6.5a5.5 5.5 0 1 0 0.01 0M5.2 15.8l7.6-7.6" fill="none" transform="translate(1,0)" />}
      <text x={motion?.kind === 'whiteout' ? 22 : 12} y={12} dominantBaseline="central">
        {motion?.label}
      </text>
    </g>
  );
}
