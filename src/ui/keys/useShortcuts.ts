// Page-wide keys. They stay out of text fields (the terminal has its own
// arrows) and out of widgets that use arrows themselves (the grid, the
// scrubber, selects), and out of open dialogs.
import { useEffect } from 'react';
import { labStore } from '../../store/index.ts';
import { isTextTarget } from '../common/browser.ts';
import { SHORTCUTS } from './shortcuts.ts';

function ownsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('[role=treegrid], input[type=range], input[type=radio], select, dialog[open]');
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Presenter mode has keys of its own (usePresenterKeys).
      if (e.defaultPrevented || isTextTarget(e.target) || labStore.getState().presenter) return;
      if (!e.ctrlKey && !e.metaKey && e.key === '/') {
        e.preventDefault();
        document.getElementById('terminal-input')?.focus();
        return;
      }
      // The scrubber does nothing with Space: there it plays, as everywhere else.
      const onRange = e.target instanceof Element && !!e.target.closest('input[type=range]');
      const arrowLike = ['ArrowLeft', 'ArrowRight', 'Home', 'End', ...(onRange ? [] : [' '])].includes(e.key);
      if (arrowLike && ownsArrows(e.target)) return;
      // Space on a control presses it (a button, a radio button of a question, a summary); let it.
      if (e.key === ' ' && !onRange && e.target instanceof Element && e.target.closest('button, input, summary, a')) return;
      const hit = SHORTCUTS.find((s) => s.matches(e));
      if (!hit) return;
      e.preventDefault();
      hit.run(labStore.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
