// A container started by a command of the session lands on disk as
// startContainer puts one there: the same directories, modes, link and
// lower files, -init placeholders and l/ names, and the same mount
// options; the list of containers is read back from the mount table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childIno, ROOT_INO, type Fs } from '../engine/fs/fs.ts';
import { bytesOf } from '../engine/fs/inode.ts';
import { appendCommand, emptyTimeline } from '../replay/timeline.ts';
import { containerId, containerStartLine, nextContainerName, runningContainers } from './containers.ts';
import { openImage } from './open.ts';
import { memorySource } from './source.ts';
import { imageWorkspace, startContainer } from './workspace.ts';

const source = (name: string) => memorySource(new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url))), name);

/** Every entry under `path`: its kind, mode, and a file's bytes or a symlink's target. */
function listing(fs: Fs, path: string): string[] {
  let ino = ROOT_INO;
  for (const part of path.split('/')) ino = childIno(fs, ino, part)!;
  const out: string[] = [];
  const visit = (dir: number, prefix: string) => {
    const d = fs.inodes.get(dir)!;
    if (d.kind !== 'dir') return;
    for (const [name, child] of [...d.entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const i = fs.inodes.get(child)!;
      const extra = i.kind === 'file' ? bytesOf(i.data) : i.kind === 'symlink' ? i.target : '';
      out.push(`${prefix}${name} ${i.kind} ${i.mode.toString(8)} ${extra}`);
      if (i.kind === 'dir') visit(child, `${prefix}${name}/`);
    }
  };
  visit(ino, '');
  return out;
}

describe('a container started by a command', () => {
  it('is laid out and mounted as startContainer does it, and listed from the mount table', async () => {
    const image = await openImage(source('ks-oci-gzip.tar'));
    const w1 = startContainer(imageWorkspace(image), 'c1');
    const both = startContainer(w1, 'c2');
    const c1 = w1.containers[0];
    const t = appendCommand({ ...emptyTimeline(w1.state), initialCwd: `${c1.merged}/etc` }, containerStartLine(w1, 'c2', `${c1.merged}/etc`), 1);
    const cmd = t.commands[0];
    expect(cmd.stderr).toBe('');
    expect(cmd.status).toBe(0);
    const id = containerId(w1, 'c2');
    expect(id).toBe(both.containers[1].id);
    expect(cmd.cwd).toBe(`${w1.home}/${id}/merged`);
    for (const dir of [id, `${id}-init`]) {
      const byCommand = listing(cmd.after.fs, `${w1.home}/${dir}`).filter((l) => !l.startsWith('diff/etc/mtab'));
      expect(byCommand).toEqual(listing(both.state.fs, `${w1.home}/${dir}`).filter((l) => !l.startsWith('diff/etc/mtab')));
    }
    expect(listing(cmd.after.fs, `${w1.home}/l`)).toEqual(listing(both.state.fs, `${w1.home}/l`));
    const running = runningContainers(w1, cmd.after);
    expect(running.map((c) => c.name)).toEqual(['c1', 'c2']);
    expect(running[1].mountLine).toBe(both.containers[1].mountLine);
    expect(running[1].upper).toBe(`/${w1.home}/${id}/diff`);
    expect(nextContainerName(running)).toBe('c3');
    expect(nextContainerName([{ name: 'c1' }, { name: 'c3' }])).toBe('c2');
  });
});
