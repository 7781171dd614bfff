// One layer drawn in the stack: its name and role on the left, and on the
// right what it holds at the selected path (a cross-section of the stack),
// or, for work/, the temp and index entries it holds right now.
import type { Cell } from '../../engine/explain.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import { PAD, type SlabFit } from './fit.ts';
import type { SlabBox } from './layout.ts';

export interface Chip {
  cell: Cell;
  text: string;
}

interface Props {
  box: SlabBox;
  name: string;
  role: string;
  /** Where the role and the chips go (fit.ts): nothing overlaps. */
  fit: SlabFit<Chip>;
  /** The slab the current micro-step touches. */
  active: boolean;
}

export function Slab({ box, name, role, fit, active }: Props) {
  const mid = box.h / 2;
  return (
    <g className={`slab tone-${box.tone}${active ? ' active' : ''}`} data-slab={box.key} data-active={active} transform={`translate(${box.x},${box.y})`}>
      <rect className="slab-rect" width={box.w} height={box.h} rx={6} />
      <text className="slab-name" x={PAD} y={mid} dominantBaseline="central">
        {name}
        {fit.showRole && (
          <tspan className="slab-role" dx={8}>
            {role}
          </tspan>
        )}
      </text>
      {fit.chips.map(({ chip, x, w }, i) => (
        <g key={i} className={`chip chip-${chip.cell.kind}${chip.cell.opaque ? ' is-opaque' : ''}`} transform={`translate(${x},${mid - 11})`} data-testid="stack-chip">
          <rect width={w} height={22} rx={11} />
          <g transform="translate(7,3)">
            <KindIcon cell={chip.cell} />
          </g>
          <text x={26} y={11} dominantBaseline="central">
            {chip.text}
          </text>
        </g>
      ))}
    </g>
  );
}
