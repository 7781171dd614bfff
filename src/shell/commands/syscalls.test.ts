// Each command's system calls, in order, against what strace showed the
// real tool doing on Linux (coreutils 9.1, util-linux 2.38, attr 2.5, bash
// 5.2). Path-based calls stand in for their *at/f* forms: openat(dirfd, x)
// is open(dir/x), getdents to the end is one readdir, an O_PATH|O_DIRECTORY
// probe is a stat.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Kernel } from '../../engine/index.ts';
import { recording, show, type Call } from '../testing/record.ts';
import { freshKernel, run, setup } from '../testing/kernel.ts';

let k: Kernel;
let calls: Call[];
let traced: ReturnType<typeof recording>['sys'];

beforeEach(() => {
  k = freshKernel();
  const r = recording(k);
  calls = r.calls;
  traced = r.sys;
});

function trace(line: string, only?: string[]): string[] {
  calls.length = 0;
  run(traced as Kernel, line);
  return show(calls, only);
}

const MUTATIONS = ['open', 'write', 'ftruncate', 'futimes', 'utimes', 'mkdir', 'rmdir', 'unlink', 'rename', 'link', 'symlink', 'chmod', 'chown', 'setxattr', 'removexattr', 'mknod', 'mount', 'umount'];

describe('bash redirections', () => {
  it('> is O_WRONLY|O_CREAT|O_TRUNC 0666, >> is O_APPEND, < is O_RDONLY', () => {
    expect(trace('echo hi > f; echo x >> f; cat < f')).toEqual([
      'open(f, 0o1101, 0o666)', 'write(0o3, hi\n)', 'close(0o3)',
      'open(f, 0o2101, 0o666)', 'write(0o3, x\n)', 'close(0o3)',
      'open(f, 0o0, 0o666)', 'read(0o3)', 'close(0o3)',
    ]);
  });

  it('a failed redirection skips the command', () => {
    expect(trace('echo hi > nosuch/f')).toEqual(['open(nosuch/f, 0o1101, 0o666) ENOENT']);
  });

  it('<> is O_RDWR|O_CREAT 0666, no O_TRUNC; >| is > itself', () => {
    expect(trace('echo hi <> f; echo x 1<> f; echo y >| f')).toEqual([
      'open(f, 0o102, 0o666)', 'close(0o3)',
      'open(f, 0o102, 0o666)', 'write(0o3, x\n)', 'close(0o3)',
      'open(f, 0o1101, 0o666)', 'write(0o3, y\n)', 'close(0o3)',
    ]);
  });

  // bash 5.2 redir.c noclobber_open, as strace shows it.
  it('noclobber: > stats first and refuses a regular file without opening it', () => {
    setup(k, 'echo old > f');
    expect(trace('set -C; echo x > f')).toEqual(['stat(f)']);
    expect(run(traced as Kernel, 'cat f').stdout).toBe('old\n');
  });

  it('noclobber: a missing name is created O_WRONLY|O_CREAT|O_EXCL, without O_TRUNC', () => {
    expect(trace('set -C; echo x > new')).toEqual(['stat(new) ENOENT', 'open(new, 0o301, 0o666)', 'write(0o3, x\n)', 'close(0o3)']);
  });

  it('noclobber: a directory is opened without O_TRUNC and fails EISDIR', () => {
    setup(k, 'mkdir d');
    expect(trace('set -o noclobber; echo x > d')).toEqual(['stat(d)', 'open(d, 0o101, 0o666) EISDIR']);
  });

  it('noclobber: a dangling symlink is refused by O_EXCL (EEXIST)', () => {
    setup(k, 'ln -s nowhere dang');
    expect(trace('set -C; echo x > dang')).toEqual(['stat(dang) ENOENT', 'open(dang, 0o301, 0o666) EEXIST']);
  });

  it('noclobber guards > 2> &> >&file; >> <> >| and set +C are not guarded', () => {
    setup(traced as Kernel, 'echo old > f', 'set -C');
    for (const line of ['echo x > f', 'echo x 2> f', 'echo x &> f', 'echo x >& f']) {
      const r = run(traced as Kernel, line);
      expect([line, r.status, r.stderr]).toEqual([line, 1, 'bash: f: cannot overwrite existing file\n']);
    }
    expect(trace('echo a >> f; echo b <> f; echo c >| f', ['open'])).toEqual(['open(f, 0o2101, 0o666)', 'open(f, 0o102, 0o666)', 'open(f, 0o1101, 0o666)']);
    expect(trace('set +C; echo d > f', ['open'])).toEqual(['open(f, 0o1101, 0o666)']);
  });
});

describe('coreutils', () => {
  it('touch: open O_WRONLY|O_CREAT|O_NOCTTY|O_NONBLOCK 0666, then futimens', () => {
    expect(trace('touch a')).toEqual(['open(a, 0o4501, 0o666)', 'futimes(0o3)', 'close(0o3)']);
  });

  it('touch on a directory: the open fails, utimensat by name does it', () => {
    setup(k, 'mkdir d');
    expect(trace('touch d')).toEqual(['open(d, 0o4501, 0o666) EISDIR', 'utimes(d)']);
  });

  it('mkdir -p: each component with 0777, opened on success, EEXIST checked with stat', () => {
    setup(k, 'mkdir x');
    expect(trace('mkdir -p x/y/z')).toEqual([
      'mkdir(x, 0o777) EEXIST', 'stat(x)',
      'mkdir(x/y, 0o777)', 'open(x/y, 0o604400)', 'close(0o3)',
      'mkdir(x/y/z, 0o777)',
    ]);
  });

  it('mkdir -m 1777: made with the umask applied, then chmod', () => {
    expect(trace('mkdir -m 1777 s')).toEqual(['mkdir(s, 0o1755)', 'open(s, 0o604400)', 'chmod(s, 0o1777)', 'close(0o3)']);
  });

  it('rm: lstat then unlink; rm -f of a missing name still calls unlink', () => {
    setup(k, 'touch a');
    expect(trace('rm a')).toEqual(['lstat(a)', 'unlink(a)']);
    expect(trace('rm -f a')).toEqual(['lstat(a) ENOENT', 'unlink(a) ENOENT']);
  });

  it('rm -f on a read-only overlay: EROFS is checked again with lstat (remove.c excise)', () => {
    setup(k, 'mkdir l b m', 'echo c > l/c', 'mount -t overlay overlay -o lowerdir=./l:./b ./m');
    expect(trace('rm -f m/gone')).toEqual(['lstat(m/gone) ENOENT', 'unlink(m/gone) EROFS', 'lstat(m/gone) ENOENT']);
    expect(trace('rm -f m/c/')).toEqual(['lstat(m/c/) ENOTDIR', 'unlink(m/c/) EROFS', 'lstat(m/c/) ENOTDIR']);
    expect(run(traced as Kernel, 'rm -f m/c/')).toMatchObject({ status: 1, stderr: "rm: cannot remove 'm/c/': Read-only file system\n" });
  });

  it('rm -r: probe for emptiness, read again, unlink children, rmdir last', () => {
    setup(k, 'mkdir -p d/e', 'touch d/e/f');
    expect(trace('rm -r d')).toEqual([
      'lstat(d)', 'readdir(d)', 'readdir(d)',
      'lstat(d/e)', 'readdir(d/e)', 'readdir(d/e)', 'unlink(d/e/f)', 'rmdir(d/e)',
      'rmdir(d)',
    ]);
  });

  it('rm -d: an empty directory is read once and rmdir-ed', () => {
    setup(k, 'mkdir e');
    expect(trace('rm -d e')).toEqual(['lstat(e)', 'readdir(e)', 'rmdir(e)']);
  });

  it('mv: renameat2 RENAME_NOREPLACE first', () => {
    setup(k, 'touch a');
    expect(trace('mv a b')).toEqual(['rename(a, b, 0o1)']);
  });

  it('mv onto an existing file: NOREPLACE fails, both lstat-ed, then plain rename', () => {
    setup(k, 'touch a b');
    expect(trace('mv a b')).toEqual(['rename(a, b, 0o1) EEXIST', 'stat(b)', 'lstat(a)', 'lstat(b)', 'rename(a, b)']);
  });

  it('mv into a directory: the rename is tried again inside it', () => {
    setup(k, 'touch a', 'mkdir t');
    expect(trace('mv a t')).toEqual(['rename(a, t, 0o1) EEXIST', 'stat(t)', 'rename(a, t/a, 0o1)']);
  });

  it('cp: O_CREAT|O_EXCL with the source mode for a new file, O_TRUNC for an existing one', () => {
    setup(k, 'echo x > a', 'touch b');
    expect(trace('cp a n', MUTATIONS)).toEqual(['open(a, 0o0)', 'open(n, 0o301, 0o644)', 'write(0o4, x\n)']);
    expect(trace('cp a b', MUTATIONS)).toEqual(['open(a, 0o0)', 'open(b, 0o1001)', 'write(0o4, x\n)']);
  });

  it('cp -r: mkdir with the source mode, O_NOFOLLOW sources, symlinks recreated', () => {
    setup(k, 'mkdir d', 'echo x > d/f', 'ln -s f d/l');
    expect(trace('cp -r d c', MUTATIONS)).toEqual([
      'mkdir(c, 0o755)',
      'open(d/f, 0o400000)', 'open(c/f, 0o301, 0o644)', 'write(0o4, x\n)',
      'symlink(f, c/l)',
    ]);
  });

  it('truncate: open O_WRONLY|O_CREAT|O_NONBLOCK, fstat for a relative size, ftruncate', () => {
    setup(k, 'echo 12345 > f');
    expect(trace('truncate -s +1K f')).toEqual(['open(f, 0o4101, 0o666)', 'fstat(0o3)', 'ftruncate(0o3, 0o2006)', 'close(0o3)']);
  });

  it('chmod: stat (following), then fchmodat even when nothing changes', () => {
    setup(k, 'touch f');
    expect(trace('chmod 644 f')).toEqual(['stat(f)', 'chmod(f, 0o644)']);
  });

  it('chmod -R: a directory is changed before it is read; symlinks inside are skipped', () => {
    setup(k, 'mkdir d', 'ln -s x d/l');
    expect(trace('chmod -R 700 d')).toEqual(['stat(d)', 'chmod(d, 0o700)', 'readdir(d)', 'lstat(d/l)']);
  });

  it('ln -sf onto an existing name: a temporary symlink renamed over it', () => {
    setup(k, 'touch a', 'ln -s a l');
    expect(trace('ln -sf b l', MUTATIONS)).toEqual(['symlink(b, l) EEXIST', 'symlink(b, CuBOYSFM)', 'rename(CuBOYSFM, l)']);
  });

  it('mknod: mode 0666 and the device numbers', () => {
    expect(trace('mknod w c 0 0')).toEqual(['mknod(w, chardev, 0o666, 0o0, 0o0)']);
  });
});

describe('attr and util-linux', () => {
  it('setfattr follows symlinks unless -h', () => {
    setup(k, 'touch f', 'ln -s f l');
    expect(trace('setfattr -n user.a -v 1 l', ['setxattr'])).toEqual(['setxattr(l, user.a, 1, 0o0, {"nofollow":false})']);
    expect(trace('setfattr -h -n user.a -v 1 l', ['setxattr'])).toEqual(['setxattr(l, user.a, 1, 0o0, {"nofollow":true}) EPERM']);
  });

  it('getfattr -d: lstat, listxattr, then getxattr per name', () => {
    setup(k, 'touch f', 'setfattr -n user.b -v 2 f', 'setfattr -n user.a -v 1 f');
    expect(trace('getfattr -d f')).toEqual([
      'lstat(f)', 'listxattr(f, {"nofollow":false})', 'getxattr(f, user.a, {"nofollow":false})', 'getxattr(f, user.b, {"nofollow":false})',
    ]);
  });

  it('mount passes ro as MS_RDONLY and the rest as data', () => {
    setup(k, 'mkdir a b m');
    expect(trace('mount -t overlay overlay -o ro,lowerdir=./a:./b m', ['mount'])).toEqual(['mount(overlay, m, overlay, 0o1, lowerdir=./a:./b)']);
  });
});

describe('through an overlay', () => {
  beforeEach(() => {
    setup(
      k,
      'mkdir lower upper work merged',
      'mkdir -p lower/d',
      'echo a > lower/d/f',
      'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged',
    );
  });

  it('mv of a lower directory: rename fails with EXDEV, the tree is copied like cp -a, then removed like rm -r', () => {
    expect(trace('mv merged/d merged/d2', [...MUTATIONS, 'listxattr'])).toEqual([
      'rename(merged/d, merged/d2, 0o1) EXDEV',
      'rmdir(merged/d2) ENOENT',
      'mkdir(merged/d2, 0o700)',
      'unlink(merged/d2/f) ENOENT',
      'open(merged/d/f, 0o400000)',
      'open(merged/d2/f, 0o301, 0o600)',
      'write(0o4, a\n)',
      'futimes(0o4)',
      'listxattr(merged/d/f, {"nofollow":false})',
      'chmod(merged/d2/f, 0o644)',
      'utimes(merged/d2, {"nofollow":false})',
      'chown(merged/d2, 0o0, 0o0, {"nofollow":true})',
      'listxattr(merged/d, {"nofollow":true})',
      'chmod(merged/d2, 0o755)',
      'unlink(merged/d/f)',
      'rmdir(merged/d)',
    ]);
  });
});
