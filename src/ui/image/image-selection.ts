// The path of the opened image the Image tab shows the versions of, shared
// by the tree, the list of the largest hidden files and the inspector's
// "Show in the Image tab" (page-only state: the worker is not asked).
import { create } from 'zustand';

interface ImageSelection {
  path: string | null;
  /** Bumps with every request to bring the path into view in the tree. */
  reveal: number;
  select(path: string | null): void;
  /** Selects `path` and asks the tree to open the directories above it and scroll to it. */
  show(path: string): void;
}

export const useImageSelection = create<ImageSelection>((set) => ({
  path: null,
  reveal: 0,
  select: (path) => set({ path }),
  show: (path) => set((s) => ({ path, reveal: s.reveal + 1 })),
}));
