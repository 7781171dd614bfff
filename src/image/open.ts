// Opening an image: any archive a container tool writes, or a single layer
// tar. One pass locates the members (skipped for a plain layer), then each
// layer blob is streamed once: hashed, decompressed, hashed again, unpacked
// as overlay2 unpacks it. The image is handed over only when every blob has
// been read and checked, so a bad archive leaves nothing behind.
import { firstMemberName, indexArchive, looksLikeImageMember, type Member } from './archive-index.ts';
import { DEFAULT_INFLATE_LIMITS, inflate, sniffCompression, type Compression, type InflateLimits } from './compression.ts';
import { ImageError } from './errors.ts';
import { nobleSha256, type AsyncSha256Factory, type Sha256Factory } from './hash.ts';
import type { BlobLocation, OneShotDigest } from './layer.ts';
import { readLayerBlob, type LayerRead } from './layer-blob.ts';
import { resolveImage, type ArchiveFormat, type Choice, type ImageConfig } from './manifests.ts';
import { memorySource, type ByteSource } from './source.ts';
import { historyOf, type HistoryRow, type Image, type ImageLayer } from './image.ts';

export interface OpenProgress {
  /** 'index': looking through the archive; 'layers': reading layer blobs. */
  phase: 'index' | 'layers';
  /** Bytes of the source read in this phase, and how many there are to read. */
  bytes: number;
  totalBytes: number;
  /** Tar entries unpacked so far (all layers). */
  entries: number;
  /** The layer being read (1 = bottom) and how many there are. */
  layer: number;
  layers: number;
}

export interface OpenOptions extends Choice {
  hash?: Sha256Factory;
  /** A one-shot sha256 that runs off this thread (WebCrypto), for files above the inline limit. */
  digest?: OneShotDigest;
  /** Files up to this many bytes keep their data in memory; larger ones are read again on demand. Default 16 KiB. */
  inlineLimit?: number;
  inflateLimits?: Partial<InflateLimits>;
  /** Largest single file accepted (default 8 GiB). */
  maxEntryBytes?: number;
  /** Largest compressed archive that is decompressed into memory to be read (default 1 GiB). */
  maxInMemoryArchive?: number;
  signal?: AbortSignal;
  onProgress?: (p: OpenProgress) => void;
  /**
   * Where layer blobs and their tars are hashed, if not here (another
   * thread, so hashing runs beside unpacking): asked once the layers are
   * known, so a helper can start meanwhile; undefined means here.
   */
  streamHash?: () => Promise<AsyncSha256Factory | undefined>;
  /**
   * Leave for verifyImage what a first look at the image does not need:
   * every file's sha256 ('' until then, see LayerTree.pending) and each
   * layer's diff id, where the config lists it (until then the layer
   * carries the config's, unchecked). Blob digests are checked here all
   * the same. Default false: everything is checked before openImage returns.
   */
  deferChecks?: boolean;
}

const DEFAULT_INLINE = 16 << 10;
const DEFAULT_MAX_ENTRY = 8 * 2 ** 30;

function blobChunks(source: ByteSource, offset: number, size: number, where: string): () => Iterable<Uint8Array> {
  return function* () {
    if (!source.readSync) {
      throw new ImageError('unsupported', { file: where }, `${where}: this host cannot read ${source.name} synchronously; open it with loadBlob() or inside a Web Worker to read large files`);
    }
    const step = 1 << 20;
    for (let at = offset; at < offset + size; at += step) yield source.readSync(at, Math.min(offset + size, at + step));
  };
}

async function readAll(stream: ReadableStream<Uint8Array>, max: number, where: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let n = 0;
  for await (const c of stream as unknown as AsyncIterable<Uint8Array>) {
    n += c.length;
    if (n > max) throw new ImageError('too-large', { file: where, max }, `${where}: a compressed image archive over ${max} bytes is too large to read into memory`);
    chunks.push(c);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Opens an image archive or a single layer. Rejects with an ImageError
 * (code, params naming the archive and the member at fault); nothing is
 * kept from an archive that fails.
 */
export async function openImage(source: ByteSource, opts: OpenOptions = {}): Promise<Image> {
  try {
    return await openUnchecked(source, opts);
  } catch (e) {
    throw namingArchive(e, source.name);
  }
}

/** An ImageError with the archive named in its params and message (as openImage's errors are). */
export function namingArchive(e: unknown, archive: string): unknown {
  if (e instanceof ImageError && e.params.archive === undefined) {
    const named = e.message.startsWith(archive);
    return new ImageError(e.code, { ...e.params, archive }, named ? e.message : `${archive}: ${e.message}`);
  }
  return e;
}

/** The error of a layer whose tar's sha256 is not the diff id the config lists. */
export function diffIdMismatch(member: string, layer: number, expected: string, actual: string): ImageError {
  return new ImageError('diff-id-mismatch', { file: member, expected, actual, layer }, `${member}: its uncompressed sha256 is ${actual}, not ${expected} as the config's rootfs.diff_ids says`);
}

async function openUnchecked(source: ByteSource, opts: OpenOptions): Promise<Image> {
  const hash = opts.hash ?? nobleSha256;
  const inflateLimits = { ...DEFAULT_INFLATE_LIMITS, ...opts.inflateLimits };
  const where = source.name;
  const check = () => {
    if (opts.signal?.aborted) throw new ImageError('aborted', { file: where }, `${where}: cancelled`);
  };
  if (source.size === 0) throw new ImageError('not-an-archive', { file: where }, `${where}: empty file`);
  const headReader = source.stream(0, Math.min(source.size, 4)).getReader();
  const head = (await headReader.read()).value ?? new Uint8Array(0);
  await headReader.cancel().catch(() => undefined);
  const outer: Compression = sniffCompression(head);
  const first = await firstMemberName(inflate(source.stream(), outer, where, inflateLimits), where);
  check();
  // A plain tar is cheap to look through; a compressed one is looked into only when its first member says "image".
  if (first !== null && (outer === 'none' || looksLikeImageMember(first))) {
    if (outer !== 'none') {
      // `docker save | gzip`: members cannot be reached by offset; read it into memory once.
      const bytes = await readAll(inflate(source.stream(), outer, where, inflateLimits), opts.maxInMemoryArchive ?? 1 << 30, where);
      return openUnchecked(memorySource(bytes, where), opts);
    }
    const index = await indexArchive(
      source,
      opts.signal,
      (bytes) => opts.onProgress?.({ phase: 'index', bytes, totalBytes: source.size, entries: 0, layer: 0, layers: 0 }),
      opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY,
    );
    check();
    const resolved = resolveImage(index, opts);
    if (resolved) return readImage(source, resolved.format, resolved, opts, hash, inflateLimits);
  }
  if (first === null && outer === 'none' && !(await isEmptyTar(source))) {
    throw new ImageError('not-an-archive', { file: where }, `${where}: not a tar archive, nor gzip or zstd data`);
  }
  const member: Member = { name: where, type: 'file', offset: 0, size: source.size, linkname: '' };
  return readImage(source, 'layer', { format: 'layer', refs: [], layers: [{ member, mediaType: 'application/vnd.oci.image.layer.v1.tar' }] }, opts, hash, inflateLimits);
}

/** A file of zero blocks only is an empty tar (an empty layer); anything else that failed to parse is not a tar. */
async function isEmptyTar(source: ByteSource): Promise<boolean> {
  if (source.size % 512 !== 0 || source.size > 1 << 20) return false;
  const r = source.stream().getReader();
  for (;;) {
    const { done, value } = await r.read();
    if (done) return true;
    if (value.some((b) => b !== 0)) {
      await r.cancel();
      return false;
    }
  }
}

async function readImage(
  source: ByteSource,
  format: ArchiveFormat,
  resolved: NonNullable<ReturnType<typeof resolveImage>>,
  opts: OpenOptions,
  hash: Sha256Factory,
  inflateLimits: InflateLimits,
): Promise<Image> {
  const config: ImageConfig | undefined = resolved.config?.json;
  if (resolved.config?.digest) verifyBytes(resolved.config.member, resolved.config.digest, hash);
  const diffIds = config?.rootfs?.diff_ids;
  if (config && (!Array.isArray(diffIds) || diffIds.length !== resolved.layers.length)) {
    throw new ImageError(
      'bad-manifest',
      { file: resolved.config!.member.name, reason: 'diff_ids' },
      `${resolved.config!.member.name}: rootfs.diff_ids lists ${Array.isArray(diffIds) ? diffIds.length : 'no'} layers, the manifest ${resolved.layers.length}`,
    );
  }
  const total = resolved.layers.reduce((n, l) => n + l.member.size, 0);
  const streamHash = await opts.streamHash?.();
  let doneBytes = 0;
  let entries = 0;
  const layers: ImageLayer[] = [];
  for (let i = 0; i < resolved.layers.length; i++) {
    const l = resolved.layers[i];
    const m = l.member;
    if (l.size !== undefined && l.size !== m.size) {
      throw new ImageError('size-mismatch', { file: m.name, expected: l.size, actual: m.size }, `${m.name}: ${m.size} bytes, but its descriptor says ${l.size}`);
    }
    const before = entries;
    const read: LayerRead = await readLayerBlob(
      source.stream(m.offset, m.offset + m.size),
      { where: m.name, chunks: blobChunks(source, m.offset, m.size, m.name) },
      {
        hash,
        ...(opts.digest ? { digest: opts.digest } : {}),
        inlineLimit: opts.inlineLimit ?? DEFAULT_INLINE,
        inflateLimits,
        maxEntryBytes: opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY,
        signal: opts.signal,
        ...(streamHash ? { streamHash } : {}),
        ...(opts.deferChecks ? { deferDigests: true, deferDiffId: !!diffIds } : {}),
        onProgress: (bytes, n) => {
          entries = before + n;
          opts.onProgress?.({ phase: 'layers', bytes: doneBytes + bytes, totalBytes: total, entries, layer: i + 1, layers: resolved.layers.length });
        },
      },
    );
    doneBytes += m.size;
    const digest = `sha256:${read.digest}`;
    // Left for later (deferChecks): the config's diff id stands in until verifyImage compares it.
    const later = read.diffId === '';
    const diffId = later ? String(diffIds![i]) : `sha256:${read.diffId}`;
    if (l.digest && l.digest !== digest) {
      throw new ImageError('digest-mismatch', { file: m.name, expected: l.digest, actual: digest }, `${m.name}: its sha256 is ${digest}, not ${l.digest} as the manifest says`);
    }
    if (!later && diffIds && diffIds[i] !== diffId) throw diffIdMismatch(m.name, i + 1, String(diffIds[i]), diffId);
    layers.push({
      index: i + 1,
      member: m.name,
      blobOffset: m.offset,
      mediaType: l.mediaType,
      compression: read.compression,
      digest,
      diffId,
      blobSize: read.storedSize,
      tarSize: read.tarSize,
      tree: read.tree,
      ...(later ? { diffIdChecked: false } : {}),
    });
  }
  const history: HistoryRow[] = historyOf(config, layers);
  return {
    source: source.name,
    format,
    refs: resolved.refs,
    ...(resolved.manifestDigest ? { manifestDigest: resolved.manifestDigest } : {}),
    ...(resolved.config ? { configDigest: resolved.config.digest ?? `sha256:${sha(hash, resolved.config.member.bytes!)}`, config: resolved.config.json } : {}),
    ...(resolved.platform ? { platform: resolved.platform } : {}),
    layers,
    history,
  };
}

function sha(hash: Sha256Factory, bytes: Uint8Array): string {
  const h = hash();
  h.update(bytes);
  return h.hex();
}

function verifyBytes(m: Member, digest: string, hash: Sha256Factory): void {
  const actual = `sha256:${sha(hash, m.bytes ?? new Uint8Array(0))}`;
  if (actual !== digest) {
    throw new ImageError('digest-mismatch', { file: m.name, expected: digest, actual }, `${m.name}: its sha256 is ${actual}, not ${digest}`);
  }
}

export type { BlobLocation };
