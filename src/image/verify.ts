// The checks an image opened with deferChecks still owes: each layer's tar
// hashed (its diff id, compared with the config's) and every file's sha256,
// from a second read of the layer blobs. Split in two so that the reading
// can run elsewhere (the browser's hash helper worker, while the engine's
// worker answers the page): layerDigests reads one blob and returns plain
// data; applyLayerDigests puts it in the layer and checks it.
import { DEFAULT_INFLATE_LIMITS, inflate, type Compression, type InflateLimits } from './compression.ts';
import { ImageError } from './errors.ts';
import type { Sha256Factory } from './hash.ts';
import type { Image } from './image.ts';
import { diffIdMismatch, namingArchive } from './open.ts';
import type { ByteSource } from './source.ts';
import { readTar } from './tar-read.ts';

/** Where one layer blob is in the archive, and what to hash of it. */
export interface LayerToCheck {
  /** The blob's member name, for messages. */
  where: string;
  offset: number;
  size: number;
  compression: Compression;
  /** Hash the tar too (false when its sha256 is known already: an uncompressed blob's is its digest). */
  tar: boolean;
}

export interface LayerDigests {
  /** sha256 of the tar in hex, '' when not asked for. */
  diffId: string;
  /** Where each non-empty regular file's bytes start in the tar, and their sha256 in hex (same order). */
  offsets: number[];
  hexes: string[];
}

export interface DigestOptions {
  hash: Sha256Factory;
  signal?: AbortSignal;
  inflateLimits?: InflateLimits;
}

/** Reads a layer blob again: the tar's sha256 and every file's. */
export async function layerDigests(source: ByteSource, l: LayerToCheck, opts: DigestOptions): Promise<LayerDigests> {
  const tarHash = l.tar ? opts.hash() : null;
  const tar = inflate(source.stream(l.offset, l.offset + l.size), l.compression, l.where, opts.inflateLimits ?? DEFAULT_INFLATE_LIMITS);
  const hashed = tarHash
    ? tar.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, c) {
            tarHash.update(chunk);
            c.enqueue(chunk);
          },
        }),
      )
    : tar;
  const offsets: number[] = [];
  const hexes: string[] = [];
  await readTar(
    hashed,
    l.where,
    (e) => {
      if (e.type !== 'file' || e.size === 0) return;
      const h = opts.hash();
      return {
        data: (chunk) => h.update(chunk),
        end: () => {
          offsets.push(e.offset);
          hexes.push(h.hex());
        },
      };
    },
    { signal: opts.signal },
  );
  return { diffId: tarHash ? tarHash.hex() : '', offsets, hexes };
}

/** What of `image` is still to check, layer by layer (null for a layer with nothing left). */
export function layersToCheck(image: Image): (LayerToCheck | null)[] {
  return image.layers.map((l) => {
    const tar = l.diffIdChecked === false;
    if (!tar && !l.tree.pending) return null;
    return { where: l.member, offset: l.blobOffset, size: l.blobSize, compression: l.compression, tar };
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
