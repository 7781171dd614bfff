// The index reads only headers and small members: the archive it sees has
// zeros for the data of large members and is otherwise the file itself,
// so the members, their offsets and the JSON it keeps are the same as
// from reading every byte.
import { readFileSync } from 'node:fs';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { indexArchive, withoutLargeData } from './archive-index.ts';
import { memorySource } from './source.ts';
import { readTar } from './tar-read.ts';

const FIXTURES = ['ks-oci-gzip.tar', 'ks-oci-plain.tar', 'ks-docker24-save.tar', 'ks-docker25-save.tar', 'ks-containerd-export.tar', 'ks-podman-docker-archive.tar', 'ks-skopeo-docker-archive.tar'];

async function all(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of stream as unknown as AsyncIterable<Uint8Array>) parts.push(p.slice());
  return new Uint8Array(Buffer.concat(parts));
}

async function entries(stream: ReadableStream<Uint8Array>) {
  const out: [string, number, number][] = [];
  await readTar(stream, 'x', (e) => void out.push([e.name, e.offset, e.size]));
  return out;
}

describe('withoutLargeData', () => {
  for (const f of FIXTURES) {
    it(`${f}: the same bytes but large members' data, and the same entries`, async () => {
      const bytes = new Uint8Array(readFileSync(`fixtures/images/${f}`));
      const source = memorySource(bytes, f);
      let read = 0;
      const counted = { ...source, readSync: (a: number, b: number) => ((read += b - a), bytes.subarray(a, b)) };
      const seen = await all(withoutLargeData(counted, 1024));
      expect(seen.length).toBe(bytes.length);
      const big = (await entries(source.stream())).filter(([, , size]) => size > 1024);
      expect(big.length).toBeGreaterThan(0);
      for (const [, offset, size] of big) expect(seen.subarray(offset, offset + size).every((b) => b === 0)).toBe(true);
      // Outside them, the file's own bytes.
      const masked = bytes.slice();
      for (const [, offset, size] of big) masked.fill(0, offset, offset + size);
      expect(Buffer.compare(seen, masked)).toBe(0);
      // A megabyte at a time: these fixtures are read in one or two reads.
      expect(read).toBeLessThanOrEqual(bytes.length);
      expect(await entries(withoutLargeData(counted, 1024))).toEqual(await entries(source.stream()));
    });
  }

  it('skips the data of a large member, reading a megabyte at a time around it', async () => {
    const p = pack();
    const parts: Uint8Array[] = [];
    p.on('data', (c) => void parts.push(c as Uint8Array));
    const done = new Promise<void>((r) => p.on('end', () => r()));
    p.entry({ name: 'blobs/sha256/big', size: 9 << 20 }, new Uint8Array(9 << 20).fill(1) as never);
    p.entry({ name: 'index.json', size: 2 }, '{}');
    p.finalize();
    await done;
    const bytes = new Uint8Array(Buffer.concat(parts));
    let read = 0;
    let calls = 0;
    const source = { ...memorySource(bytes, 'big.tar'), readSync: (a: number, b: number) => ((read += b - a), calls++, bytes.subarray(a, b)) };
    const index = await indexArchive(source);
    expect([...index.members.keys()]).toEqual(['blobs/sha256/big', 'index.json']);
    expect(new TextDecoder().decode(index.members.get('index.json')!.bytes)).toBe('{}');
    expect(read).toBeLessThanOrEqual(2 << 20);
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('indexArchive: the same members and kept JSON as a full read', async () => {
    for (const f of FIXTURES) {
      const bytes = new Uint8Array(readFileSync(`fixtures/images/${f}`));
      const fast = await indexArchive(memorySource(bytes, f));
      const full = await indexArchive({ ...memorySource(bytes, f), readSync: undefined });
      expect([...fast.members.values()]).toEqual([...full.members.values()]);
    }
  });
});
