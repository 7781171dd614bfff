// More containers on an opened image, started the way a learner can watch:
// one shell line that does what overlay2's Create and Get do on disk (the
// -init layer with Docker's placeholders, the container's diff/ work/
// merged/, link and lower files, the l/ short names) and then mounts it
// with the same `mount -t overlay` line startContainer gives c1. As a
// command of the session it is a step like any other: the timeline narrates
// it, Undo takes it back, a reload replays it. The containers running are
// read back from the mount table, so they are always what the kernel has.
import { childIno, ROOT_INO } from '../engine/fs/fs.ts';
import type { Workspace } from '../engine/workspace.ts';
import { hexOf, shortName } from './overlay2.ts';
import type { ImageWorkspace } from './workspace.ts';

/** A container as the page lists it. */
export interface ContainerInfo {
  name: string;
  id: string;
  /** Workspace path of its root, the merged directory (no leading slash). */
  merged: string;
  /** Its upper directory, from `/`. */
  upper: string;
  /** Its mount as a command line (paths from `/`). */
  mountLine: string;
  /** The engine's id of its mount (what the grid is asked to show); -1 before the first change lists it. */
  mount: number;
}

/** The id overlay2 gives a container of this name on this image (deterministic, as startContainer draws it). */
export function containerId(w: ImageWorkspace, name: string): string {
  const top = w.layers[w.layers.length - 1];
  return hexOf(w.hash, `container:${w.image.configDigest ?? top.id}:${name}`);
}

/** How far names are tried when reading names back from ids (c1 … cMAX). */
const MAX_NAMED = 200;

/** The containers mounted in `state`, in mount order: overlays on <home>/<id>/merged. */
export function runningContainers(w: ImageWorkspace, state: Workspace, byId = new Map<string, string>()): ContainerInfo[] {
  const home = `/${w.home}`;
  for (const c of w.containers) byId.set(c.id, c.name);
  const out: ContainerInfo[] = [];
  const named = (id: string): string => {
    const known = byId.get(id);
    if (known) return known;
    for (let i = 1; i <= MAX_NAMED; i++) {
      const n = `c${i}`;
      const cid = containerId(w, n);
      byId.set(cid, n);
      if (cid === id) return n;
    }
    return id.slice(0, 12);
  };
  const seen = new Set<string>();
  for (const m of state.mounts) {
    const t = m.target.startsWith('/') ? m.target : `/${m.target}`;
    const hit = /^(.*)\/([0-9a-f]{64})\/merged$/.exec(t);
    if (!hit || hit[1] !== home || !m.upper) continue;
    const id = hit[2];
    if (seen.has(id)) continue;
    seen.add(id);
    // Paths as the kernel resolved them from where the mount was made (overlay2's home): c1's shape.
    const at = (given: string) => (given.startsWith('/') ? given : `${home}/${given}`);
    const options = `index=off,lowerdir=${m.lowers.map((l) => at(l.given)).join(':')},upperdir=${at(m.upper.given)},workdir=${home}/${id}/work`;
    const known = w.containers.find((c) => c.id === id);
    out.push({ name: named(id), id, merged: t.slice(1), upper: `${home}/${id}/diff`, mountLine: known?.mountLine ?? `mount -t overlay overlay -o ${options} ${t}`, mount: m.id });
  }
  return out;
}

/** The first name c1, c2, … no running container has (and, given `inUse`, whose directories are not left on disk either). */
export function nextContainerName(running: readonly { name: string }[], inUse: (name: string) => boolean = () => false): string {
  const taken = new Set(running.map((c) => c.name));
  for (let i = 1; ; i++) if (!taken.has(`c${i}`) && !inUse(`c${i}`)) return `c${i}`;
}

/** Whether overlay2's directory for container `name` is already on disk in `state` (a container unmounted, or made by hand). */
export function containerDirExists(w: ImageWorkspace, state: Workspace, name: string): boolean {
  let ino: number | undefined = ROOT_INO;
  for (const part of `${w.home}/${containerId(w, name)}`.split('/')) {
    ino = childIno(state.fs, ino, part);
    if (ino === undefined) return false;
  }
  return true;
}

/**
 * The shell line that starts container `name`: overlay2's directories for
 * it and its -init layer, then the mount (startContainer's options, so the
 * line has c1's shape), ending in the container's root. Every path is
 * relative to `cwd` (the scenario language has no absolute paths).
 */
export function containerStartLine(w: ImageWorkspace, name: string, cwd = ''): string {
  const top = w.layers[w.layers.length - 1];
  const id = containerId(w, name);
  const initId = `${id}-init`;
  const initLink = shortName(w.hash, initId);
  const link = shortName(w.hash, id);
  const imageLowers = [`l/${top.link}`, ...top.lower];
  const ctrLowers = [`l/${initLink}`, ...imageLowers];
  // overlay2's own form when it mounts from its home (mountFrom): short names, relative paths.
  const options = `index=off,lowerdir=${ctrLowers.join(':')},upperdir=${id}/diff,workdir=${id}/work`;
  const up = '../'.repeat(cwd.split('/').filter(Boolean).length);
  const placeholders = ['diff/.dockerenv', 'diff/dev/console', 'diff/etc/hostname', 'diff/etc/hosts', 'diff/etc/resolv.conf'];
  const parts = [
    `cd ${up}${w.home}`,
    `mkdir -m 710 ${initId} ${id}`,
    `cd ${initId}`,
    'mkdir diff diff/dev diff/dev/pts diff/dev/shm diff/etc diff/proc diff/sys',
    'mkdir -m 700 work',
    `touch ${placeholders.join(' ')}`,
    `chmod 755 ${placeholders.join(' ')}`,
    // /proc/mounts as seen from the container's /etc (the language keeps symlink targets relative).
    'ln -s ../proc/mounts diff/etc/mtab',
    `printf ${initLink} > link`,
    `printf ${imageLowers.join(':')} > lower`,
    'touch committed',
    'chmod 600 committed',
    `cd ../${id}`,
    'mkdir diff',
    'mkdir -m 700 work merged',
    `printf ${link} > link`,
    `printf ${ctrLowers.join(':')} > lower`,
    'cd ../l',
    `ln -s ../${initId}/diff ${initLink}`,
    `ln -s ../${id}/diff ${link}`,
    'cd ..',
    `mount -t overlay overlay -o ${options} ${id}/merged`,
    `cd ${id}/merged`,
  ];
  return parts.join(' && ');
}
