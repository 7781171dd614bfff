// How file bytes live. A small file's bytes stay in memory with its layer
// (a byte string the engine uses as is). A large file keeps only its size,
// its sha256 and where it starts in its layer's tar stream; when something
// reads it (cat in a container, an export), its blob is read again and
// decompressed up to it, and the result is checked against the sha256 and
// kept in a small cache. Opening a 170 MB image holds its small files and
// its tree, not its bytes.
import type { Bytes } from '../engine/api.ts';
import type { ExternalBytes, FileData } from '../engine/fs/inode.ts';
import { inflateRangeSync } from './compression.ts';
import { ImageError } from './errors.ts';
import type { Sha256Factory } from './hash.ts';
import type { LayerNode } from './layer.ts';

function toByteString(u8: Uint8Array): Bytes {
  let out = '';
  for (let i = 0; i < u8.length; i += 0x2000) out += String.fromCharCode.apply(null, u8.subarray(i, i + 0x2000) as unknown as number[]);
  return out;
}

export function byteStringToU8(s: Bytes): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Reads large files again from their blobs, keeping the latest few (up to `budget` bytes). */
export class ContentStore {
  private readonly cache = new Map<LayerNode, Bytes>();
  private cached = 0;

  constructor(
    private readonly hash: Sha256Factory,
    private readonly budget = 64 << 20,
  ) {}

  /** A file's bytes, as a byte string. */
  bytes(node: LayerNode): Bytes {
    const c = node.content;
    if (!c) return '';
    if (c.kind === 'inline') return c.bytes;
    const hit = this.cache.get(node);
    if (hit !== undefined) {
      this.cache.delete(node);
      this.cache.set(node, hit);
      return hit;
    }
    const raw = inflateRangeSync(c.blob.chunks(), c.blob.compression, c.offset, c.offset + node.size, c.blob.where);
    const h = this.hash();
    h.update(raw);
    const hex = h.hex();
    // Read before the image's checks reached it (deferChecks): its digest is this one, which they will confirm.
    if (node.sha256 === '') node.sha256 = hex;
    else if (hex !== node.sha256) {
      throw new ImageError('digest-mismatch', { file: c.blob.where, expected: node.sha256, actual: '' }, `${c.blob.where}: a file read again does not match the sha256 it had when the image was opened (the file changed?)`);
    }
    const s = toByteString(raw);
    if (s.length <= this.budget) {
      this.cache.set(node, s);
      this.cached += s.length;
      for (const [k, v] of this.cache) {
        if (this.cached <= this.budget) break;
        this.cache.delete(k);
        this.cached -= v.length;
      }
    }
    return s;
  }

  /** A file's bytes as the engine holds them: inline, or a reference read on demand. */
  fileData(node: LayerNode): FileData {
    const c = node.content;
    if (!c || c.kind === 'inline') return c ? c.bytes : '';
    // The node's digest as it is when asked: one left for later (deferChecks) arrives after the workspace is made.
    const ext: ExternalBytes = {
      kind: 'external',
      length: node.size,
      get sha256() {
        return node.sha256;
      },
      load: () => this.bytes(node),
    };
    return ext;
  }
}
