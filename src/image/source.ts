// Where image bytes come from: a file picked in the browser (a Blob), bytes
// already in memory, or (from tools/) a file on disk. Streams for the one
// pass that reads an image; synchronous range reads, where the host has
// them, for fetching a large file's bytes later on demand.

export interface ByteSource {
  /** For messages: the file's name as the user gave it. */
  readonly name: string;
  readonly size: number;
  /** The bytes [start, end) as a stream. */
  stream(start?: number, end?: number): ReadableStream<Uint8Array>;
  /**
   * The bytes [start, end) at once. Present where the host can read
   * synchronously (memory, a Node file, FileReaderSync in a Web Worker);
   * without it a large file's bytes cannot be fetched for `cat`.
   */
  readSync?(start: number, end: number): Uint8Array;
}

const CHUNK = 1 << 20;

export function memorySource(bytes: Uint8Array, name = 'image'): ByteSource {
  return {
    name,
    size: bytes.length,
    stream(start = 0, end = bytes.length) {
      let at = start;
      return new ReadableStream<Uint8Array>({
        pull(c) {
          if (at >= end) return c.close();
          const n = Math.min(CHUNK, end - at);
          c.enqueue(bytes.subarray(at, at + n));
          at += n;
        },
      });
    },
    readSync: (start, end) => bytes.subarray(start, end),
  };
}

interface FileReaderSyncLike {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

/** A Blob or File; range reads are synchronous only inside a Web Worker (FileReaderSync). */
export function blobSource(blob: Blob, name = (blob as File).name ?? 'image'): ByteSource {
  const FRS = (globalThis as { FileReaderSync?: new () => FileReaderSyncLike }).FileReaderSync;
  const reader = FRS ? new FRS() : undefined;
  return {
    name,
    size: blob.size,
    stream: (start = 0, end = blob.size) => blob.slice(start, end).stream() as ReadableStream<Uint8Array>,
    ...(reader ? { readSync: (start: number, end: number) => new Uint8Array(reader.readAsArrayBuffer(blob.slice(start, end))) } : {}),
  };
}

/** Reads a whole Blob into memory: synchronous range reads anywhere, at the cost of its size in memory. */
export async function loadBlob(blob: Blob, name = (blob as File).name ?? 'image'): Promise<ByteSource> {
  return memorySource(new Uint8Array(await blob.arrayBuffer()), name);
}
