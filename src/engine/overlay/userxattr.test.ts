// -o userxattr, one rule a row: the overlay keeps every private xattr under
// user.overlay. instead of trusted.overlay. (ovl_xattr_table's second
// column, chosen by ofs->config.userxattr), reads opaque/whiteout marks only
// under that prefix, hides and escapes only that namespace, and treats
// trusted.overlay.* as an ordinary xattr. Each row was seen on Linux 6.18
// (scenarios/mount-userxattr-*.sh record them).
import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel.ts';
import { dirs, writeFile } from '../testkit.ts';
import { escapeXattr, isPrivateXattr, ovlXattr, TRUSTED_OVL_XATTRS, unescapeXattr, USER_OVL_XATTRS } from './layers.ts';

const USERX = 'lowerdir=l:l2,upperdir=upper,workdir=work,userxattr';
const PLAIN = 'lowerdir=l:l2,upperdir=upper,workdir=work';

/** l over l2: o/ marked opaque the user way, t/ the trusted way, each over a copy in l2. */
function layers(): Kernel {
  const k = new Kernel(undefined, '', { record: 'none' });
  dirs(k, 'l', 'l2', 'upper', 'work', 'merged', 'l/o', 'l2/o', 'l/t', 'l2/t', 'l/d');
  writeFile(k, 'l2/o/below', 'b');
  writeFile(k, 'l2/t/below', 'b');
  writeFile(k, 'l/f', 'f');
  k.setxattr('l/o', 'user.overlay.opaque', 'y');
  k.setxattr('l/t', 'trusted.overlay.opaque', 'y');
  return k;
}

function mount(k: Kernel, opts: string): void {
  const r = k.mount('overlay', 'merged', 'overlay', 0, opts);
  if (!r.ok) throw new Error(`mount ${opts}: ${r.errno}`);
}

const names = (k: Kernel, p: string) => {
  const r = k.readdir(p);
  return r.ok ? r.value.map((e) => e.name).sort().join(' ') : r.errno;
};
const xattrNames = (k: Kernel, p: string) => {
  const r = k.listxattr(p);
  return r.ok ? [...r.value].sort() : r.errno;
};

describe('the names a mount uses', () => {
  it('a mount without userxattr names its xattrs trusted.overlay.*, with it user.overlay.*', () => {
    expect(ovlXattr({ config: { userxattr: false } }, 'opaque')).toBe('trusted.overlay.opaque');
    expect(ovlXattr({ config: { userxattr: true } }, 'origin')).toBe('user.overlay.origin');
    expect(USER_OVL_XATTRS.escaped).toBe('user.overlay.overlay.');
  });
  it('only the mount’s own namespace is private; an escaped name is not', () => {
    expect(isPrivateXattr(USER_OVL_XATTRS, 'user.overlay.opaque')).toBe(true);
    expect(isPrivateXattr(USER_OVL_XATTRS, 'trusted.overlay.opaque')).toBe(false);
    expect(isPrivateXattr(TRUSTED_OVL_XATTRS, 'trusted.overlay.overlay.x')).toBe(false);
    expect(unescapeXattr(USER_OVL_XATTRS, 'user.overlay.overlay.x')).toBe('user.overlay.x');
    expect(unescapeXattr(USER_OVL_XATTRS, 'user.overlay.x')).toBeNull();
    expect(escapeXattr(USER_OVL_XATTRS, 'trusted.overlay.x')).toBe('trusted.overlay.x');
    expect(escapeXattr(TRUSTED_OVL_XATTRS, 'trusted.overlay.x')).toBe('trusted.overlay.overlay.x');
  });
});

describe('lookup and readdir read the mount’s own opaque mark', () => {
  it('userxattr: user.overlay.opaque=y ends the merge, trusted.overlay.opaque is ignored', () => {
    const k = layers();
    mount(k, USERX);
    expect(names(k, 'merged/o')).toBe('');
    expect(names(k, 'merged/t')).toBe('below');
  });
  it('without userxattr it is the other way round', () => {
    const k = layers();
    mount(k, PLAIN);
    expect(names(k, 'merged/o')).toBe('below');
    expect(names(k, 'merged/t')).toBe('');
  });
});

describe('what the overlay writes under userxattr', () => {
  it('mount marks the upper root with user.overlay.uuid', () => {
    const k = layers();
    mount(k, USERX);
    expect(xattrNames(k, 'upper')).toEqual(['user.overlay.uuid']);
  });
  it('copy-up records user.overlay.origin and marks the parent user.overlay.impure; merged/ shows neither', () => {
    const k = layers();
    mount(k, USERX);
    expect(k.chmod('merged/f', 0o600).ok).toBe(true);
    expect(xattrNames(k, 'upper/f')).toEqual(['user.overlay.origin']);
    expect(xattrNames(k, 'upper')).toEqual(['user.overlay.impure', 'user.overlay.uuid']);
    expect(xattrNames(k, 'merged/f')).toEqual([]);
  });
  it('mkdir over a whiteout makes the new directory opaque with user.overlay.opaque', () => {
    const k = layers();
    mount(k, USERX);
    expect(k.rmdir('merged/d').ok).toBe(true);
    expect(k.mkdir('merged/d', 0o755).ok).toBe(true);
    const v = k.getxattr('upper/d', 'user.overlay.opaque');
    expect(v.ok ? v.value : v.errno).toBe('y');
    expect(k.getxattr('upper/d', 'trusted.overlay.opaque').ok).toBe(false);
  });
});

describe('xattrs set through a userxattr mount', () => {
  it('user.overlay.X is escaped to user.overlay.overlay.X and reads back as set', () => {
    const k = layers();
    mount(k, USERX);
    expect(k.setxattr('merged/f', 'user.overlay.x', '1').ok).toBe(true);
    expect(xattrNames(k, 'upper/f')).toContain('user.overlay.overlay.x');
    expect(xattrNames(k, 'merged/f')).toEqual(['user.overlay.x']);
  });
  it('trusted.overlay.X is an ordinary xattr: stored as it is, shown, and copied up from a lower', () => {
    const k = layers();
    k.setxattr('l/f', 'trusted.overlay.foo', 'bar');
    mount(k, USERX);
    expect(xattrNames(k, 'merged/f')).toEqual(['trusted.overlay.foo']);
    expect(k.setxattr('merged/f', 'trusted.overlay.y', '1').ok).toBe(true);
    expect(xattrNames(k, 'upper/f')).toEqual(['trusted.overlay.foo', 'trusted.overlay.y', 'user.overlay.origin']);
  });
});
