// Presenter keys, as a clicker sends them: space, arrows and page keys
// step; Shift with an arrow moves by command; P plays or pauses; + and -
// change the speed; Escape leaves. Buttons and the speed select keep their
// own keys.
import { useEffect } from 'react';
import { labStore, SPEEDS, type LabState } from '../../store/index.ts';
import { SHORTCUTS, type KeyEvent } from '../keys/shortcuts.ts';

function speedStep(s: LabState, dir: 1 | -1) {
  const i = SPEEDS.indexOf(s.speed as (typeof SPEEDS)[number]);
  s.setSpeed(SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + dir))]);
}

export function presenterAction(e: KeyEvent): ((s: LabState) => void) | null {
  const k = e.key;
  if ((k === 'ArrowRight' || k === ' ') && e.shiftKey) return k === ' ' ? (s) => s.stepMicro(-1) : (s) => s.stepCommand(1);
  if (k === 'ArrowLeft' && e.shiftKey) return (s) => s.stepCommand(-1);
  if (k === ' ' || k === 'ArrowRight' || k === 'PageDown' || k === 'ArrowDown') return (s) => s.stepMicro(1);
  if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp' || k === 'Backspace') return (s) => s.stepMicro(-1);
  if (k === ']') return (s) => s.stepCommand(1);
  if (k === '[') return (s) => s.stepCommand(-1);
  if (k === 'p' || k === 'P' || k === 'k' || k === 'K') return (s) => s.togglePlay();
  if (k === '+' || k === '=') return (s) => speedStep(s, 1);
  if (k === '-') return (s) => speedStep(s, -1);
  if (k === 'Home') return (s) => s.seek(0);
  if (k === 'End') return (s) => s.seek(s.total);
  if (k === 'Escape') return (s) => s.setPresenter(false);
  // Every other key of the legend works here too (. and , step, ? opens the legend).
  const shared = SHORTCUTS.find((x) => x.matches(e));
  return shared ? shared.run : null;
}

export function usePresenterKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      // The legend's dialog has its own keys (Escape closes it, not presenter mode).
      if (document.querySelector('dialog[open]')) return;
      const t = e.target instanceof Element ? e.target : null;
      if (t?.closest('select') && e.key !== 'Escape') return;
      if (t?.closest('button') && (e.key === ' ' || e.key === 'Enter')) return;
      const run = presenterAction(e);
      if (!run) return;
      e.preventDefault();
      run(labStore.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
