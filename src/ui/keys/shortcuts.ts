// The keyboard shortcuts, as data: the handler and the legend read the same
// table, so the legend can never promise a key that does nothing.
import type { LabState } from '../../store/index.ts';
import { SPEEDS } from '../../store/index.ts';

/** What a shortcut looks at in a key event. */
export type KeyEvent = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export interface Shortcut {
  /** i18n key of what it does. */
  action: string;
  /** Keys as shown in the legend. */
  keys: string[];
  matches: (e: KeyEvent) => boolean;
  run: (s: LabState) => void;
}

const plain = (e: KeyEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;

function nextSpeed(s: LabState, dir: 1 | -1) {
  const i = SPEEDS.indexOf(s.speed as (typeof SPEEDS)[number]);
  const j = Math.max(0, Math.min(SPEEDS.length - 1, i + dir));
  s.setSpeed(SPEEDS[j]);
}

export const SHORTCUTS: Shortcut[] = [
  { action: 'keys.stepForward', keys: ['→', '.'], matches: (e) => plain(e) && !e.shiftKey && (e.key === 'ArrowRight' || e.key === '.'), run: (s) => s.stepMicro(1) },
  { action: 'keys.stepBack', keys: ['←', ','], matches: (e) => plain(e) && !e.shiftKey && (e.key === 'ArrowLeft' || e.key === ','), run: (s) => s.stepMicro(-1) },
  { action: 'keys.commandForward', keys: ['Shift+→', ']'], matches: (e) => plain(e) && ((e.shiftKey && e.key === 'ArrowRight') || e.key === ']'), run: (s) => s.stepCommand(1) },
  { action: 'keys.commandBack', keys: ['Shift+←', '['], matches: (e) => plain(e) && ((e.shiftKey && e.key === 'ArrowLeft') || e.key === '['), run: (s) => s.stepCommand(-1) },
  { action: 'keys.play', keys: ['Space', 'K'], matches: (e) => plain(e) && (e.key === ' ' || e.key === 'k' || e.key === 'K'), run: (s) => s.togglePlay() },
  { action: 'keys.start', keys: ['Home'], matches: (e) => plain(e) && e.key === 'Home', run: (s) => s.seek(0) },
  { action: 'keys.end', keys: ['End'], matches: (e) => plain(e) && e.key === 'End', run: (s) => s.seek(s.total) },
  { action: 'keys.faster', keys: ['+'], matches: (e) => plain(e) && (e.key === '+' || e.key === '='), run: (s) => nextSpeed(s, 1) },
  { action: 'keys.slower', keys: ['-'], matches: (e) => plain(e) && e.key === '-', run: (s) => nextSpeed(s, -1) },
  { action: 'keys.undo', keys: ['Ctrl+Z'], matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z', run: (s) => s.undo() },
  { action: 'keys.redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'), run: (s) => s.redo() },
  { action: 'keys.legend', keys: ['?'], matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?', run: (s) => s.setLegendOpen(!s.legendOpen) },
];

/** Not a store action: moves focus, so the hook handles it. */
export const FOCUS_TERMINAL = { action: 'keys.terminal', keys: ['/'] };
