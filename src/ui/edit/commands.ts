// From an edit in the merged tree to the command that does it. Paths are
// made relative to the shell's working directory at the end of the session,
// where the command will run.
import { childPath, mkdirCommand, removeCommand, renameCommand, writeFileCommand } from '../../scenario/compose.ts';
import { parentPath } from '../grid/rows.ts';

export type EditMode = 'file' | 'dir' | 'edit' | 'rename' | 'delete';

export interface EditTarget {
  /** The mount point (workspace path). */
  root: string;
  /** The selected row's path inside the overlay, or null for the top. */
  path: string | null;
  isDir: boolean;
  cwd: string;
}

const inRoot = (root: string, p: string) => (p === '' ? root : root === '' ? p : `${root}/${p}`);

/** The directory new entries go in: the selected directory, else the selected entry's directory. */
export function newEntryDir(t: EditTarget): string {
  if (t.path === null) return '';
  return t.isDir ? t.path : parentPath(t.path);
}

/** The command for an edit, or null when the name given is not a single name. */
export function editCommand(mode: EditMode, t: EditTarget, name: string, content: string): string | null {
  switch (mode) {
    case 'file':
    case 'dir': {
      const p = childPath(inRoot(t.root, newEntryDir(t)), name);
      if (p === null) return null;
      return mode === 'dir' ? mkdirCommand(t.cwd, p) : writeFileCommand(t.cwd, p, content);
    }
    case 'edit':
      return t.path === null ? null : writeFileCommand(t.cwd, inRoot(t.root, t.path), content);
    case 'rename': {
      if (t.path === null) return null;
      const to = childPath(inRoot(t.root, parentPath(t.path)), name);
      return to === null ? null : renameCommand(t.cwd, inRoot(t.root, t.path), to);
    }
    case 'delete':
      return t.path === null ? null : removeCommand(t.cwd, inRoot(t.root, t.path), t.isDir);
  }
}
