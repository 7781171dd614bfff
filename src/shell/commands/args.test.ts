// Each command's argument parser, apart from running it: what it accepts,
// what it rejects (outside the language), and the usage errors the real
// tool itself prints at run time.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './index.ts';

function parse(line: string) {
  const [name, ...args] = line.split(' ').filter(Boolean);
  const def = COMMANDS.get(name);
  if (!def) throw new Error(`no command ${name}`);
  return def.parse(args);
}

describe('accepted', () => {
  it.each([
    ['rm -rf a b', { recursive: true, force: true, dir: false, files: ['a', 'b'] }],
    ['rm a -r --force', { recursive: true, force: true, files: ['a'] }],
    ['rm -R -d -- -x', { recursive: true, dir: true, files: ['-x'] }],
    ['rm -f', { force: true, files: [] }],
    ['mkdir -pm 700 a', { parents: true, mode: 0o700, dirs: ['a'] }],
    ['mkdir -m755 a', { mode: 0o755 }],
    ['mkdir --mode=u=rwx,go= a', { mode: 0o700 }],
    ['mkdir -m +w a', { mode: 0o777 }],
    ['mkdir -m g-w a', { mode: 0o757 }],
    ['mkdir -m =r a', { mode: 0o444 }],
    ['touch -c a b', { noCreate: true, files: ['a', 'b'] }],
    ['ls', { long: false, all: false, files: ['.'] }],
    ['ls -la1 d', { long: true, all: true, files: ['d'] }],
    ['ls -AdRi', { almostAll: true, directory: true, recursive: true, inode: true }],
    ['tree -a -d -L 2 --noreport x', { all: true, dirsOnly: true, maxDepth: 2, report: false, roots: ['x'] }],
    ['cp -a s d', { options: { recursive: true, noDeref: true, preserveMode: true, preserveXattr: true } }],
    ['cp -r s d', { options: { recursive: true, noDeref: true, preserveMode: false } }],
    ['cp -p s d', { options: { recursive: false, noDeref: false, preserveMode: true, preserveXattr: false } }],
    ['cp s d', { options: { recursive: false, noDeref: false }, noTargetDir: false }],
    ['mv -T a b', { noTargetDir: true, files: ['a', 'b'] }],
    ['mv -f a b c', { noTargetDir: false, files: ['a', 'b', 'c'] }],
    ['ln -sfn t l', { symbolic: true, force: true, noDeref: true, files: ['t', 'l'] }],
    ['chmod -R u+x d', { recursive: true, files: ['d'] }],
    ['chmod -w f', { recursive: false, files: ['f'] }],
    ['chmod 644 -R d', { recursive: true, files: ['d'] }],
    ['truncate -s +1K f', { size: { rel: '+', n: 1024 }, files: ['f'] }],
    ['truncate --size=2MB f', { size: { rel: '', n: 2_000_000 } }],
    ['truncate -s 0 f', { size: { rel: '', n: 0 } }],
    ['readlink -f x', { canon: 'f', newline: true }],
    ['readlink -n x', { canon: 'none', newline: false }],
    ['mknod w c 0 0', { name: 'w', type: 'chardev', major: 0, minor: 0 }],
    ['mknod p p', { name: 'p', type: 'fifo' }],
    ['mknod b b 0x8 010', { type: 'blockdev', major: 8, minor: 8 }],
    ['setfattr -n user.a -v 0x4142 f', { name: 'user.a', remove: false, value: 'AB', files: ['f'] }],
    ['setfattr -h -x user.a f', { name: 'user.a', remove: true, nofollow: true }],
    ['setfattr -n user.a f', { value: null }],
    ['getfattr -d -m - -e hex -h f', { name: null, encoding: 'hex', nofollow: true, files: ['f'] }],
    ['getfattr --absolute-names -n user.a f', { name: 'user.a', encoding: null }],
    ['stat -c %a f', { format: '%a', printf: false, follow: false }],
    ['stat -L --printf=%s\\n f', { format: '%s\\n', printf: true, follow: true }],
    ['mount', { list: true }],
    ['mount -t overlay overlay -o ro,lowerdir=a:b m', { list: false, flags: 1, data: 'lowerdir=a:b', target: 'm' }],
    ['mount -o lowerdir=a:b -r -t overlay overlay m', { flags: 1, data: 'lowerdir=a:b' }],
    ['mount -t overlay x -o lowerdir=a,upperdir=u -o workdir=w,rw m', { flags: 0, data: 'lowerdir=a,upperdir=u,workdir=w' }],
    ['umount -l m n', { lazy: true, targets: ['m', 'n'] }],
    ['echo -n -e a', { newline: false, escapes: true, words: ['a'] }],
    ['echo -ne -x', { newline: false, escapes: true, words: ['-x'] }],
    ['echo -- -n', { newline: true, words: ['--', '-n'] }],
    ['printf -- %s x', { format: '%s', args: ['x'] }],
    ['cd d', { dir: 'd' }],
  ])('%s', (line, expected) => {
    const r = parse(line);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.args).toMatchObject(expected);
  });
});

describe('rejected before running (outside the language)', () => {
  it.each([
    ['rm -i a', 0, "rm: option '-i' is not supported"],
    ['rm a --interactive', 1, "option '--interactive' is not supported"],
    ['ls --color', 0, "'--color' is not supported"],
    ['ls --dir x', 0, "write the option '--directory' in full"],
    ['rm --rec a', 0, "write the option '--recursive' in full"],
    ['ls -lh', 0, "'-h' is not supported"],
    ['cp -l a b', 0, "'-l' is not supported"],
    ['mv -n a b', 0, "'-n' is not supported"],
    ['cat -n f', 0, "'-n' is not supported"],
    ['tree -f', 0, "'-f' is not supported"],
    ['rm /etc/passwd', 0, 'absolute path'],
    ['cp a /tmp', 1, 'absolute path'],
    ['ln -s /x l', 1, 'absolute path'],
    ['cd a b', 1, 'too many arguments'],
    ['cd', undefined, '$HOME'],
    ['printf -v v x', 0, 'assigns a variable'],
    ['getfattr -m ( f', 1, 'not a regular expression'],
    ['mount -t tmpfs none m', 1, 'overlays only'],
    ['mount -o lowerdir=a:b overlay m', undefined, 'overlays only'],
    ['mount -t overlay o -o lowerdir=a,noatime m', 4, "'noatime' is not supported"],
    ['mount -t overlay o -o lowerdir=./a:/b m', 4, 'absolute path'],
  ])('%s', (line, index, fragment) => {
    const r = parse(line);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('reject');
      expect(r.message).toContain(fragment);
      if (r.kind === 'reject') expect(r.index).toBe(index);
    }
  });
});

describe("the tools' own usage errors", () => {
  it.each([
    ['rm', 1, "rm: missing operand\nTry 'rm --help' for more information.\n"],
    ['mkdir', 1, "mkdir: missing operand\nTry 'mkdir --help' for more information.\n"],
    ['mkdir -m 9 a', 1, "mkdir: invalid mode '9'\nTry 'mkdir --help' for more information.\n"],
    ['touch', 1, "touch: missing file operand\nTry 'touch --help' for more information.\n"],
    ['cp a', 1, "cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n"],
    ['mv', 1, "mv: missing file operand\nTry 'mv --help' for more information.\n"],
    ['mv -T a b c', 1, "mv: extra operand 'c'\nTry 'mv --help' for more information.\n"],
    ['ln', 1, "ln: missing file operand\nTry 'ln --help' for more information.\n"],
    ['chmod', 1, "chmod: missing operand\nTry 'chmod --help' for more information.\n"],
    ['chmod 644', 1, "chmod: missing operand after '644'\nTry 'chmod --help' for more information.\n"],
    ['chmod 9 f', 1, "chmod: invalid mode: '9'\nTry 'chmod --help' for more information.\n"],
    ['chmod u+q f', 1, "chmod: invalid mode: 'u+q'\nTry 'chmod --help' for more information.\n"],
    ['truncate f', 1, "truncate: you must specify either '--size' or '--reference'\nTry 'truncate --help' for more information.\n"],
    ['truncate -s 1x f', 1, "truncate: Invalid number: '1x'\n"],
    ['readlink', 1, "readlink: missing operand\nTry 'readlink --help' for more information.\n"],
    ['stat', 1, "stat: missing operand\nTry 'stat --help' for more information.\n"],
    ['mknod x c', 1, "mknod: missing operand after 'c'\nSpecial files require major and minor device numbers.\nTry 'mknod --help' for more information.\n"],
    ['mknod x p 0 0', 1, "mknod: extra operand '0'\nFifos do not have major and minor device numbers.\nTry 'mknod --help' for more information.\n"],
    ['setfattr f', 2, "Usage: setfattr {-n name} [-v value] [-h] file...\n       setfattr {-x name} [-h] file...\nTry `setfattr --help' for more information.\n"],
    ['setfattr -n user.a -v 0xZ f', 1, 'bad input encoding\n'],
    ['getfattr', 2, "Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...\nTry `getfattr --help' for more information.\n"],
    ['umount', 1, "umount: bad usage\nTry 'umount --help' for more information.\n"],
  ])('%s', (line, status, message) => {
    const r = parse(line);
    expect(r).toEqual({ ok: false, kind: 'usage', status, message });
  });
});
