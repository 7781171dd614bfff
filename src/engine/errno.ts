// Failures are values: every operation returns a Result, never throws for
// something the kernel would answer with an errno.

export type Errno =
  | 'EPERM'
  | 'ENOENT'
  | 'EIO'
  | 'ENXIO'
  | 'E2BIG'
  | 'EBADF'
  | 'EACCES'
  | 'EBUSY'
  | 'EEXIST'
  | 'EXDEV'
  | 'ENODEV'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EINVAL'
  | 'EFBIG'
  | 'ENOSPC'
  | 'EROFS'
  | 'EMLINK'
  | 'ERANGE'
  | 'ENAMETOOLONG'
  | 'ENOTEMPTY'
  | 'ELOOP'
  | 'ENODATA'
  | 'EOPNOTSUPP'
  | 'ESTALE'
  | 'ENOTBLK'
  | 'ETXTBSY';

/** The kernel's numbers, for messages that print them. */
export const ERRNO_NUMBER: Record<Errno, number> = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  ENXIO: 6,
  E2BIG: 7,
  EBADF: 9,
  EACCES: 13,
  ENOTBLK: 15,
  EBUSY: 16,
  EEXIST: 17,
  EXDEV: 18,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ETXTBSY: 26,
  EFBIG: 27,
  ENOSPC: 28,
  EROFS: 30,
  EMLINK: 31,
  ERANGE: 34,
  ENAMETOOLONG: 36,
  ENOTEMPTY: 39,
  ELOOP: 40,
  ENODATA: 61,
  EOPNOTSUPP: 95,
  ESTALE: 116,
};

/** strerror(3) texts as glibc prints them. */
export const STRERROR: Record<Errno, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long',
  EBADF: 'Bad file descriptor',
  EACCES: 'Permission denied',
  ENOTBLK: 'Block device required',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ETXTBSY: 'Text file busy',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  EMLINK: 'Too many links',
  ERANGE: 'Numerical result out of range',
  ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  ENODATA: 'No data available',
  EOPNOTSUPP: 'Operation not supported',
  ESTALE: 'Stale file handle',
};

export interface Fail {
  ok: false;
  errno: Errno;
  /** Why, in the kernel's terms (shown in the step narrative, not by coreutils). */
  why?: string;
}
export interface Ok<T> {
  ok: true;
  value: T;
}
export type Result<T> = Ok<T> | Fail;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const OK: Ok<undefined> = { ok: true, value: undefined };
export const fail = (errno: Errno, why?: string): Fail => (why ? { ok: false, errno, why } : { ok: false, errno });
