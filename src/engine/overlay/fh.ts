// Overlay file handles (struct ovl_fb): what origin, upper and index names
// record. The layout follows the kernel's (version, magic 0xfb, length,
// flags, type, uuid, then the filesystem's own handle: inode and generation),
// so a handle is binary, as on a real disk.
import type { Bytes } from '../api.ts';
import { bytesToHex } from '../bytes.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount, Workspace } from '../workspace.ts';

const MAGIC = 0xfb;
const FLAG_PATH_UPPER = 1 << 2;
/** FILEID_INO32_GEN, what ext4 hands out. */
const TYPE_INO32_GEN = 1;
const LEN = 5 + 16 + 8;

const le32 = (n: number) => String.fromCharCode(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255);

export function encodeFh(_ws: Workspace, _m: OverlayMount, ino: Ino, isUpper: boolean): Bytes {
  // The disk's uuid is null here, as on the machines the oracle runs on.
  return String.fromCharCode(0, MAGIC, LEN, isUpper ? FLAG_PATH_UPPER : 0, TYPE_INO32_GEN) + '\0'.repeat(16) + le32(ino) + le32(0);
}

export function decodeFh(v: Bytes): { ino: Ino; upper: boolean } | null {
  if (v.length < LEN || v.charCodeAt(1) !== MAGIC || v.charCodeAt(2) !== LEN) return null;
  const o = 21;
  const ino = v.charCodeAt(o) | (v.charCodeAt(o + 1) << 8) | (v.charCodeAt(o + 2) << 16) | (v.charCodeAt(o + 3) << 24);
  return { ino: ino >>> 0, upper: (v.charCodeAt(3) & FLAG_PATH_UPPER) !== 0 };
}

export const sameFh = (a: Bytes, b: Bytes): boolean => a === b;

/** Index entries are named by the hex digits of the lower object's handle. */
export function indexName(ws: Workspace, m: OverlayMount, lowerIno: Ino): string {
  return bytesToHex(encodeFh(ws, m, lowerIno, false));
}
