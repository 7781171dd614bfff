// Permission rules, one row each: the set-up (as root), one call made as
// another user, and the errno the kernel gives (or success), with the rule
// it rests on. Each row runs on plain directories and through an overlay
// whose lower layer holds the same objects, where the caller is checked on
// the overlay inode and the mounter (root) on the layer beneath.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, type Cred } from '../api.ts';
import type { Result } from '../errno.ts';
import { Kernel } from '../kernel.ts';

const USER1: Cred = { uid: 1, gid: 1, groups: [] };
const USER2: Cred = { uid: 2, gid: 2, groups: [] };

function file(k: Kernel, path: string, mode = 0o644, data = 'x\n'): void {
  const fd = k.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, data);
  k.close(fd.value);
}

/** The objects every row may use, in `root` (a layer, or a plain directory). */
function populate(k: Kernel, root: string): void {
  k.mkdir(`${root}/pub`, 0o755);
  file(k, `${root}/pub/rootfile`);
  file(k, `${root}/pub/secret`, 0o600);
  file(k, `${root}/pub/mine`);
  k.chown(`${root}/pub/mine`, 1, 1);
  file(k, `${root}/pub/shared`);
  k.chmod(`${root}/pub/shared`, 0o666);
  k.mkdir(`${root}/own`, 0o755);
  k.chown(`${root}/own`, 1, 1);
  file(k, `${root}/own/f`);
  k.chown(`${root}/own/f`, 1, 1);
  k.mkdir(`${root}/private`, 0o700);
  file(k, `${root}/private/x`);
  k.mkdir(`${root}/tmp`, 0o777);
  k.chmod(`${root}/tmp`, 0o1777);
  file(k, `${root}/tmp/other`);
  k.chown(`${root}/tmp/other`, 2, 2);
  k.mkdir(`${root}/sgid`, 0o777);
  k.chown(`${root}/sgid`, 0, 7);
  k.chmod(`${root}/sgid`, 0o2777);
  file(k, `${root}/setuid`, 0o755);
  k.chmod(`${root}/setuid`, 0o4755);
}

function world(overlay: boolean): { k: Kernel; top: string } {
  const k = new Kernel();
  if (!overlay) {
    k.mkdir('plain', 0o755);
    populate(k, 'plain');
    return { k, top: 'plain' };
  }
  for (const d of ['lower', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  populate(k, 'lower');
  const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work');
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return { k, top: 'merged' };
}

type Row = { rule: string; as?: Cred; call: (k: Kernel, t: string) => Result<unknown>; want: string };

const open = (k: Kernel, p: string, flags: number) => {
  const r = k.open(p, flags, 0o666);
  if (r.ok) k.close(r.value);
  return r;
};

const ROWS: Row[] = [
  { rule: 'generic_permission: others may read a 0644 file', call: (k, t) => open(k, `${t}/pub/rootfile`, O_RDONLY), want: 'ok' },
  { rule: 'generic_permission: others may not write a 0644 file (impermissible open O_WRONLY)', call: (k, t) => open(k, `${t}/pub/rootfile`, O_WRONLY), want: 'EACCES' },
  { rule: 'build_open_flags: O_TRUNC asks for write (impermissible open O_TRUNC)', call: (k, t) => open(k, `${t}/pub/rootfile`, O_RDONLY | O_TRUNC), want: 'EACCES' },
  { rule: 'build_open_flags: O_APPEND is a write (impermissible open O_APPEND)', call: (k, t) => open(k, `${t}/pub/rootfile`, O_WRONLY | O_APPEND), want: 'EACCES' },
  { rule: 'generic_permission: a 0600 file is the owner\'s alone', call: (k, t) => open(k, `${t}/pub/secret`, O_RDONLY), want: 'EACCES' },
  { rule: 'generic_permission: others may write a 0666 file (copy-up by the mounter)', call: (k, t) => open(k, `${t}/pub/shared`, O_WRONLY), want: 'ok' },
  { rule: 'generic_permission: the owner class decides for the owner', call: (k, t) => open(k, `${t}/pub/mine`, O_WRONLY), want: 'ok' },
  { rule: 'vfs_truncate: write permission (impermissible truncate)', call: (k, t) => k.truncate(`${t}/pub/rootfile`, 4), want: 'EACCES' },
  { rule: 'notify_change ATTR_TOUCH: owner or write permission (impermissible utimes)', call: (k, t) => k.utimes(`${t}/pub/rootfile`), want: 'EACCES' },
  { rule: 'notify_change ATTR_TOUCH: anyone who may write', call: (k, t) => k.utimes(`${t}/pub/shared`), want: 'ok' },
  { rule: 'may_lookup: search permission on every directory walked', call: (k, t) => k.stat(`${t}/private/x`), want: 'EACCES' },
  { rule: 'may_open on a directory: read permission to list it', call: (k, t) => k.readdir(`${t}/private`), want: 'EACCES' },
  { rule: 'may_create: write on the parent', call: (k, t) => k.mkdir(`${t}/pub/new`, 0o755), want: 'EACCES' },
  { rule: 'may_o_create: O_CREAT needs write on the parent', call: (k, t) => open(k, `${t}/pub/new`, O_WRONLY | O_CREAT), want: 'EACCES' },
  { rule: 'may_create: an owner creates in its own directory', call: (k, t) => k.mkdir(`${t}/own/sub`, 0o755), want: 'ok' },
  { rule: 'may_delete: write on the parent', call: (k, t) => k.unlink(`${t}/pub/mine`), want: 'EACCES' },
  { rule: 'may_delete: the sticky bit keeps others\' names (EPERM)', call: (k, t) => k.unlink(`${t}/tmp/other`), want: 'EPERM' },
  { rule: 'may_delete: the sticky bit lets the owner remove', as: USER2, call: (k, t) => k.unlink(`${t}/tmp/other`), want: 'ok' },
  { rule: 'vfs_rename: may_delete of the old name', call: (k, t) => k.rename(`${t}/tmp/other`, `${t}/tmp/moved`), want: 'EPERM' },
  { rule: 'vfs_rename: may_create of the new name', call: (k, t) => k.rename(`${t}/own/f`, `${t}/pub/f`), want: 'EACCES' },
  { rule: 'vfs_rename: a directory moving to another parent must be writable itself', as: USER2, call: (k, t) => k.rename(`${t}/own`, `${t}/tmp/own`), want: 'EACCES' },
  { rule: 'may_linkat: protected_hardlinks refuses a file one may not write (EPERM)', call: (k, t) => k.link(`${t}/pub/rootfile`, `${t}/tmp/l`), want: 'EPERM' },
  { rule: 'may_linkat: one\'s own file may be linked', call: (k, t) => k.link(`${t}/own/f`, `${t}/tmp/l`), want: 'ok' },
  { rule: 'may_linkat: a regular file one may read and write may be linked', call: (k, t) => k.link(`${t}/pub/shared`, `${t}/tmp/l`), want: 'ok' },
  { rule: 'setattr_prepare: chmod only by the owner (EPERM)', call: (k, t) => k.chmod(`${t}/pub/rootfile`, 0o777), want: 'EPERM' },
  { rule: 'setattr_prepare: the owner may chmod', call: (k, t) => k.chmod(`${t}/pub/mine`, 0o600), want: 'ok' },
  { rule: 'chown_ok: only CAP_CHOWN gives a file away', call: (k, t) => k.chown(`${t}/pub/mine`, 2, -1), want: 'EPERM' },
  { rule: 'chown_ok: the owner may "change" to itself', call: (k, t) => k.chown(`${t}/pub/mine`, 1, -1), want: 'ok' },
  { rule: 'chgrp_ok: the owner may only pick a group it is in', call: (k, t) => k.chown(`${t}/pub/mine`, -1, 2), want: 'EPERM' },
  { rule: 'chgrp_ok: root changes anything', as: { uid: 0, gid: 0, groups: [0] }, call: (k, t) => k.chown(`${t}/pub/mine`, 2, 2), want: 'ok' },
  { rule: 'xattr_permission: trusted.* needs CAP_SYS_ADMIN to set (EPERM)', call: (k, t) => k.setxattr(`${t}/pub/mine`, 'trusted.x', 'y'), want: 'EPERM' },
  { rule: 'xattr_permission: trusted.* reads as absent (ENODATA)', call: (k, t) => k.getxattr(`${t}/pub/mine`, 'trusted.x'), want: 'ENODATA' },
  { rule: 'xattr_permission: user.* needs write permission', call: (k, t) => k.setxattr(`${t}/pub/rootfile`, 'user.x', 'y'), want: 'EACCES' },
  { rule: 'may_mount: mount needs CAP_SYS_ADMIN', call: (k, t) => k.mount('overlay', `${t}/own`, 'overlay', 0, 'lowerdir=lower'), want: 'EPERM' },
];

describe.each([false, true])('permission rules (overlay: %s)', (overlay) => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const { k, top } = world(overlay);
    k.setCred(row.as ?? USER1);
    const r = row.call(k, top);
    k.setCred({ uid: 0, gid: 0, groups: [0] });
    expect(r.ok ? 'ok' : r.errno).toBe(row.want);
  });
});

describe('ownership rules', () => {
  it('inode_init_owner: a new object belongs to the caller, and to a set-group-id directory\'s group', () => {
    for (const overlay of [false, true]) {
      const { k, top } = world(overlay);
      k.setCred(USER1);
      expect(k.mkdir(`${top}/own/d`, 0o755).ok).toBe(true);
      expect(open(k, `${top}/sgid/f`, O_WRONLY | O_CREAT).ok).toBe(true);
      expect(k.mkdir(`${top}/sgid/d`, 0o755).ok).toBe(true);
      const d = k.stat(`${top}/own/d`);
      const f = k.stat(`${top}/sgid/f`);
      const sd = k.stat(`${top}/sgid/d`);
      expect(d.ok && [d.value.uid, d.value.gid]).toEqual([1, 1]);
      expect(f.ok && [f.value.uid, f.value.gid]).toEqual([1, 7]);
      expect(sd.ok && [sd.value.uid, sd.value.gid, sd.value.mode & 0o2000]).toEqual([1, 7, 0o2000]);
    }
  });

  it('ovl copy-up: the upper copy keeps the lower owner, whoever triggered it', () => {
    const { k } = world(true);
    k.setCred(USER1);
    expect(open(k, 'merged/own/f', O_WRONLY).ok).toBe(true);
    k.setCred({ uid: 0, gid: 0, groups: [0] });
    const up = k.stat('upper/own/f');
    const dir = k.stat('upper/own');
    expect(up.ok && [up.value.uid, up.value.gid]).toEqual([1, 1]);
    expect(dir.ok && [dir.value.uid, dir.value.gid]).toEqual([1, 1]);
  });

  it('ovl_permission: a refused open copies nothing up', () => {
    const { k } = world(true);
    k.setCred(USER1);
    expect(open(k, 'merged/pub/rootfile', O_WRONLY).ok).toBe(false);
    k.setCred({ uid: 0, gid: 0, groups: [0] });
    expect(k.stat('upper/pub').ok).toBe(false);
  });

  it('chown_common: set-user-id always goes, even for root and unchanged ids', () => {
    for (const overlay of [false, true]) {
      const { k, top } = world(overlay);
      expect(k.chown(`${top}/setuid`, -1, -1).ok).toBe(true);
      const st = k.stat(`${top}/setuid`);
      expect(st.ok && st.value.mode).toBe(0o755);
    }
  });
});
