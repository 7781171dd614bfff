// The session as the page sees it: plain data that crosses from the Web
// Worker running the engine to the page that draws it. Nothing here holds a
// workspace; the worker keeps those.
import type { EngineEvent } from '../engine/events.ts';
import type { Completion } from '../replay/complete.ts';
import type { Span } from '../replay/groups.ts';
import type { PositionView, ViewRequest } from '../replay/view.ts';
import type { TraceDoc } from '../scenario/trace.ts';
import type { Observed } from '../lessons/observe.ts';
import type { ImageIndex, PathProvenance } from './image-browse-types.ts';
import type { ContainerInfo } from '../image/containers.ts';

/**
 * What a session starts from before its first command: nothing, a generated
 * stack (entries per directory: `fanout`, 100 by default), or a container
 * image (the file itself travels with the request: a Blob is cloned to the
 * worker without copying its bytes), opened with one container `c1` whose
 * merged directory is the working directory.
 */
export type Base = { kind: 'empty' } | { kind: 'stack'; layers: number; entries: number; fanout?: number } | ImageBase;

export interface ImageBase {
  kind: 'image';
  name: string;
  size: number;
  blob: Blob;
}

/** docker history's row, as the page shows it. */
export interface ImageHistoryRow {
  createdBy: string;
  created?: string;
  emptyLayer: boolean;
  /** The layer it made (1 = bottom). */
  layer?: number;
  size: number;
}

/** An opened image as the page shows it: its history and what its layers hide. */
export interface ImageSummary {
  name: string;
  format: string;
  layers: { index: number; digest: string; size: number; entries: number; hiddenBytes: number; storedBytes: number }[];
  history: ImageHistoryRow[];
  storedBytes: number;
  hiddenBytes: number;
  efficiency: number;
  topWasted: { path: string; layer: number; size: number }[];
  /** What to call overlay2's directories on screen, by workspace path: "L1 016b4e53" for a layer's diff/, "c1", "c1-init", "c1 work", "c1 merged". */
  names: Record<string, string>;
  /** The container the image was opened with (c1). */
  container: { name: string; merged: string; mountLine: string };
  /** The containers mounted after the last command, in mount order (c1 first, then those the session started). */
  containers: ContainerRow[];
  /** True while the checks left until after opening (diff ids, every file's sha256) are still running: commit and export wait for them. */
  checking?: boolean;
}

/** A container running on the image, as the page lists it (the image code's own description of one). */
export type ContainerRow = ContainerInfo;

/** What Export writes: an OCI archive, a `docker save` tar, or the top layer alone as a tar. */
export type ExportFormat = 'oci' | 'docker' | 'layer';

/** A file the worker made for the page to download or open. */
export interface MadeFile {
  blob: Blob;
  name: string;
}

/** A container's upper committed: the new image (an OCI archive) and what the new layer holds. */
export interface Committed extends MadeFile {
  container: string;
  entries: number;
  whiteouts: number;
  opaqueDirs: number;
}

/** A command of the session, without its workspaces. */
export interface CommandMeta {
  cmd: string;
  line: number;
  status: number;
  stdout: string;
  stderr: string;
  /** The working directory before it and after it (the next command starts there). */
  cwdBefore: string;
  cwd: string;
  /** Its micro-steps are positions first+1 .. first+count. */
  first: number;
  count: number;
  /** Micro-steps from this index on come from the look at the tree after the command. */
  walkFrom: number;
  /** The simple view's steps of more than one micro-step, as [from, to] indices (src/replay/groups.ts). */
  groups: readonly Span[];
}

/** A change of the session: the commands that stay, then the new ones. */
export interface SessionChange {
  /** Bumps with every change. */
  version: number;
  title?: string;
  description?: string;
  /** The title and description in Simplified Chinese (`# title.zh:`, `# description.zh:`). */
  titleZh?: string;
  descriptionZh?: string;
  base: Base;
  /** Commands 0 .. keep-1 are the ones the page already has. */
  keep: number;
  add: CommandMeta[];
  total: number;
  /** The opened image, when the base is one. */
  image?: ImageSummary;
  /** The view at the new end, when the page asked for it with the command (one round trip instead of two). */
  view?: PositionView;
  /** With that view, the first micro-steps of the command just run, which the timeline opens on (a third round trip saved). */
  events?: EventPage;
}

/** A session to open: a script (checked first), or commands, after a base. */
export interface LoadRequest {
  script?: string;
  commands?: readonly string[];
  title?: string;
  description?: string;
  /** The title and description in Simplified Chinese (`# title.zh:`, `# description.zh:`). */
  titleZh?: string;
  descriptionZh?: string;
  base: Base;
}

/** Why an operation failed, in words the page can show (the shell's own words in `detail`). */
export interface HostError {
  kind: 'rejected' | 'internal' | 'cancelled' | 'image';
  detail: string;
  /** For an image that could not be opened: the ImageError's code and params (src/image/errors.ts). */
  image?: { code: string; params: Record<string, string | number> };
  /** For a rejected line: where and why, as the terminal shows it. */
  diagnostics?: { line: number; column: number; message: string }[];
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** How far a long operation has come. */
export interface Progress {
  /** What is running: a command, a whole script, the generated stack, a session restored after a cancel. */
  phase: 'run' | 'load' | 'stack' | 'restore' | 'image';
  /** Micro-steps made so far (run), commands replayed (load, restore), bytes read (image). */
  done: number;
  /** Commands to replay or bytes to read, when known. */
  of?: number;
  /** Tar entries unpacked so far (image). */
  entries?: number;
  label: string;
}

/** Events of one command, a page of them (the micro-step list shows tens of thousands). */
export interface EventPage {
  command: number;
  from: number;
  events: EngineEvent[];
  walkFrom: number;
}

/** Every operation the page asks of the session host. */
export interface SessionOps {
  /** Asynchronous only for an image base (the archive is read as a stream). */
  load(req: LoadRequest): SessionChange | Promise<SessionChange>;
  /** Runs one more command; with `view`, the answer carries the view at the new end as well. */
  run(cmd: string, line: number, view?: Omit<ViewRequest, 'position'>): SessionChange;
  /** Keeps the first `count` commands; with `view`, the answer carries the view at its position (kept within the new end). */
  truncate(count: number, view?: ViewRequest): SessionChange;
  view(req: ViewRequest): PositionView;
  events(command: number, from: number, to: number): EventPage;
  complete(line: string): Completion & { line: string };
  /** The opened image's paths, for its tree (null without an image). */
  imageIndex(): ImageIndex | null;
  /** One path of the opened image (from `/`): every layer's version and what hides each. */
  imagePath(path: string): PathProvenance | null;
  /** The opened image's layer count and its top layer's entries as its tar names them (`etc/.wh.passwd`); null without an image. */
  topLayer(): { layers: number; names: string[] } | null;
  trace(name: string): TraceDoc;
  /** The command that starts the next container (c2, c3, …) on the opened image, from the session's last directory. */
  containerLine(): string;
  /** Commits a running container's upper as a new layer on the image: the new image, as an OCI archive. */
  commitContainer(name: string): Promise<Committed>;
  /** The opened image written out (built here, off the page's thread). */
  exportImage(format: ExportFormat): Promise<MadeFile>;
  /**
   * Settles when the opened image's checks are done (true; also with no
   * image): a worker answers it beside the queue of calls, so commands go
   * on meanwhile. Fails as opening would have (a diff-id mismatch).
   */
  imageChecks(): Promise<boolean>;
  /** The workspace after the last command as a trace records it (what lesson goals check). */
  observe(): Observed;
}

export type OpName = keyof SessionOps;
