// The checks an image opened with deferChecks still owes: each layer's tar
// hashed (its diff id, compared with the config's) and every file's sha256,
// from a second read of the layer blobs. Split in two so that the reading
// can run elsewhere (the browser's hash helper worker, while the engine's
// worker answers the page): layerDigests reads one blob and returns plain
// data; applyLayerDigests puts it in the layer and checks it.
import { DEFAULT_INFLATE_LIMITS, inflateEach, type Compression, type InflateLimits } from './compression.ts';
import { ImageError } from './errors.ts';
import type { Sha256, Sha256Factory } from './hash.ts';
import type { Image } from './image.ts';
import { diffIdMismatch, namingArchive } from './open.ts';
import type { ByteSource } from './source.ts';

/** Where one layer blob is in the archive, and what to hash of it. */
export interface LayerToCheck {
  /** The blob's member name, for messages. */
  where: string;
  offset: number;
  size: number;
  compression: Compression;
  /** Hash the tar too (false when its sha256 is known already: an uncompressed blob's is its digest). */
  tar: boolean;
  /** The files to hash: where each one's bytes start in the tar (ascending) and how many there are. */
  offsets: number[];
  sizes: number[];
}

export interface LayerDigests {
  /** sha256 of the tar in hex, '' when not asked for. */
  diffId: string;
  /** The files' offsets as asked, and their sha256 in hex (same order). */
  offsets: number[];
  hexes: string[];
}

export interface DigestOptions {
  /** For the files. */
  hash: Sha256Factory;
  /** For the tar, if not `hash` (a hasher of its own saves swapping one WebAssembly state in and out). */
  tarHash?: Sha256Factory;
  signal?: AbortSignal;
  inflateLimits?: InflateLimits;
}

/**
 * Reads a layer blob again: the tar's sha256 and every asked file's. The
 * files are found where the first read found them (the tar is not parsed
 * again): the bytes there are hashed as they stream by, and a blob read
 * again that is not the one read first fails its diff id.
 */
export async function layerDigests(source: ByteSource, l: LayerToCheck, opts: DigestOptions): Promise<LayerDigests> {
  const tarHash = l.tar ? (opts.tarHash ?? opts.hash)() : null;
  const { offsets, sizes } = l;
  const hexes: string[] = new Array<string>(offsets.length);
  let next = 0;
  let file: Sha256 | null = null;
  let pos = 0;
  // The chunks come from buffers reused for every chunk (inflateEach): used here, never kept.
  await inflateEach(
    source.stream(l.offset, l.offset + l.size),
    l.compression,
    l.where,
    (chunk) => {
      tarHash?.update(chunk);
      const end = pos + chunk.length;
      while (next < offsets.length && offsets[next] < end) {
        const from = offsets[next];
        const to = from + sizes[next];
        const s = Math.max(from, pos) - pos;
        const e = Math.min(to, end) - pos;
        file ??= opts.hash();
        if (e > s) file.update(chunk.subarray(s, e));
        if (to > end) break;
        hexes[next++] = file.hex();
        file = null;
      }
      pos = end;
    },
    { limits: opts.inflateLimits ?? DEFAULT_INFLATE_LIMITS, ...(opts.signal ? { signal: opts.signal } : {}) },
  );
  if (next < offsets.length) throw new ImageError('truncated', { file: l.where }, `${l.where}: read again, the layer ends before the files it held (the file changed?)`);
  return { diffId: tarHash ? tarHash.hex() : '', offsets, hexes };
}

/** What of `image` is still to check, layer by layer (null for a layer with nothing left). */
export function layersToCheck(image: Image): (LayerToCheck | null)[] {
  return image.layers.map((l) => {
    const tar = l.diffIdChecked === false;
    const pending = l.tree.pending;
    if (!tar && !pending) return null;
    const files = [...(pending ?? [])].sort((a, b) => a[0] - b[0]);
    return { where: l.member, offset: l.blobOffset, size: l.blobSize, compression: l.compression, tar, offsets: files.map(([o]) => o), sizes: files.map(([, n]) => n.size) };
  });
}

/**
 * Puts a layer's file digests in its tree and compares its tar's sha256
 * with the diff id: a mismatch is the error openImage would have thrown
 * (diff-id-mismatch, naming the layer and its member); the archive is
 * named as openImage names it.
 */
export function applyLayerDigests(image: Image, index: number, d: LayerDigests): void {
  const l = image.layers[index];
  try {
    const pending = l.tree.pending;
    if (pending) {
      for (let i = 0; i < d.offsets.length; i++) {
        const node = pending.get(d.offsets[i]);
        if (node) node.sha256 = d.hexes[i];
      }
      for (const [offset, node] of pending) {
        if (node.sha256 === '') {
          throw new ImageError('corrupt-tar', { file: l.member, reason: 'reread' }, `${l.member}: read again, the layer has no file at offset ${offset} (the file changed?)`);
        }
      }
      delete l.tree.pending;
    }
    if (l.diffIdChecked === false) {
      const actual = `sha256:${d.diffId}`;
      if (actual !== l.diffId) throw diffIdMismatch(l.member, l.index, l.diffId, actual);
      delete l.diffIdChecked;
    }
  } catch (e) {
    throw namingArchive(e, image.source);
  }
}

/** True when the image owes no check (opened without deferChecks, or verified). */
export function imageVerified(image: Image): boolean {
  return layersToCheck(image).every((x) => x === null);
}

/**
 * Does, here, the checks an image opened with deferChecks left: rejects
 * as openImage would have (diff-id-mismatch naming the layer). `source`
 * is the archive the image was opened from.
 */
export async function verifyImage(source: ByteSource, image: Image, opts: DigestOptions): Promise<void> {
  const todo = layersToCheck(image);
  for (let i = 0; i < todo.length; i++) {
    const l = todo[i];
    if (!l) continue;
    let d: LayerDigests;
    try {
      d = await layerDigests(source, l, opts);
    } catch (e) {
      throw namingArchive(e, image.source);
    }
    applyLayerDigests(image, i, d);
  }
}
