// Reading one layer blob: its stored bytes are hashed (the blob digest),
// its compression told from its first bytes, its tar stream hashed again
// (the diff id the config lists) and unpacked as overlay2 would unpack it.
import { inflate, sniffCompression, type Compression, type InflateLimits } from './compression.ts';
import { ImageError } from './errors.ts';
import { asyncOf, type AsyncSha256Factory, type Sha256Factory } from './hash.ts';
import { LayerBuilder, type BlobLocation, type LayerTree, type OneShotDigest } from './layer.ts';
import { readTar } from './tar-read.ts';

export interface BlobReadOptions {
  hash: Sha256Factory;
  /** A one-shot sha256 off this thread for large files (LayerBuilderOptions.digest). */
  digest?: OneShotDigest;
  inlineLimit: number;
  inflateLimits: InflateLimits;
  maxEntryBytes: number;
  signal?: AbortSignal;
  /** Told the stored bytes read so far (of this blob) and the entries unpacked. */
  onProgress?: (bytes: number, entries: number) => void;
  /**
   * Hashes the blob and its tar (the two digests, not the files) elsewhere:
   * another thread, so that hashing runs beside the unpacking. Default: `hash`, here.
   */
  streamHash?: AsyncSha256Factory;
  /** Leave the tar's sha256 (the diff id) for later, where it is not the blob's own: diffId is then ''. */
  deferDiffId?: boolean;
  /** Leave the files' sha256 for later (LayerBuilderOptions.deferDigests). */
  deferDigests?: boolean;
}

export interface LayerRead {
  tree: LayerTree;
  compression: Compression;
  /** sha256 of the stored bytes. */
  digest: string;
  /** sha256 of the uncompressed tar ('' when left for later). */
  diffId: string;
  storedSize: number;
  tarSize: number;
}

/** A stream that hashes and counts what passes, and lets its first bytes be seen first. */
async function peek(stream: ReadableStream<Uint8Array>): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  let first = await reader.read();
  while (!first.done && first.value.length === 0) first = await reader.read();
  const head = first.done ? new Uint8Array(0) : first.value;
  let sent = false;
  return {
    head,
    stream: new ReadableStream<Uint8Array>({
      async pull(c) {
        if (!sent) {
          sent = true;
          if (first.done) return c.close();
          c.enqueue(head);
          return;
        }
        const r = await reader.read();
        if (r.done) c.close();
        else c.enqueue(r.value);
      },
      cancel: (reason) => reader.cancel(reason),
    }),
  };
}

/** Passes the chunks on, showing each to `fn` first; a promise from `fn` holds the next chunk back until it settles. */
function tap(stream: ReadableStream<Uint8Array>, fn: (chunk: Uint8Array) => void | Promise<void>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, c) {
        const wait = fn(chunk);
        c.enqueue(chunk);
        return wait;
      },
    }),
  );
}

export async function readLayerBlob(stored: ReadableStream<Uint8Array>, blob: Omit<BlobLocation, 'compression'>, opts: BlobReadOptions): Promise<LayerRead> {
  const where = blob.where;
  const streamHash = opts.streamHash ?? asyncOf(opts.hash);
  const blobHash = streamHash();
  let storedSize = 0;
  let tarSize = 0;
  let entries = 0;
  const counted = tap(stored, (c) => {
    storedSize += c.length;
    return blobHash.update(c);
  });
  const { head, stream } = await peek(counted);
  const compression = sniffCompression(head);
  const location: BlobLocation = { ...blob, compression };
  const builder = new LayerBuilder(where, { hash: opts.hash, ...(opts.digest ? { digest: opts.digest } : {}), inlineLimit: opts.inlineLimit, blob: location, deferDigests: !!opts.deferDigests });
  // An uncompressed blob is its tar: one hash gives both digests.
  const plain = compression === 'none';
  const tarHash = plain || opts.deferDiffId ? null : streamHash();
  const tarStream = tap(inflate(stream, compression, where, opts.inflateLimits), (c) => {
    tarSize += c.length;
    return tarHash?.update(c);
  });
  if (head.length === 0) {
    // An empty blob (seen in the wild for empty layers): an empty tar.
    await stream.cancel().catch(() => undefined);
    const digest = await blobHash.hex();
    return { tree: builder.finish(), compression, digest, diffId: digest, storedSize: 0, tarSize: 0 };
  }
  if (compression === 'none' && head.length >= 262 && !looksLikeTar(head)) {
    await stream.cancel().catch(() => undefined);
    throw new ImageError('not-an-archive', { file: where }, `${where}: not a tar archive, nor gzip or zstd data`);
  }
  await readTar(
    tarStream,
    where,
    (e) => {
      entries++;
      if ((entries & 255) === 0) opts.onProgress?.(storedSize, entries);
      return builder.entry(e);
    },
    { signal: opts.signal, maxEntryBytes: opts.maxEntryBytes, backlog: () => builder.backlog() },
  );
  opts.onProgress?.(storedSize, entries);
  await builder.settle();
  const digest = await blobHash.hex();
  return { tree: builder.finish(), compression, digest, diffId: tarHash ? await tarHash.hex() : plain ? digest : '', storedSize, tarSize };
}

/** A ustar/GNU header has "ustar" at 257; a v7 header at least a valid checksum. */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < 512) return head.length >= 262 && String.fromCharCode(...head.subarray(257, 262)) === 'ustar';
  if (String.fromCharCode(...head.subarray(257, 262)) === 'ustar') return true;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : head[i];
  const stored = parseInt(String.fromCharCode(...head.subarray(148, 156)).replace(/[\0 ]+/g, ' ').trim(), 8);
  return sum === stored || head.every((b) => b === 0);
}
