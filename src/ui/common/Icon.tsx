// Control icons drawn as SVG: the font on a projector or in CI may lack the
// media-control glyphs, and icons must never turn into boxes.
const D = {
  start: 'M3 3v10M13 3 6 8l7 5z',
  commandBack: 'M8 3 2 8l6 5zM14 3 8 8l6 5z',
  stepBack: 'M11 3 4 8l7 5z',
  play: 'M5 3l8 5-8 5z',
  pause: 'M4.5 3h2.5v10H4.5zM9 3h2.5v10H9z',
  stepForward: 'M5 3l7 5-7 5z',
  commandForward: 'M2 3l6 5-6 5zM8 3l6 5-6 5z',
  end: 'M13 3v10M3 3l7 5-7 5z',
  undo: 'M5 4 2 7l3 3M2.5 7H10a3.5 3.5 0 0 1 0 7H6',
  redo: 'M11 4l3 3-3 3M13.5 7H6a3.5 3.5 0 0 0 0 7h4',
  menu: 'M2.5 4h11M2.5 8h11M2.5 12h11',
} as const;

export type IconName = keyof typeof D;

const FILLED: IconName[] = ['start', 'commandBack', 'stepBack', 'play', 'pause', 'stepForward', 'commandForward', 'end'];

export function Icon({ name }: { name: IconName }) {
  const filled = FILLED.includes(name);
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={D[name]} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={filled ? 1 : 1.6} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
