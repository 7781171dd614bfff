// The Node side of src/image: a file on disk as a ByteSource (streams for
// the one pass, synchronous range reads for fetching a large file later),
// node:crypto's sha256 (native, several times faster than a JS one), and
// stdout that ends quietly when its reader goes away.
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import type { Sha256Factory } from '../../src/image/hash.ts';
import type { ByteSource } from '../../src/image/source.ts';
import { out, quietPipes } from '../cli/stdout.ts';

export const nodeSha256: Sha256Factory = () => {
  const h = createHash('sha256');
  return { update: (d) => void h.update(d), hex: () => h.digest('hex') };
};

const CHUNK = 64 << 10;
const readAsync = promisify(read);
const readAt = (fd: number, buf: Uint8Array, position: number) => readAsync(fd, buf, 0, buf.length, position);

export function fileSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    name: path,
    size,
    stream(start = 0, end = size) {
      // Pulled a chunk at a time (Readable.toWeb reads ahead without bound on Node 20).
      let at = start;
      return new ReadableStream<Uint8Array>(
        {
          async pull(c) {
            if (at >= end) return c.close();
            const buf = new Uint8Array(Math.min(CHUNK, end - at));
            const { bytesRead } = await readAt(fd, buf, at);
            if (bytesRead === 0) return c.close();
            at += bytesRead;
            c.enqueue(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
          },
        },
        { highWaterMark: 0 },
      );
    },
    readSync(start, end) {
      const out = new Uint8Array(end - start);
      let at = 0;
      while (at < out.length) {
        const n = readSync(fd, out, at, out.length - at, start + at);
        if (n === 0) break;
        at += n;
      }
      return out.subarray(0, at);
    },
    close: () => closeSync(fd),
  };
}

/** Writes to stdout; a reader that closed early (EPIPE) ends the program quietly (tools/cli/stdout.ts). */
export function quietStdout(): (text: string) => void {
  quietPipes();
  return out;
}
