// Containers on an image: overlay2's layout on the engine's disk, several
// containers sharing the image's layers with an upper each, a scenario run
// inside one, its upper committed and the image written out and read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { O_RDONLY } from '../engine/api.ts';
import { Kernel } from '../engine/kernel.ts';
import { commitContainer } from './commit.ts';
import { exportImage } from './export.ts';
import { nobleSha256 } from './hash.ts';
import { openImage } from './open.ts';
import { runInContainer } from './run-script.ts';
import { memorySource } from './source.ts';
import { formatTree } from './tree.ts';
import { containerTree, imageTree } from './view.ts';
import { imageGraphDriver, imageWorkspace, startContainer } from './workspace.ts';

const DIR = new URL('../../fixtures/images/', import.meta.url);
const source = (name: string) => memorySource(new Uint8Array(readFileSync(new URL(name, DIR))), name);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const SCRIPT = `rm etc/passwd
echo "new motd" > etc/motd
mkdir -p opt/added
echo data > opt/added/file
rm -r var/log
mkdir var/log
echo fresh > var/log/x
chmod 600 usr/lib/libdata.so.1
`;

describe('overlay2 on the engine', () => {
  it('lays the image out as overlay2 does, and mounts two containers over the same lowers', async () => {
    const image = await openImage(source('ks-oci-gzip.tar'));
    let w = imageWorkspace(image);
    w = startContainer(startContainer(w, 'web'), 'worker');
    const k = new Kernel(w.state, '', { record: false });
    const home = w.home;
    const [bottom, , , top] = w.layers;
    expect(k.readlink(`${home}/l/${bottom.link}`)).toEqual({ ok: true, value: `../${bottom.id}/diff` });
    expect(bottom.link).toMatch(/^[A-Z2-7]{26}$/);
    const cat = (p: string) => {
      const fd = k.open(p, O_RDONLY);
      if (!fd.ok) return null;
      const r = k.read(fd.value);
      k.close(fd.value);
      return r.ok ? r.value : null;
    };
    expect(cat(`${home}/${bottom.id}/lower`)).toBeNull();
    expect(cat(`${home}/${top.id}/lower`)).toBe(top.lower.join(':'));
    expect(top.lower).toHaveLength(3);
    expect(k.lstat(`${home}/${bottom.id}/committed`).ok).toBe(true);
    const [web, worker] = w.containers;
    expect(web.mountOptions).toContain(`lowerdir=/${home}/l/`);
    expect(web.mountOptions.split(',').find((o) => o.startsWith('lowerdir='))!.split(':')).toHaveLength(5);
    expect(web.graphDriver.Data.UpperDir).toBe(`/${home}/${web.id}/diff`);
    expect(web.graphDriver.Data.LowerDir!.split(':')[0]).toBe(`/${home}/${web.id}-init/diff`);
    expect(imageGraphDriver(w).Data.UpperDir).toBe(`/${home}/${top.id}/diff`);
    // Two containers, separate uppers: a write in one is not seen in the other.
    const r = runInContainer(w, 'web', 'echo changed > etc/motd\n');
    const k2 = new Kernel(r.workspace.state, '', { record: false });
    expect(k2.lstat(`${web.merged}/etc/motd`).ok).toBe(true);
    expect(k2.lstat(`${worker.merged}/etc/motd`).ok).toBe(false);
    expect(k2.lstat(`${home}/${web.id}/diff/etc/motd`).ok).toBe(true);
    // The -init layer shows through each container, with Docker's placeholders.
    const t = containerTree(r.workspace, 'worker');
    expect(t.rows.find((x) => x.path === '/.dockerenv')?.layer).toBe('init');
    expect(t.rows.find((x) => x.path === '/etc/mtab')?.target).toBe('/proc/mounts');
  });

  it('reads a large file on demand through a container (cat), without keeping it', async () => {
    const image = await openImage(source('ks-oci-zstd.tar'), { inlineLimit: 100 });
    const w = startContainer(imageWorkspace(image), 'c');
    const r = runInContainer(w, 'c', 'cat usr/lib/big.bin\n');
    const out = r.timeline.commands[0].stdout;
    expect(out.length).toBe(3000);
    expect(out.startsWith('a line of a file too large')).toBe(true);
  });
});

describe('commit and export', () => {
  it.each(['oci', 'docker'] as const)('commits a scenario as a new layer and reads the %s archive back to the same merged tree', async (format) => {
    const src = source('ks-docker24-save.tar');
    const image = await openImage(src);
    const w = startContainer(imageWorkspace(image), 'c');
    const run = runInContainer(w, 'c', SCRIPT);
    expect(run.timeline.commands.map((c) => c.status)).toEqual(SCRIPT.trim().split('\n').map(() => 0));
    const layer = await commitContainer(run.workspace, 'c');
    expect(layer.whiteouts).toBe(1);
    expect(layer.opaqueDirs).toBe(1);
    const bytes = await collect(exportImage(src, image, [{ tar: layer.tar, diffId: layer.diffId, createdBy: 'RUN script' }], { format, tag: 'ks:new', hash: nobleSha256 }));
    const again = await openImage(memorySource(bytes, `out-${format}.tar`));
    expect(again.layers).toHaveLength(5);
    expect(again.history[again.history.length - 1].createdBy).toBe('RUN script');
    expect(again.refs).toEqual(['ks:new']);
    const tree = formatTree(imageTree(again));
    // What the container showed (its -init placeholders aside) is what the new image shows.
    const INIT = new Set(['/.dockerenv', '/dev/console', '/dev/pts', '/dev/shm', '/proc', '/sys', '/etc/hostname', '/etc/hosts', '/etc/mtab', '/etc/resolv.conf']);
    const files = (rows: ReturnType<typeof imageTree>['rows']) => rows.filter((r) => r.type !== 'd' && !INIT.has(r.path)).map((r) => `${r.path} ${r.type} ${r.mode.toString(8)} ${r.size} ${r.sha256} ${r.target}`);
    expect(files(imageTree(again).rows)).toEqual(files(containerTree(run.workspace, 'c').rows));
    expect(tree).toContain('/opt/added/file\tf\t0644\t0:0\t5\t');
    expect(tree).not.toContain('/etc/passwd\t');
    expect(tree).toContain('/usr/lib/libdata.so.1\tf\t0600');
  });
});
