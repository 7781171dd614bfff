// Layer compression, told by magic bytes, never by file names: gzip
// (1f 8b), zstd (28 b5 2f fd), or plain tar. gzip streams through the
// host's DecompressionStream where it has one (native zlib in browsers and
// Node) and fflate elsewhere; zstd through fzstd. Output is counted so that
// a decompression bomb stops early with a clear error.
import { Gunzip } from 'fflate';
import { Decompress as ZstdDecompress } from 'fzstd';
import { ZStream, Z_BUF_ERROR, Z_NO_FLUSH, Z_OK, Z_STREAM_END, zlibInflate, zlibInflateInit2, zlibInflateReset } from 'pako';
import { ImageError } from './errors.ts';

export type Compression = 'gzip' | 'zstd' | 'none';

export function sniffCompression(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

export interface InflateLimits {
  /** Most bytes a single stream may expand to. */
  maxBytes: number;
  /** Most output bytes per input byte, checked once the output passes `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
}

const PUSH = 16 << 10;

export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxBytes: 32 * 2 ** 30, maxRatio: 1000, ratioFloor: 64 << 20 };

function failed(where: string, kind: Compression, e: unknown): ImageError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/unexpected end|unexpected EOF|premature|truncat/i.test(msg)) {
    return new ImageError('truncated', { file: where, format: kind }, `${where}: the ${kind} stream ends too soon (truncated file?)`);
  }
  return new ImageError('decompress-failed', { file: where, format: kind, reason: msg }, `${where}: ${kind} data is corrupt: ${msg}`);
}

/** Refuses a stream whose output has passed the limits (`inBytes` in, `outBytes` out so far). */
function checkBomb(where: string, kind: Compression, inBytes: number, outBytes: number, limits: InflateLimits): void {
  if (outBytes > limits.maxBytes || (outBytes > limits.ratioFloor && outBytes > inBytes * limits.maxRatio)) {
    throw new ImageError(
      'decompression-bomb',
      { file: where, format: kind, inBytes, outBytes, maxBytes: limits.maxBytes, maxRatio: limits.maxRatio },
      `${where}: ${kind} data expands from ${inBytes} to over ${outBytes} bytes; refusing it as a decompression bomb`,
    );
  }
}

/** A synchronous push decompressor (fflate's and fzstd's shape). */
interface Pushable {
  push(chunk: Uint8Array, final?: boolean): void;
}

function jsDecompressor(kind: 'gzip' | 'zstd', out: (chunk: Uint8Array) => void): Pushable {
  if (kind === 'gzip') {
    const g = new Gunzip((chunk) => out(chunk));
    return { push: (c, f) => g.push(c, f) };
  }
  const z = new ZstdDecompress((chunk) => out(chunk));
  return { push: (c, f) => z.push(c, f) };
}

/**
 * Decompresses a stream. `counted` is told how many compressed bytes went
 * in, for progress. Errors come out as ImageErrors naming `where`.
 */
export function inflate(
  input: ReadableStream<Uint8Array>,
  kind: Compression,
  where: string,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): ReadableStream<Uint8Array> {
  if (kind === 'none') return input;
  let inBytes = 0;
  let outBytes = 0;
  const guard = (n: number) => {
    outBytes += n;
    checkBomb(where, kind, inBytes, outBytes, limits);
  };
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, c) {
      inBytes += chunk.length;
      c.enqueue(chunk);
    },
  });
  const DS = (globalThis as { DecompressionStream?: typeof DecompressionStream }).DecompressionStream;
  let inflated: ReadableStream<Uint8Array>;
  if (kind === 'gzip' && DS) {
    inflated = input.pipeThrough(counter).pipeThrough(new DS('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  } else {
    let d!: Pushable;
    let pending: Uint8Array[] = [];
    inflated = input.pipeThrough(counter).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        start() {
          // Counted as it comes out (fzstd hands out each 128 KiB block), so a bomb stops early.
          d = jsDecompressor(kind, (chunk) => {
            guard(chunk.length);
            pending.push(chunk);
          });
        },
        transform(chunk, c) {
          // fflate hands out a whole push at once: small pushes bound what a bomb can make.
          for (let at = 0; at < chunk.length; at += PUSH) d.push(chunk.subarray(at, at + PUSH), false);
          for (const p of pending) c.enqueue(p);
          pending = [];
        },
        flush(c) {
          d.push(new Uint8Array(0), true);
          for (const p of pending) c.enqueue(p);
          pending = [];
        },
      }),
    );
  }
  const native = kind === 'gzip' && !!DS;
  const reader = inflated.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        r = await reader.read();
      } catch (e) {
        throw e instanceof ImageError ? e : failed(where, kind, e);
      }
      if (r.done) return c.close();
      if (native) guard(r.value.length);
      c.enqueue(r.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/**
 * Synchronously decompresses `chunks` (a blob read in pieces) and returns
 * the output bytes [start, end). Used to fetch one large file of a layer on
 * demand: the whole layer up to the file is decompressed again.
 */
export function inflateRangeSync(chunks: Iterable<Uint8Array>, kind: Compression, start: number, end: number, where: string): Uint8Array {
  const out = new Uint8Array(end - start);
  let pos = 0;
  const take = (chunk: Uint8Array) => {
    const s = Math.max(start, pos);
    const e = Math.min(end, pos + chunk.length);
    if (e > s) out.set(chunk.subarray(s - pos, e - pos), s - start);
    pos += chunk.length;
  };
  if (kind === 'none') {
    for (const c of chunks) {
      take(c);
      if (pos >= end) break;
    }
  } else {
    const d = jsDecompressor(kind, take);
    try {
      for (const c of chunks) {
        d.push(c, false);
        if (pos >= end) break;
      }
      if (pos < end) d.push(new Uint8Array(0), true);
    } catch (e) {
      throw failed(where, kind, e);
    }
  }
  if (pos < end) throw new ImageError('truncated', { file: where, format: kind }, `${where}: the layer ends before the file it should hold`);
  return out;
}

/**
 * Calls `fn` with each chunk of a stream, reading into one buffer reused
 * for every chunk where the stream lets its reader bring its own (a byte
 * stream: a Blob's); each chunk is valid only during its call.
 */
async function eachChunk(input: ReadableStream<Uint8Array>, fn: (chunk: Uint8Array) => void, signal: AbortSignal | undefined, where: string): Promise<void> {
  const SIZE = 256 << 10;
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = (input as ReadableStream<Uint8Array<ArrayBuffer>>).getReader({ mode: 'byob' });
  } catch {
    byob = null;
  }
  const reader = byob ?? input.getReader();
  let buf = new ArrayBuffer(SIZE);
  try {
    for (;;) {
      if (signal?.aborted) throw new ImageError('aborted', { file: where }, `${where}: cancelled`);
      const r = byob ? await byob.read(new Uint8Array(buf, 0, SIZE)) : await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      if (r.done) break;
      const chunk = r.value;
      if (byob) buf = chunk.buffer as ArrayBuffer;
      if (chunk.length) fn(chunk);
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
}

/**
 * Decompresses a stream chunk by chunk into `fn`, making as little garbage
 * as it can: gzip is inflated (pako's zlib) into one output buffer reused
 * for every chunk, and the input is read into a reused buffer where the
 * stream allows it. For a second read of a layer in the background, where
 * a native DecompressionStream would leave every output chunk for the
 * garbage collector (about its size again in memory). Each chunk is valid
 * only during its call. Errors as inflate()'s.
 */
export async function inflateEach(
  input: ReadableStream<Uint8Array>,
  kind: Compression,
  where: string,
  fn: (chunk: Uint8Array) => void,
  opts: { limits?: InflateLimits; signal?: AbortSignal } = {},
): Promise<void> {
  if (kind !== 'gzip') {
    const s = inflate(input, kind, where, opts.limits);
    return eachChunk(s, fn, opts.signal, where);
  }
  const limits = opts.limits ?? DEFAULT_INFLATE_LIMITS;
  const strm = new ZStream();
  // 15 + 16: a gzip wrapper.
  zlibInflateInit2(strm, 15 + 16);
  const out = new Uint8Array(256 << 10);
  strm.output = out;
  let inBytes = 0;
  let outBytes = 0;
  let ended = false;
  await eachChunk(
    input,
    (chunk) => {
      inBytes += chunk.length;
      strm.input = chunk;
      strm.next_in = 0;
      strm.avail_in = chunk.length;
      for (;;) {
        if (ended) {
          // Another gzip member follows (zero bytes of padding do not start one).
          if (strm.avail_in === 0 || strm.input[strm.next_in] === 0) return;
          zlibInflateReset(strm);
          ended = false;
        }
        strm.next_out = 0;
        strm.avail_out = out.length;
        const status = zlibInflate(strm, Z_NO_FLUSH);
        if (status !== Z_OK && status !== Z_STREAM_END && status !== Z_BUF_ERROR) throw failed(where, kind, new Error(strm.msg || `zlib status ${status}`));
        const n = strm.next_out;
        if (n > 0) {
          outBytes += n;
          checkBomb(where, kind, inBytes, outBytes, limits);
          fn(out.subarray(0, n));
        }
        if (status === Z_STREAM_END) ended = true;
        else if (strm.avail_in === 0 && strm.avail_out > 0) return;
        else if (status === Z_BUF_ERROR) return;
      }
    },
    opts.signal,
    where,
  );
  if (!ended) throw new ImageError('truncated', { file: where, format: kind }, `${where}: the ${kind} stream ends too soon (truncated file?)`);
}
