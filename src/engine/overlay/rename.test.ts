// Rename through an overlay, one row each (fs/overlayfs/dir.c ovl_rename):
// when the source is copied up first, when a whiteout is left at the old
// name (RENAME_WHITEOUT), when a redirect is written, when a moved upper
// directory is made opaque, and the errors (EXDEV without redirect_dir,
// EEXIST for RENAME_NOREPLACE, EISDIR). Recorded scenarios
// (scenarios/rename-*.sh) check the trees against Linux 6.18.
import { describe, expect, it } from 'vitest';
import { utf8Decode } from '../bytes.ts';
import { Kernel } from '../kernel.ts';
import { dirs, readFile, stagesOf, writeFile } from '../testkit.ts';

const RENAME_NOREPLACE = 1;
const RENAME_EXCHANGE = 2;

function stack(opts = ''): Kernel {
  const k = new Kernel(undefined, '', { record: 'events' });
  dirs(k, 'lower', 'lower/d', 'upper', 'upper/ud', 'work', 'merged');
  writeFile(k, 'lower/f', 'lf');
  writeFile(k, 'lower/g', 'lg');
  writeFile(k, 'lower/d/x', 'x');
  writeFile(k, 'upper/u', 'uu');
  writeFile(k, 'upper/both', 'ub');
  writeFile(k, 'lower/both', 'lb');
  const m = k.mount('overlay', 'merged', 'overlay', 0, `lowerdir=lower,upperdir=upper,workdir=work${opts ? `,${opts}` : ''}`);
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

const COPY_FILE = (name: string) => ['copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:tmpfile', 'write:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', `link:copy-up:upper/${name}`, 'copy-up-end'];

interface Row {
  rule: string;
  opts?: string;
  /** Done before the stages are counted. */
  setup?: (k: Kernel) => void;
  from: string;
  to: string;
  flags?: number;
  errno?: string;
  stages: string[];
  /** Merged name -> contents (or errno) afterwards. */
  merged?: Record<string, string>;
  /** Upper path -> trusted.overlay.* xattr name -> value. */
  xattrs?: Record<string, Record<string, string>>;
}

const ROWS: Row[] = [
  {
    rule: 'ovl_rename: a source whose upper name was replaced behind the overlay does not match its upper (ovl_matches_upper): ESTALE',
    setup: (k) => {
      readFile(k, 'merged/u');
      k.unlink('upper/u');
      writeFile(k, 'upper/u', 'new');
    },
    from: 'u',
    to: 'u2',
    errno: 'ESTALE',
    stages: ['error:ESTALE'],
    merged: { u: 'uu', u2: 'ENOENT' },
  },
  {
    rule: 'ovl_rename: a lower-only target with a name slipped into upper behind the overlay: ESTALE',
    setup: (k) => {
      readFile(k, 'merged/g');
      writeFile(k, 'upper/g', 'slipped');
    },
    from: 'u',
    to: 'g',
    errno: 'ESTALE',
    stages: ['error:ESTALE'],
    merged: { u: 'uu', g: 'lg' },
  },
  { rule: 'an upper-only file is renamed in upper, nothing else', from: 'u', to: 'u2', stages: ['rename:syscall:upper/u2'], merged: { u: 'ENOENT', u2: 'uu' } },
  {
    rule: 'a lower file is copied up, then renamed with RENAME_WHITEOUT so the old name stays hidden',
    from: 'f',
    to: 'f2',
    stages: [...COPY_FILE('f'), 'rename:whiteout:upper/f2:whiteout'],
    merged: { f: 'ENOENT', f2: 'lf' },
  },
  {
    rule: 'a lower file renamed over another lower file: the copy replaces it, a whiteout takes the old name',
    from: 'f',
    to: 'g',
    stages: [...COPY_FILE('f'), 'rename:whiteout:upper/g:whiteout'],
    merged: { f: 'ENOENT', g: 'lf' },
  },
  {
    rule: 'an upper name with a lower below moves with a whiteout left behind, no copy',
    from: 'both',
    to: 'b2',
    stages: ['rename:whiteout:upper/b2:whiteout'],
    merged: { both: 'ENOENT', b2: 'ub' },
  },
  {
    rule: 'an upper-only file over a name with a lower below: a plain rename, the upper copy hides the lower',
    from: 'u',
    to: 'both',
    stages: ['rename:syscall:upper/both'],
    merged: { both: 'uu', u: 'ENOENT' },
  },
  {
    rule: 'an upper-only directory moved into a merged directory is made opaque first',
    from: 'ud',
    to: 'ud2',
    stages: ['setxattr:opaque:upper/ud', 'rename:syscall:upper/ud2'],
    xattrs: { 'upper/ud2': { opaque: 'y' } },
  },
  {
    rule: 'a directory with a lower part cannot move without redirect_dir: EXDEV (mv then copies)',
    from: 'd',
    to: 'd2',
    errno: 'EXDEV',
    stages: ['error:EXDEV'],
    merged: { 'd/x': 'x' },
  },
  {
    rule: 'redirect_dir=on: the directory is copied up, given its old path as trusted.overlay.redirect, and moved',
    opts: 'redirect_dir=on',
    from: 'd',
    to: 'd2',
    stages: [
      'copy-up-begin', 'setxattr:impure:upper', 'create:copy-up:work', 'setxattr:origin:work', 'setattr:copy-up:work', 'rename:copy-up:upper/d', 'copy-up-end',
      'setxattr:redirect:upper/d', 'rename:whiteout:upper/d2:whiteout',
    ],
    merged: { 'd2/x': 'x', d: 'ENOENT' },
    xattrs: { 'upper/d2': { redirect: 'd' } },
  },
  { rule: 'RENAME_NOREPLACE onto an existing merged name: EEXIST before anything is copied', from: 'u', to: 'f', flags: RENAME_NOREPLACE, errno: 'EEXIST', stages: ['error:EEXIST'], merged: { f: 'lf' } },
  {
    rule: 'RENAME_EXCHANGE: the lower side is copied up, then the two upper names are exchanged',
    from: 'u',
    to: 'f',
    flags: RENAME_EXCHANGE,
    stages: [...COPY_FILE('f'), 'rename:syscall:upper/f:exchange'],
    merged: { u: 'lf', f: 'uu' },
  },
  { rule: 'a file over a directory: EISDIR', from: 'u', to: 'd', errno: 'EISDIR', stages: ['error:EISDIR'] },
];

describe('rename through an overlay', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = stack(row.opts);
    row.setup?.(k);
    let r: { ok: boolean; errno?: string } = { ok: true };
    expect(stagesOf(k, () => (r = k.rename(`merged/${row.from}`, `merged/${row.to}`, row.flags ?? 0)))).toEqual(row.stages);
    expect(r.ok ? undefined : r.errno).toBe(row.errno);
    for (const [name, want] of Object.entries(row.merged ?? {})) expect(readFile(k, `merged/${name}`), name).toBe(want);
    for (const [path, want] of Object.entries(row.xattrs ?? {})) {
      for (const [name, value] of Object.entries(want)) {
        const v = k.getxattr(path, `trusted.overlay.${name}`, { nofollow: true });
        expect(v.ok ? utf8Decode(v.value) : v.errno, `${path} ${name}`).toBe(value);
      }
    }
  });
});
