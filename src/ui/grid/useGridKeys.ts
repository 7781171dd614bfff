// The treegrid's keyboard: arrows move the selection and open or close
// directories, Home/End jump, as the ARIA treegrid pattern describes.
import { useCallback, type KeyboardEvent } from 'react';
import type { GridRow } from '../../engine/explain.ts';
import { parentPath } from './rows.ts';

export function useGridKeys(rows: readonly GridRow[], selectedIndex: number, isOpen: (p: string) => boolean, select: (p: string) => void, toggle: (p: string) => void) {
  return useCallback(
    (e: KeyboardEvent) => {
      if (rows.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
      const at = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))];
      const cur = selectedIndex >= 0 ? at(selectedIndex) : null;
      let handled = true;
      switch (e.key) {
        case 'ArrowDown':
          select(at(selectedIndex + 1).path);
          break;
        case 'ArrowUp':
          select(at(selectedIndex < 0 ? 0 : selectedIndex - 1).path);
          break;
        case 'Home':
          select(at(0).path);
          break;
        case 'End':
          select(at(rows.length - 1).path);
          break;
        case 'PageDown':
          select(at(selectedIndex + 15).path);
          break;
        case 'PageUp':
          select(at(selectedIndex - 15).path);
          break;
        case 'ArrowRight':
          if (cur?.isDir && !isOpen(cur.path)) toggle(cur.path);
          else if (cur?.isDir) select(at(selectedIndex + 1).path);
          break;
        case 'ArrowLeft':
          if (cur?.isDir && isOpen(cur.path)) toggle(cur.path);
          else if (cur && cur.depth > 0) select(parentPath(cur.path));
          break;
        case 'Enter':
        case ' ':
          if (cur?.isDir) toggle(cur.path);
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
        // The page's own arrow keys step the timeline; inside the grid they move here.
        e.stopPropagation();
      }
    },
    [rows, selectedIndex, isOpen, select, toggle],
  );
}
