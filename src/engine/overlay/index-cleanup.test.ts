// What a mount does with the entries of work/index left by an earlier mount
// (fs/overlayfs/readdir.c ovl_indexdir_cleanup, namei.c ovl_verify_index,
// inode.c ovl_get_nlink), one row each. scenarios/index-cleanup-orphans.sh
// checks the trees against Linux 6.18; these rows name the rule that broke.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_WRONLY } from '../api.ts';
import { Kernel } from '../kernel.ts';
import { dirs, readFile, writeFile } from '../testkit.ts';

const OPTS = 'lowerdir=lower,upperdir=upper,workdir=work';

function mount(k: Kernel, extra: string): void {
  const m = k.mount('overlay', 'merged', 'overlay', 0, `${OPTS},${extra}`);
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
}

function append(k: Kernel, path: string): void {
  const fd = k.open(path, O_WRONLY | O_APPEND);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, '+');
  k.close(fd.value);
}

/** The kinds in work/index, sorted, with "#" leftovers and handle names folded. */
function indexKinds(k: Kernel): string[] {
  const r = k.readdir('work/index');
  if (!r.ok) return [r.errno];
  return r.value
    .filter((e) => e.name !== '.' && e.name !== '..')
    .map((e) => {
      const s = k.lstat(`work/index/${e.name}`);
      const kind = !s.ok ? s.errno : s.value.type === 'chardev' ? 'whiteout' : s.value.type;
      return `${e.name.startsWith('#') ? '#' : 'fh'}:${kind}`;
    })
    .sort();
}

interface Row {
  rule: string;
  opts: string;
  /** Through the first mount. */
  before: (k: Kernel) => void;
  /** Behind the overlay, unmounted. */
  between?: (k: Kernel) => void;
  remount: string;
  index: string[];
}

const ROWS: Row[] = [
  {
    rule: 'ovl_get_nlink: a lower with one link never counts as linked, so its index entry with no upper name is an orphan; nfs_export whiteouts it, the whiteout kept in work/index',
    opts: 'nfs_export=on',
    before: (k) => append(k, 'merged/s'),
    between: (k) => k.unlink('upper/s'),
    remount: 'nfs_export=on',
    index: ['#:whiteout', 'fh:whiteout'],
  },
  {
    rule: 'ovl_verify_index: an entry left by a failed link-up ("L+0" on a single-link lower) is an orphan too',
    opts: 'nfs_export=on',
    before: (k) => {
      readFile(k, 'merged/s');
      k.mknod('upper/s', 'chardev', 0o644, 0, 0);
      k.unlink('merged/s');
    },
    remount: 'nfs_export=on',
    index: ['#:whiteout', 'fh:whiteout'],
  },
  {
    rule: 'ovl_get_nlink: a hard-linked lower counts from the nlink xattr; "U+0" on the index alone still means one union link, so the entry stays',
    opts: 'index=on',
    before: (k) => append(k, 'merged/h'),
    between: (k) => k.unlink('upper/h'),
    remount: 'index=on',
    index: ['fh:file'],
  },
  {
    rule: 'ovl_indexdir_cleanup: an entry whose origin is gone is stale and removed, never whited out',
    opts: 'nfs_export=on',
    before: (k) => append(k, 'merged/h'),
    between: (k) => {
      k.unlink('upper/h');
      k.unlink('lower/h');
      k.unlink('lower/h2');
    },
    remount: 'nfs_export=on',
    index: [],
  },
  {
    rule: 'ovl_index_upper: with nfs_export a directory entry whose upper directory is gone is an orphan, swapped for a whiteout',
    opts: 'nfs_export=on',
    before: (k) => writeFile(k, 'merged/d/new', 'n'),
    between: (k) => {
      k.unlink('upper/d/new');
      k.rmdir('upper/d');
    },
    remount: 'nfs_export=on',
    index: ['#:whiteout', 'fh:whiteout'],
  },
  {
    rule: 'ovl_verify_index: without nfs_export directory entries are not checked',
    opts: 'nfs_export=on',
    before: (k) => writeFile(k, 'merged/d/new', 'n'),
    between: (k) => {
      k.unlink('upper/d/new');
      k.rmdir('upper/d');
    },
    remount: 'index=on',
    index: ['fh:dir'],
  },
];

describe('index cleanup at mount', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = new Kernel(undefined, '', { record: 'none' });
    dirs(k, 'lower', 'lower/d', 'upper', 'work', 'merged');
    writeFile(k, 'lower/s', 's');
    writeFile(k, 'lower/h', 'h');
    k.link('lower/h', 'lower/h2');
    writeFile(k, 'lower/d/f', 'f');
    mount(k, row.opts);
    row.before(k);
    k.umount('merged');
    row.between?.(k);
    mount(k, row.remount);
    expect(indexKinds(k)).toEqual(row.index);
  });
});
