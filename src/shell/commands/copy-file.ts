// copy.c's copy_reg and the xattr copy (libattr's attr_copy_file/fd): one
// regular file's data and metadata, and the extended attributes of any file.
import { O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_TRUNC, O_WRONLY, type Stat } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { quote } from '../util/text.ts';
import type { CopyOptions } from './copy.ts';
import type { Proc } from './types.ts';

// libattr's /etc/xattr.conf: ACLs travel with the mode; these are never copied.
const XATTR_SKIP = [/^system\./, /^trusted\.SGI_/, /^xfsroot\./, /^user\.Beagle\./, /^security\.evm$/, /^afs\./];

const SETID_STICKY = 0o7000;

/**
 * coreutils' set_owner: chown to the source's owner; when that is not
 * allowed (EPERM, EINVAL: an ordinary user), the group alone, quietly. A
 * copy whose owner could not be kept does not get the set-id and sticky
 * bits either. Returns whether the owner was kept.
 */
export function setOwner(p: Proc, dst: string, srcSt: Stat, nofollow: boolean): boolean {
  const opts = nofollow ? { nofollow: true } : undefined;
  const r = p.sys.chown(dst, srcSt.uid, srcSt.gid, opts);
  if (r.ok) return true;
  if (r.errno === 'EPERM' || r.errno === 'EINVAL') {
    p.sys.chown(dst, -1, srcSt.gid, opts);
    if (p.sys.cred.uid !== 0) return false;
  }
  p.error(`failed to preserve ownership for ${quote(dst)}: ${STRERROR[r.errno]}`);
  return false;
}

export function copyXattrs(p: Proc, o: CopyOptions, src: string, dst: string, nofollow: boolean): void {
  const list = p.sys.listxattr(src, { nofollow });
  const quiet = o.reduceDiagnostics;
  if (!list.ok) {
    if (!quiet && list.errno !== 'EOPNOTSUPP' && list.errno !== 'ENODATA') {
      p.error(`listing attributes of ${quote(src)}: ${STRERROR[list.errno]}`);
    }
    return;
  }
  for (const name of list.value) {
    if (XATTR_SKIP.some((re) => re.test(name))) continue;
    const v = p.sys.getxattr(src, name, { nofollow });
    if (!v.ok) {
      if (!quiet && v.errno !== 'EOPNOTSUPP' && v.errno !== 'ENODATA') {
        p.error(`getting attribute ${quote(name)} of ${quote(src)}: ${STRERROR[v.errno]}`);
      }
      continue;
    }
    const s = p.sys.setxattr(dst, name, v.value, 0, { nofollow });
    if (!s.ok && !quiet && s.errno !== 'EOPNOTSUPP' && s.errno !== 'ENODATA') {
      p.error(`setting attribute ${quote(name)} for ${quote(dst)}: ${STRERROR[s.errno]}`);
    }
  }
}

export function copyRegular(p: Proc, o: CopyOptions, src: string, dst: string, srcSt: Stat, newDst: boolean, omitted: number): boolean {
  const sys = p.sys;
  const in_ = sys.open(src, O_RDONLY | (o.noDeref ? O_NOFOLLOW : 0));
  if (!in_.ok) {
    p.error(`cannot open ${quote(src)} for reading: ${STRERROR[in_.errno]}`);
    return false;
  }
  const close = (fds: number[]) => fds.forEach((fd) => sys.close(fd));
  let out: number | undefined;
  if (!newDst) {
    const r = sys.open(dst, O_WRONLY | O_TRUNC);
    if (r.ok) out = r.value;
    else if (o.force) {
      // --force: unlink what cannot be opened and create it afresh.
      const u = sys.unlink(dst);
      if (!u.ok && u.errno !== 'ENOENT') {
        p.error(`cannot remove ${quote(dst)}: ${STRERROR[u.errno]}`);
        close([in_.value]);
        return false;
      }
      newDst = true;
    } else {
      p.error(`cannot open ${quote(dst)} for writing: ${STRERROR[r.errno]}`);
      close([in_.value]);
      return false;
    }
  }
  if (out === undefined) {
    const r = sys.open(dst, O_WRONLY | O_CREAT | O_EXCL, srcSt.mode & 0o777 & ~omitted);
    if (!r.ok) {
      // copy.c: O_EXCL meets a name thought missing: only a dangling symlink can be there.
      if (r.errno === 'EEXIST' && !o.move) p.error(`not writing through dangling symlink ${quote(dst)}`);
      else {
        // copy.c: EISDIR for a name with a trailing slash is reported as ENOTDIR.
        const errno = r.errno === 'EISDIR' && dst.endsWith('/') ? 'ENOTDIR' : r.errno;
        p.error(`cannot create regular file ${quote(dst)}: ${STRERROR[errno]}`);
      }
      close([in_.value]);
      return false;
    }
    out = r.value;
  }
  const fds = [out, in_.value];
  const data = sys.read(in_.value);
  if (!data.ok) {
    p.error(`error reading ${quote(src)}: ${STRERROR[data.errno]}`);
    close(fds);
    return false;
  }
  if (data.value !== '') {
    const w = sys.write(out, data.value);
    if (!w.ok) {
      p.error(`error writing ${quote(dst)}: ${STRERROR[w.errno]}`);
      close(fds);
      return false;
    }
  }
  if (o.preserveTimestamps) {
    const t = sys.futimes(out);
    if (!t.ok) p.error(`preserving times for ${quote(dst)}: ${STRERROR[t.errno]}`);
  }
  let keepBits = 0o7777;
  if (o.preserveOwnership) {
    const st = sys.fstat(out);
    if (st.ok && (st.value.uid !== srcSt.uid || st.value.gid !== srcSt.gid) && !setOwner(p, dst, srcSt, false)) keepBits = ~SETID_STICKY & 0o7777;
  }
  if (o.preserveXattr) copyXattrs(p, o, src, dst, false);
  if (o.preserveMode) {
    const c = sys.chmod(dst, srcSt.mode & keepBits);
    if (!c.ok) p.error(`preserving permissions for ${quote(dst)}: ${STRERROR[c.errno]}`);
  }
  close(fds);
  return true;
}

