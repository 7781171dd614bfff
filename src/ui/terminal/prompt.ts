// The terminal's prompt: the working directory under the lab's home (~),
// or, in a container on an opened image, the container and the path inside
// it (c1:/etc), as a shell in the container would see it.

/** `container`: the session's container (name and merged directory), when it starts from an image. */
export function promptOf(cwd: string, container?: { name: string; merged: string } | null): string {
  if (container && (cwd === container.merged || cwd.startsWith(`${container.merged}/`))) return `${container.name}:/${cwd.slice(container.merged.length + 1)} #`;
  return `${cwd === '' ? '~' : `~/${cwd}`} $`;
}
