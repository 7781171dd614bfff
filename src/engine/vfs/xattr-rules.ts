// The disk's own xattr rules (ext4): known namespaces only, user.* only on
// regular files and directories, names and values within the kernel limits.
import { XATTR_CREATE, XATTR_REPLACE, type Bytes } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { XATTR_NAME_MAX, XATTR_SIZE_MAX, type Ino } from '../fs/inode.ts';
import { utf8Length } from '../bytes.ts';
import { realRemoveXattr, realSetXattr } from '../real.ts';

/** ext4 keeps every xattr of an inode in one 4 KiB block (without ea_inode). */
const EXT4_XATTR_SPACE = 4096 - 32;

export function checkXattrName(name: string): Result<void> {
  if (name === '' || utf8Length(name) > XATTR_NAME_MAX) return fail('ERANGE');
  const ns = /^(user|trusted|security|system)\./.exec(name);
  if (!ns) return fail('EOPNOTSUPP');
  if (name.length === ns[0].length) return fail('EINVAL');
  if (ns[1] === 'system') return fail('EOPNOTSUPP');
  return ok(undefined);
}

export function setRealXattr(ctx: Ctx, ino: Ino, label: string, name: string, value: Bytes, flags: number): Result<void> {
  const n = checkXattrName(name);
  if (!n.ok) return n;
  const i = ctx.ws.fs.inodes.get(ino);
  if (!i) return fail('ENOENT');
  if (name.startsWith('user.') && i.kind !== 'file' && i.kind !== 'dir') return fail('EPERM');
  if (value.length > XATTR_SIZE_MAX) return fail('E2BIG');
  const exists = i.xattrs[name] !== undefined;
  if (flags & XATTR_CREATE && exists) return fail('EEXIST');
  if (flags & XATTR_REPLACE && !exists) return fail('ENODATA');
  let used = 0;
  for (const [k, v] of Object.entries(i.xattrs)) if (k !== name) used += k.length + v.length + 16;
  if (used + name.length + value.length + 16 > EXT4_XATTR_SPACE) return fail('ENOSPC');
  realSetXattr(ctx, ino, label, name, value, 'syscall');
  return ok(undefined);
}

export function removeRealXattr(ctx: Ctx, ino: Ino, label: string, name: string): Result<void> {
  const n = checkXattrName(name);
  if (!n.ok) return n;
  const i = ctx.ws.fs.inodes.get(ino);
  if (!i) return fail('ENOENT');
  if (i.xattrs[name] === undefined) return fail('ENODATA');
  realRemoveXattr(ctx, ino, label, name, 'syscall');
  return ok(undefined);
}
