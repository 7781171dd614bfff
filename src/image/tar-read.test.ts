// readTar's backlog: while the consumer says it is behind (large files
// still being hashed elsewhere), no more of the input is read.
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { readTar } from './tar-read.ts';

async function tarOf(files: [string, number][]): Promise<Uint8Array> {
  const p = pack();
  const out: Uint8Array[] = [];
  p.on('data', (c) => void out.push(c as Uint8Array));
  const done = new Promise<void>((r) => p.on('end', () => r()));
  for (const [name, size] of files) p.entry({ name, size }, new Uint8Array(size).fill(7) as never);
  p.finalize();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

describe('readTar backlog', () => {
  it('reads no more input while the backlog is waited for, and sees every entry', async () => {
    const tar = await tarOf([['a', 3000], ['b', 5000], ['c', 100]]);
    let reads = 0;
    let at = 0;
    const input = new ReadableStream<Uint8Array>({
      pull(c) {
        if (at >= tar.length) return c.close();
        reads++;
        c.enqueue(tar.slice(at, at + 1024));
        at += 1024;
      },
    }, { highWaterMark: 0 });
    const names: string[] = [];
    const bytes = new Map<string, number>();
    let waits = 0;
    let readDuringWait = false;
    await readTar(input, 'test.tar', (e) => {
      names.push(e.name);
      return { data: (c) => void bytes.set(e.name, (bytes.get(e.name) ?? 0) + c.length), end() {} };
    }, {
      backlog: () => {
        // Every other read, pretend to be behind for a macrotask.
        if (reads % 2 === 0) return undefined;
        waits++;
        const before = reads;
        return new Promise<void>((r) => setTimeout(() => {
          if (reads !== before) readDuringWait = true;
          r();
        }, 1));
      },
    });
    expect(names).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(bytes)).toEqual({ a: 3000, b: 5000, c: 100 });
    expect(waits).toBeGreaterThan(2);
    expect(readDuringWait).toBe(false);
  });
});
