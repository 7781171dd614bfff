// The terminal's prompt: the working directory under the lab's home (~),
// or, in a container on an opened image, the container and the path inside
// it (c1:/etc), as a shell in the container would see it.

type Named = { name: string; merged: string };

/** `container`: the session's containers (name and merged directory), when it starts from an image; the one holding `cwd` names the prompt. */
export function promptOf(cwd: string, container?: Named | readonly Named[] | null): string {
  const list: readonly Named[] = !container ? [] : Array.isArray(container) ? container : [container as Named];
  const c = list.find((x) => cwd === x.merged || cwd.startsWith(`${x.merged}/`));
  if (c) return `${c.name}:/${cwd.slice(c.merged.length + 1)} #`;
  return `${cwd === '' ? '~' : `~/${cwd}`} $`;
}
