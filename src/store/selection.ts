// What the user looks at: the selected row, the mount picked among several,
// and which directories of the grid are open.
import type { StateCreator } from 'zustand';
import type { LabState, SelectionSlice } from './types.ts';

/** Trees smaller than this open fully expanded, so every row is on the page without clicking. */
export const OPEN_TREE_LIMIT = 500;

/** Whether a directory row is open, given the mode, the exceptions and the tree's size. */
export function isOpen(path: string, mode: LabState['treeMode'], toggled: ReadonlySet<string>, rowCount: number): boolean {
  const byDefault = mode === 'open' || (mode === 'auto' && rowCount < OPEN_TREE_LIMIT);
  return toggled.has(path) ? !byDefault : byDefault;
}

export const selectionSlice: StateCreator<LabState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  preferredMount: null,
  treeMode: 'auto',
  toggled: new Set(),

  select(path) {
    set({ selected: path });
  },

  pickMount(id) {
    set({ preferredMount: id });
  },

  toggleDir(path) {
    const next = new Set(get().toggled);
    if (!next.delete(path)) next.add(path);
    set({ toggled: next });
  },

  expandAll() {
    set({ treeMode: 'open', toggled: new Set() });
  },

  collapseAll() {
    set({ treeMode: 'closed', toggled: new Set() });
  },
});
