// One layer drawn in the stack: its name and role on the left, and on the
// right what it holds at the selected path (a cross-section of the stack),
// or, for work/, the temp and index entries it holds right now.
import type { Cell } from '../../engine/explain.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import type { SlabBox } from './layout.ts';

export interface Chip {
  cell: Cell;
  text: string;
}

interface Props {
  box: SlabBox;
  name: string;
  role: string;
  chips: Chip[];
  /** The slab the current micro-step touches. */
  active: boolean;
}

const CHAR = 7.7;

/** Chips right-aligned in the slab, last one rightmost; widths estimated from the text. */
export function placeChips(chips: readonly Chip[], width: number): (Chip & { x: number; w: number })[] {
  const out: (Chip & { x: number; w: number })[] = [];
  let right = width - 8;
  for (let i = chips.length - 1; i >= 0; i--) {
    const w = 26 + chips[i].text.length * CHAR;
    right -= w;
    out.unshift({ ...chips[i], x: right, w });
    right -= 6;
  }
  return out;
}

export function Slab({ box, name, role, chips, active }: Props) {
  // A narrow slab (work/) drops its role word before it drops its chips.
  const showRole = box.w >= 260 && role !== '';
  const labelEnd = 10 + name.length * 8.6 + (showRole ? 8 + role.length * 7 : 0) + 8;
  const placed = placeChips(chips, box.w).filter((c) => c.x >= labelEnd);
  const mid = box.h / 2;
  return (
    <g className={`slab tone-${box.tone}${active ? ' active' : ''}`} data-slab={box.key} data-active={active} transform={`translate(${box.x},${box.y})`}>
      <rect className="slab-rect" width={box.w} height={box.h} rx={6} />
      <text className="slab-name" x={10} y={mid} dominantBaseline="central">
        {name}
        {showRole && (
          <tspan className="slab-role" dx={8}>
            {role}
          </tspan>
        )}
      </text>
      {placed.map((c, i) => (
          <g key={i} className={`chip chip-${c.cell.kind}${c.cell.opaque ? ' is-opaque' : ''}`} transform={`translate(${c.x},${mid - 11})`}>
            <rect width={c.w} height={22} rx={11} />
            <g transform="translate(6,3)">
              <KindIcon cell={c.cell} />
            </g>
            <text x={24} y={11} dominantBaseline="central">
              {c.text}
            </text>
          </g>
        ))}
    </g>
  );
}
