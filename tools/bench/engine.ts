// The one place the benchmarks touch the engine's API. Everything else in
// tools/bench* speaks in plain trees, command lines and counts, so when the
// engine, the shell or the timeline change shape only this file is
// re-pointed.
import { O_APPEND, O_WRONLY } from '../../src/engine/api.ts';
import { loadTree } from '../../src/engine/fs/bulk.ts';
import { Kernel } from '../../src/engine/kernel.ts';
import type { Workspace } from '../../src/engine/workspace.ts';
import { generateStack as generate, stackSpec } from '../../src/replay/generate.ts';
import { walkMounts } from '../../src/engine/overlay/walk.ts';
import { appendCommand, emptyTimeline, type Timeline } from '../../src/replay/timeline.ts';

/** A directory's contents: a string is a file's bytes (one char per byte), an object a directory. */
export interface Tree {
  [name: string]: Tree | string;
}

/** Lower layers, top first (the lowerdir order), each with its tree. */
export interface Layers {
  lowers: string[];
  trees: Tree[];
}

/** A mounted workspace: lowers, an empty upper/ and work/, and merged/. Opaque to callers. */
export type Stack = { readonly __stack: unique symbol };
/** A session's history: every command with its events and the workspaces before and after it. Opaque to callers. */
export type History = { readonly __history: unique symbol };

const ws = (s: Stack) => s as unknown as Workspace;

/** The layer trees of the app's generated stack (`?stack=N&layers=L`). */
export function stackLayers(layers: number, entries: number): Layers {
  return stackSpec({ layers, entries }) as Layers;
}

/** The app's own stack build, as `?stack=` does it (for timing). */
export function generateStack(layers: number, entries: number): void {
  generate({ layers, entries });
}

/** The mount options every bench stack uses, relative to the workspace root. */
export function mountOptions(lowers: string[], dir = '.'): string {
  return `lowerdir=${lowers.map((l) => `${dir}/${l}`).join(':')},upperdir=${dir}/upper,workdir=${dir}/work`;
}

/** Builds the lowers from `layers`, mounts them on merged/ with an empty upper. */
export function mountStack(layers: Layers): Stack {
  const k = new Kernel(undefined, '', { record: false });
  for (const d of ['upper', 'work', 'merged', ...layers.lowers]) k.mkdir(d, 0o755);
  layers.lowers.forEach((layer, i) => {
    const root = k.ws.fs.inodes.get(1)!;
    const ino = root.kind === 'dir' ? root.entries.get(layer) : undefined;
    if (ino === undefined) throw new Error(`no layer ${layer}`);
    k.ws = { ...k.ws, fs: loadTree(k.ws.fs, ino, layers.trees[i]) };
  });
  const r = k.mount('overlay', 'merged', 'overlay', 0, mountOptions(layers.lowers));
  if (!r.ok) throw new Error(`mount failed: ${r.errno}`);
  // As the app opens a stack: looked at once, so a command pays only for what it changes.
  walkMounts(k);
  return k.ws as unknown as Stack;
}

/**
 * Runs one command line on the stack as the app does (the command, its
 * events kept, then the look at the tree every step ends with), then drops
 * the result.
 */
export function runCommand(stack: Stack, line: string): { status: number; stdout: string; stderr: string; microSteps: number } {
  const t = appendCommand(emptyTimeline(ws(stack)), line, 1);
  const c = t.commands[0];
  return { status: c.status, stdout: c.stdout, stderr: c.stderr, microSteps: c.count };
}

/** stat(2) through a fresh kernel (no cached lookups): whether the path exists. */
export function statPath(stack: Stack, path: string): boolean {
  return new Kernel(ws(stack)).stat(path).ok;
}

/** open(O_WRONLY|O_APPEND), write, close: the syscalls of `echo >>`, without the shell. */
export function appendBytes(stack: Stack, path: string, bytes: string): void {
  const k = new Kernel(ws(stack));
  const fd = k.open(path, O_WRONLY | O_APPEND);
  if (!fd.ok) throw new Error(`open ${path}: ${fd.errno}`);
  k.write(fd.value, bytes);
  k.close(fd.value);
}

/** readdir(3) of a directory through a fresh kernel: how many names (without . and ..). */
export function readdirCount(stack: Stack, path: string): number {
  const r = new Kernel(ws(stack)).readdir(path);
  if (!r.ok) throw new Error(`readdir ${path}: ${r.errno}`);
  return r.value.length;
}

export function emptyHistory(stack: Stack): History {
  return emptyTimeline(ws(stack)) as unknown as History;
}

/** The history with one more command, run as the app runs a line typed in the terminal. */
export function appendToHistory(h: History, line: string): History {
  const t = h as unknown as Timeline;
  return appendCommand(t, line, t.commands.length + 1) as unknown as History;
}

export function microStepCount(h: History): number {
  return (h as unknown as Timeline).total;
}
