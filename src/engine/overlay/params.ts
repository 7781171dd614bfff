// Overlay mount options, parsed and reconciled the way fs/overlayfs/params.c
// does: commas split options (a backslash escapes), `lowerdir=a:b::c` splits
// layers (`::` starts the data-only ones), later options override earlier
// ones, and feature dependencies are resolved after parsing.
import type { Errno } from '../errno.ts';

export type RedirectMode = 'off' | 'follow' | 'nofollow' | 'on';
export type XinoMode = 'off' | 'auto' | 'on';
export type UuidMode = 'off' | 'null' | 'auto' | 'on';

export interface OvlConfig {
  /** Layer paths exactly as written (escapes removed). */
  readonly lowerdirs: readonly string[];
  readonly dataLowerdirs: readonly string[];
  /** The lowerdir= string as written, for /proc/mounts. */
  readonly lowerdirAll: string;
  readonly upperdir?: string;
  readonly workdir?: string;
  readonly redirectMode: RedirectMode;
  readonly index: boolean;
  readonly uuid: UuidMode;
  readonly nfsExport: boolean;
  readonly xino: XinoMode;
  readonly metacopy: boolean;
  readonly volatile: boolean;
  readonly userxattr: boolean;
  readonly defaultPermissions: boolean;
  readonly verity: 'off' | 'on' | 'require';
}

export interface OptionError {
  errno: Errno;
  /** What the kernel logs, so the narrative can say why mount failed. */
  why: string;
}

/** This machine's module defaults (CONFIG_OVERLAY_FS_*: all off, redirect_always_follow on). */
const DEFAULTS = {
  redirectMode: 'follow' as RedirectMode,
  index: false,
  uuid: 'auto' as UuidMode,
  nfsExport: false,
  xino: 'off' as XinoMode,
  metacopy: false,
};

export const OVL_MAX_STACK = 500;

/** Splits on unescaped commas, keeping the escapes (ovl_next_opt). */
export function splitOptions(data: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === '\\') {
      cur += c;
      if (i + 1 < data.length) cur += data[++i];
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function unescape(s: string): string {
  return s.replace(/\\(.?)/g, '$1');
}

/** lowerdir=a:b::c -> regular [a, b], data-only [c] (ovl_parse_param_split_lowerdirs). */
export function splitLowerdirs(value: string): { layers: string[]; data: string[] } | OptionError {
  if (value.startsWith(':')) return { errno: 'EINVAL', why: 'cannot append lower layer' };
  const parts: { name: string; dataAfter: boolean }[] = [];
  let cur = '';
  let colons = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      cur += c + (value[i + 1] ?? '');
      i++;
      colons = 0;
      continue;
    }
    if (c === ':') {
      colons++;
      if (colons === 2 && value[i + 1] === ':') {
        return { errno: 'EINVAL', why: "only single ':' or double '::' sequences of unescaped colons in lowerdir mount option allowed" };
      }
      if (colons === 1) {
        parts.push({ name: cur, dataAfter: value[i + 1] === ':' });
        cur = '';
      }
      continue;
    }
    if (c === undefined) {
      if (colons) return { errno: 'EINVAL', why: 'unescaped trailing colons in lowerdir mount option' };
      parts.push({ name: cur, dataAfter: false });
      break;
    }
    colons = 0;
    cur += c;
  }
  const layers: string[] = [];
  const data: string[] = [];
  let inData = false;
  for (const p of parts) {
    if (inData) data.push(unescape(p.name));
    else layers.push(unescape(p.name));
    if (p.dataAfter) inData = true;
    else if (inData && p !== parts[parts.length - 1]) {
      return { errno: 'EINVAL', why: 'regular lower layers cannot follow data lower layers' };
    }
  }
  if (layers.length + data.length > OVL_MAX_STACK) {
    return { errno: 'EINVAL', why: `too many lower directories, limit is ${OVL_MAX_STACK}` };
  }
  return { layers, data };
}

const ENUMS: Record<string, readonly string[]> = {
  redirect_dir: ['off', 'follow', 'nofollow', 'on'],
  index: ['on', 'off'],
  uuid: ['off', 'null', 'auto', 'on'],
  nfs_export: ['on', 'off'],
  xino: ['off', 'auto', 'on'],
  metacopy: ['on', 'off'],
  verity: ['off', 'on', 'require'],
};
const FLAGS = new Set(['default_permissions', 'userxattr', 'volatile']);
/** Generic superblock flags the VFS takes before the filesystem sees them. */
export const SB_FLAG_OPTIONS: Record<string, 'ro' | 'rw' | null> = {
  ro: 'ro',
  rw: 'rw',
  sync: null,
  async: null,
  dirsync: null,
  lazytime: null,
  nolazytime: null,
  mand: null,
  nomand: null,
  silent: null,
  loud: null,
};

export interface ParsedOptions {
  config: OvlConfig;
  readonly: boolean;
}

/** Parses and reconciles an option string; paths are resolved later by mount. */
export function parseOptions(data: string): ParsedOptions | OptionError {
  const set = { redirect: false, index: false, nfsExport: false, metacopy: false };
  let c: { -readonly [K in keyof OvlConfig]: OvlConfig[K] } = {
    lowerdirs: [],
    dataLowerdirs: [],
    lowerdirAll: '',
    ...DEFAULTS,
    volatile: false,
    userxattr: false,
    defaultPermissions: false,
    verity: 'off',
  };
  let readonly = false;
  for (const opt of splitOptions(data)) {
    if (opt === '') continue;
    const eq = opt.indexOf('=');
    const key = eq < 0 ? opt : opt.slice(0, eq);
    const value = eq < 0 ? undefined : opt.slice(eq + 1);
    if (key in SB_FLAG_OPTIONS && value === undefined) {
      const f = SB_FLAG_OPTIONS[key];
      if (f) readonly = f === 'ro';
      continue;
    }
    if (key === 'source') continue;
    if (key === 'lowerdir') {
      if (value === undefined) return { errno: 'EINVAL', why: 'Bad value for \'lowerdir\'' };
      if (value === '') {
        c = { ...c, lowerdirs: [], dataLowerdirs: [], lowerdirAll: '' };
        continue;
      }
      const split = splitLowerdirs(value);
      if ('errno' in split) return split;
      c = { ...c, lowerdirs: split.layers, dataLowerdirs: split.data, lowerdirAll: value };
      continue;
    }
    if (key === 'upperdir' || key === 'workdir') {
      if (!value) return { errno: 'EINVAL', why: `Bad value for '${key}'` };
      c = key === 'upperdir' ? { ...c, upperdir: value } : { ...c, workdir: value };
      continue;
    }
    if (FLAGS.has(key)) {
      if (value !== undefined) return { errno: 'EINVAL', why: `Bad value for '${key}'` };
      if (key === 'default_permissions') c.defaultPermissions = true;
      else if (key === 'userxattr') c.userxattr = true;
      else c.volatile = true;
      continue;
    }
    const allowed = ENUMS[key];
    if (!allowed) return { errno: 'EINVAL', why: `Unknown parameter '${key}'` };
    if (value === undefined || !allowed.includes(value)) return { errno: 'EINVAL', why: `Bad value for '${key}'` };
    switch (key) {
      case 'redirect_dir':
        // With redirect_always_follow (this kernel's default), "off" means follow.
        c.redirectMode = value === 'off' ? 'follow' : (value as RedirectMode);
        set.redirect = true;
        break;
      case 'index':
        c.index = value === 'on';
        set.index = true;
        break;
      case 'uuid':
        c.uuid = value as UuidMode;
        break;
      case 'nfs_export':
        c.nfsExport = value === 'on';
        set.nfsExport = true;
        break;
      case 'xino':
        c.xino = value as XinoMode;
        break;
      case 'metacopy':
        c.metacopy = value === 'on';
        set.metacopy = true;
        break;
      case 'verity':
        c.verity = value as OvlConfig['verity'];
        break;
    }
  }
  const verified = verify(c, set);
  if ('errno' in verified) return verified;
  return { config: verified, readonly };
}

/** ovl_fs_params_verify: feature dependencies, in the kernel's order. */
function verify(
  c: { -readonly [K in keyof OvlConfig]: OvlConfig[K] },
  set: { redirect: boolean; index: boolean; nfsExport: boolean; metacopy: boolean },
): OvlConfig | OptionError {
  // Data-only lower layers no longer require metacopy=on (6.15): a lower
  // metacopy's redirect into them is followed whatever the options.
  if (!c.upperdir) {
    c.workdir = undefined;
    // "index=on is useless in a non-upper mount, ignore": no longer counts as set.
    if (c.index && set.index) set.index = false;
    c.index = false;
    c.volatile = false;
    if (c.uuid === 'on') c.uuid = 'null';
  }
  // Since 6.15 verity no longer turns metacopy on under userxattr (it
  // checks lower -> data-only redirects there), nor conflicts with it.
  if (c.verity !== 'off' && !c.metacopy && !c.userxattr) {
    if (set.metacopy) return { errno: 'EINVAL', why: `conflicting options: metacopy=off,verity=${c.verity}` };
    c.metacopy = true;
  }
  if (!c.upperdir && c.redirectMode === 'follow') c.redirectMode = 'on';
  if (c.metacopy && c.redirectMode !== 'on') {
    if (set.metacopy && set.redirect) {
      return { errno: 'EINVAL', why: `conflicting options: metacopy=on,redirect_dir=${c.redirectMode}` };
    }
    if (c.verity !== 'off' && set.redirect) {
      return { errno: 'EINVAL', why: `conflicting options: verity=${c.verity},redirect_dir=${c.redirectMode}` };
    }
    if (set.redirect) c.metacopy = false;
    else c.redirectMode = 'on';
  }
  if (c.nfsExport && !c.index) {
    if (!c.upperdir && c.redirectMode !== 'nofollow') c.nfsExport = false;
    else if (set.nfsExport && set.index) return { errno: 'EINVAL', why: 'conflicting options: nfs_export=on,index=off' };
    else if (set.index) c.nfsExport = false;
    else c.index = true;
  }
  if (c.nfsExport && c.metacopy) {
    if (set.nfsExport && set.metacopy) return { errno: 'EINVAL', why: 'conflicting options: nfs_export=on,metacopy=on' };
    if (set.metacopy) c.nfsExport = false;
    else if (c.verity !== 'off') c.nfsExport = false;
    else c.metacopy = false;
  }
  if (c.userxattr) {
    if (set.redirect && c.redirectMode !== 'nofollow') {
      return { errno: 'EINVAL', why: `conflicting options: userxattr,redirect_dir=${c.redirectMode}` };
    }
    if (c.metacopy && set.metacopy) return { errno: 'EINVAL', why: 'conflicting options: userxattr,metacopy=on' };
    c.redirectMode = 'nofollow';
    c.metacopy = false;
  }
  return c;
}

/** Redirects are followed on lookup. */
export const redirectFollow = (c: OvlConfig): boolean => c.redirectMode !== 'nofollow';
/** Directory renames create redirects (redirect_dir=on). */
export const redirectDir = (c: OvlConfig): boolean => c.redirectMode === 'on';
/**
 * ovl_allow_offline_changes: with none of the newer features in use, the
 * lower layers may change while unmounted, so new directories are not
 * made opaque.
 */
export const allowOfflineChanges = (c: OvlConfig): boolean =>
  !c.index && !c.metacopy && !redirectDir(c) && c.xino !== 'on';
