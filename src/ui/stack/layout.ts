// Where each layer of the stack is drawn: merged on top, then upper with
// work beside it (the two share a filesystem), then the lower layers top
// to bottom. Pure, so it is tested without a browser; d3-scale does the
// banding.
import { scaleBand } from 'd3-scale';
import type { LayerInfo } from '../../engine/explain.ts';

export type Tone = 'merged' | 'upper' | 'work' | 'lower' | 'data' | 'more';

export interface SlabBox {
  /** "merged", "work", "layer:<grid index>", or "more" for the summary of hidden lowers. */
  key: string;
  tone: Tone;
  /** Grid column of a layer slab. */
  layer?: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lower layers drawn one by one; past this the rest fold into one "+N more" slab. */
export const MAX_DRAWN_LOWERS = 5;
export const ROW_HEIGHT = 38;
export const MAX_ROW_HEIGHT = 64;
export const WORK_SHARE = 0.3;
/** Below this width upper/ and work/ are drawn one above the other (work/'s name, a token and its entries need room). */
export const BESIDE_MIN = 520;

/** `fillHeight` (when > 0): rows grow (up to MAX_ROW_HEIGHT) to fill that height. */
export function stackLayout(layers: readonly LayerInfo[], hasWork: boolean, width: number, fillHeight = 0): { slabs: SlabBox[]; height: number; hidden: number } {
  const rows: SlabBox[][] = [];
  const full = (key: string, tone: Tone, layer?: number): SlabBox => ({ key, tone, layer, x: 0, y: 0, w: width, h: 0 });
  rows.push([full('merged', 'merged')]);
  const upper = layers.findIndex((l) => l.role === 'upper');
  if (upper >= 0) {
    const up = full(`layer:${upper}`, 'upper', upper);
    if (hasWork && width < BESIDE_MIN) {
      // Too narrow for the two side by side: work/ gets its own row, just under upper/.
      rows.push([up], [{ key: 'work', tone: 'work', x: 0, y: 0, w: width, h: 0 }]);
    } else if (hasWork) {
      const gap = 8;
      up.w = Math.round(width * (1 - WORK_SHARE)) - gap / 2;
      rows.push([up, { key: 'work', tone: 'work', x: up.w + gap, y: 0, w: width - up.w - gap, h: 0 }]);
    } else rows.push([up]);
  }
  const below = layers.map((l, i) => ({ l, i })).filter(({ l }) => l.role !== 'upper');
  const drawn = below.length > MAX_DRAWN_LOWERS ? below.slice(0, MAX_DRAWN_LOWERS - 1) : below;
  for (const { l, i } of drawn) rows.push([full(`layer:${i}`, l.role === 'data' ? 'data' : 'lower', i)]);
  const hidden = below.length - drawn.length;
  if (hidden > 0) rows.push([full('more', 'more')]);
  const rowHeight = fillHeight > 0 ? Math.max(ROW_HEIGHT, Math.min(MAX_ROW_HEIGHT, Math.floor((fillHeight - 4) / rows.length))) : ROW_HEIGHT;
  const height = rows.length * rowHeight;
  const band = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([0, height])
    .paddingInner(0.18)
    .paddingOuter(0.05);
  for (const [i, row] of rows.entries()) {
    for (const s of row) {
      s.y = band(i)!;
      s.h = band.bandwidth();
    }
  }
  return { slabs: rows.flat(), height, hidden };
}
