// coreutils 9.1's same-file and overwrite rules in mv, cp and ln (copy.c
// same_file_ok, ln.c), one row per rule, with the status and message the
// real tools gave on Debian (scenarios/coreutils-same-file-*.sh hold the
// kernel traces). Setup: f (2 links: f, h), lf -> f, llf -> lf, ld -> d,
// dang -> nowhere, d and e directories.
import { describe, expect, it } from 'vitest';
import { freshKernel, run, setup } from '../testing/kernel.ts';

const SETUP = ['echo data > f', 'ln f h', 'ln -s f lf', 'ln -s lf llf', 'mkdir d e', 'ln -s d ld', 'ln -s nowhere dang'];

// [rule, command, status, stderr, a check after it (command, stdout)?]
const RULES: [string, string, number, string, [string, string]?][] = [
  ['mv: a symlink onto the file it points to loses the file', 'mv lf f', 1, "mv: 'lf' and 'f' are the same file\n"],
  ['mv -T: the same, -T changes nothing', 'mv -T lf f', 1, "mv: 'lf' and 'f' are the same file\n"],
  ['mv -f: the same, -f changes nothing', 'mv -f lf f', 1, "mv: 'lf' and 'f' are the same file\n"],
  ['mv -T: a symlink onto the directory it points to (checked before the directory rule)', 'mv -T ld d', 1, "mv: 'ld' and 'd' are the same file\n"],
  ['mv: two hard links of one file', 'mv f h', 1, "mv: 'f' and 'h' are the same file\n"],
  ['mv: a name onto itself', 'mv f ./f', 1, "mv: 'f' and './f' are the same file\n"],
  ['mv: a file onto a symlink to it renames over the link', 'mv f lf', 0, '', ['cat lf', 'data\n']],
  ['mv: a symlink onto a symlink', 'mv llf lf', 0, '', ['readlink lf', 'lf\n']],
  ['cp: onto a symlink to the source', 'cp f lf', 1, "cp: 'f' and 'lf' are the same file\n"],
  ['cp: onto a hard link of the source, -f or not', 'cp -f f h', 1, "cp: 'f' and 'h' are the same file\n"],
  ['cp: a symlink onto its target', 'cp lf f', 1, "cp: 'lf' and 'f' are the same file\n"],
  ['cp -d: a symlink onto its target (resolved before deciding)', 'cp -d lf f', 1, "cp: 'lf' and 'f' are the same file\n"],
  ['cp -P: the same', 'cp -P lf f', 1, "cp: 'lf' and 'f' are the same file\n"],
  ['cp -d: a symlink onto another symlink replaces it', 'cp -d llf lf', 0, '', ['readlink lf', 'lf\n']],
  ['cp: never writes through a dangling symlink', 'cp f dang', 1, "cp: not writing through dangling symlink 'dang'\n"],
  ['cp -f: nor with -f', 'cp -f f dang', 1, "cp: not writing through dangling symlink 'dang'\n"],
  ['ln -f: onto another hard link of the file is fine', 'ln -f f h', 0, ''],
  ['ln -f: a name onto itself', 'ln -f ./f f', 1, "ln: './f' and 'f' are the same file\n"],
  ['ln -sf: a name onto itself', 'ln -sf ./f f', 1, "ln: './f' and 'f' are the same file\n"],
  ['ln -fT: a directory is never replaced', 'ln -fT f d', 1, 'ln: d: cannot overwrite directory\n'],
  ['ln -sfT: nor by a symlink', 'ln -sfT f d', 1, 'ln: d: cannot overwrite directory\n'],
  ['ln -T: without -f, EEXIST', 'ln -T f d', 1, "ln: failed to create hard link 'd': File exists\n"],
  ['ln -sfn: a symlink to a directory is replaced, not entered', 'ln -sfn f ld', 0, '', ['readlink ld', 'f\n']],
];

describe('same-file and overwrite rules (coreutils 9.1)', () => {
  it.each(RULES)('%s: %s', (_rule, cmd, status, stderr, after) => {
    const k = freshKernel();
    setup(k, ...SETUP);
    const r = run(k, cmd);
    expect([r.status, r.stderr]).toEqual([status, stderr]);
    if (after) expect(run(k, after[0]).stdout).toBe(after[1]);
  });
});
