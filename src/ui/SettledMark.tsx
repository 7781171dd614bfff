// Marks the page's root `data-settled` (true once the views show the session
// as it stands) for tests and tools. A component of its own, writing the
// attribute after each commit: as state of the root it re-rendered the
// whole page twice a step (the flag goes false when a view is asked for,
// true when it comes), for one attribute.
import { useLayoutEffect } from 'react';
import { selectSettled, useLab } from '../store/index.ts';

/** `target` is the root element once it is in the page (a callback ref's state: a child's effects run before its parent's ref is set). */
export function SettledMark({ target }: { target: HTMLElement | null }) {
  const settled = useLab(selectSettled);
  // A layout effect: the attribute changes in the same commit as what the views drew.
  useLayoutEffect(() => {
    target?.setAttribute('data-settled', String(settled));
  }, [settled, target]);
  return null;
}
