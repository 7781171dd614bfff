// What the user looks at: the selected row, the mount picked among several,
// and which directories of the grid are open. Each change asks the host for
// the view again (the rows shown and the selected entry's details).
import type { StateCreator } from 'zustand';
import type { LabState, SelectionSlice } from './types.ts';

export { isOpen, OPEN_TREE_LIMIT } from '../replay/rows.ts';

export const selectionSlice: StateCreator<LabState, [], [], SelectionSlice> = (set, get) => ({
  selected: null,
  preferredMount: null,
  treeMode: 'auto',
  toggled: new Set(),

  select(path) {
    set({ selected: path });
    get().refreshView();
  },

  pickMount(id) {
    set({ preferredMount: id });
    get().refreshView();
  },

  toggleDir(path) {
    const next = new Set(get().toggled);
    if (!next.delete(path)) next.add(path);
    set({ toggled: next });
    get().refreshView();
  },

  expandAll() {
    set({ treeMode: 'open', toggled: new Set() });
    get().refreshView();
  },

  collapseAll() {
    set({ treeMode: 'closed', toggled: new Set() });
    get().refreshView();
  },
});
