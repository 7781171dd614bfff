// opendir(3) and readdir(3) as glibc does them. The simulator's readdir is
// open and getdents at once, so an ENOENT may mean either: no such
// directory (open fails, a real error), or a directory removed while it
// was held open (getdents fails, and glibc reads that as the end of the
// directory: POSIX wants an rmdir'd directory to read as empty). An
// overlay directory whose upper was deleted behind the overlay is the
// second kind: its cached dentry still stats as a directory.
import type { DirEntry, Syscalls } from '../../engine/api.ts';
import { ok, type Result } from '../../engine/errno.ts';

export function readDirectory(sys: Syscalls, path: string): Result<readonly DirEntry[]> {
  const r = sys.readdir(path);
  if (r.ok || r.errno !== 'ENOENT') return r;
  const st = sys.stat(path);
  return st.ok && st.value.type === 'dir' ? ok([]) : r;
}
