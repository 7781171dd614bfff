// The session itself: the timeline and the views of it, owned by whoever
// runs the engine (a Web Worker in the browser, the test itself in Node).
// Every operation is synchronous here; hosts make them asynchronous.
import { Kernel } from '../engine/kernel.ts';
import { walkMounts } from '../engine/overlay/walk.ts';
import { completeLine } from '../replay/complete.ts';
import { generateStack } from '../replay/generate.ts';
import { dropStateCache, prepareEnd } from '../replay/states.ts';
import { appendCommand, checkCommand, emptyTimeline, endOf, truncateTimeline, timelineToTrace, type CommandStep, type Timeline } from '../replay/timeline.ts';
import { Viewer, type ViewRequest } from '../replay/view.ts';
import { parseScenario, ScriptRejected } from '../scenario/run.ts';
import { ScenarioFormatError } from '../scenario/script.ts';
import { observeTimeline } from '../lessons/observe.ts';
import { groupSpans } from '../replay/groups.ts';
import { applyLayerDigests, layerDigests, layersToCheck, namingArchive, analyzeImage, blobSource, layerTarNames, commitContainer, containerDirExists, containerStartLine, exportImage, ImageError, imageWorkspace, inflateLayer, isImageError, nextContainerName, nobleSha256, openImage, wasmSha256, webCryptoDigest, runningContainers, startContainer, type Image, type ImageWorkspace, type Sha256Factory } from '../image/index.ts';
import type { Workspace } from '../engine/workspace.ts';
import type { HashHelper } from './hash-helper.ts';
import { imageIndex, pathProvenance } from './image-browse.ts';
import type { Committed, CommandMeta, ContainerRow, EventPage, ExportFormat, HostError, ImageBase, ImageSummary, LoadRequest, MadeFile, Progress, SessionChange, SessionOps } from './protocol.ts';

/** Largest page of events sent at once. */
export const EVENT_PAGE = 2000;
/** Micro-steps sent with a command's answer: the timeline's first page of them. */
export const RUN_EVENTS = 500;

function metaOf(c: CommandStep): CommandMeta {
  return { cmd: c.cmd, line: c.line, status: c.status, stdout: c.stdout, stderr: c.stderr, cwdBefore: c.cwdBefore, cwd: c.cwd, first: c.first, count: c.count, walkFrom: c.walkFrom, groups: groupSpans(c.events, c.walkFrom) };
}

/** An operation's failure as the page gets it. */
export function hostError(e: unknown): HostError {
  if (isImageError(e)) return { kind: e.code === 'aborted' ? 'cancelled' : 'image', detail: e.message, image: { code: e.code, params: { ...e.params } } };
  if (e instanceof ScriptRejected) return { kind: 'rejected', detail: e.message, diagnostics: e.diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message })) };
  if (e instanceof ScenarioFormatError) return { kind: 'rejected', detail: e.message };
  return { kind: 'internal', detail: e instanceof Error ? e.message : String(e) };
}

/**
 * The checks an image was opened without (openImage's deferChecks: the
 * diff ids and every file's sha256), done once its grid is up: run once
 * asked for, stopped when the image is replaced.
 */
interface Checks {
  readonly ac: AbortController;
  run: Promise<void> | null;
  done: boolean;
}

interface OpenedImage {
  base: ImageBase;
  summary: ImageSummary;
  w: ImageWorkspace;
  checks: Checks;
}

/** The sha256 images are hashed with here: WebAssembly where it runs (twice the pure-JS speed), else @noble/hashes. Made once. */
let imageHash: Promise<Sha256Factory> | null = null;
const hashFactory = () => (imageHash ??= wasmSha256().then((f) => f ?? nobleSha256));
/** A second WebAssembly sha256 for a layer's tar read again beside its files (no state swapped at each chunk), or null. */
let tarHash: Promise<Sha256Factory | null> | null = null;
const tarHashFactory = () => (tarHash ??= wasmSha256());

export class SessionCore implements SessionOps {
  private t: Timeline = emptyTimeline();
  private base: LoadRequest['base'] = { kind: 'empty' };
  private version = 0;
  /** The opened image (when the base is one) and its container's workspace before any command. */
  private image: OpenedImage | null = null;
  private readonly viewer = new Viewer();
  /** Container ids already named (c1, c2, …), so the list is read back from the mount table cheaply. */
  private readonly containerNames = new Map<string, string>();
  /** Told how a long operation is going (the host throttles it). */
  progress: (p: Progress) => void = () => undefined;
  /** Where layer blobs and their tars can be hashed beside the unpacking (a helper worker), if anywhere. */
  hashHelper: HashHelper | null = null;

  /** The timeline (tests and the command line look at it directly). */
  get timeline(): Timeline {
    return this.t;
  }

  private change(prev: Timeline): SessionChange {
    let keep = 0;
    const n = Math.min(prev.commands.length, this.t.commands.length);
    if (prev.initial === this.t.initial) while (keep < n && prev.commands[keep] === this.t.commands[keep]) keep++;
    this.version++;
    return {
      version: this.version,
      title: this.t.title,
      description: this.t.description,
      titleZh: this.t.titleZh,
      descriptionZh: this.t.descriptionZh,
      base: this.base,
      keep,
      add: this.t.commands.slice(keep).map(metaOf),
      total: this.t.total,
      ...(this.base.kind === 'image' && this.image ? { image: this.imageNow() } : {}),
    };
  }

  /** The running containers, after the last command. */
  private containers(): ContainerRow[] {
    if (!this.image) return [];
    return runningContainers(this.image.w, endOf(this.t).state, this.containerNames).map((c) => ({ name: c.name, id: c.id, merged: c.merged, upper: c.upper, mountLine: c.mountLine, mount: c.mount }));
  }

  /** The image summary with the containers running now, their directories named on screen. */
  private imageNow(): ImageSummary {
    const s = this.image!.summary;
    const containers = this.containers();
    const names = { ...s.names };
    const home = this.image!.w.home;
    for (const c of containers) {
      names[`${home}/${c.id}/diff`] = c.name;
      names[`${home}/${c.id}-init/diff`] = `${c.name}-init`;
      names[`${home}/${c.id}/work`] = `${c.name} work`;
      names[c.merged] = `${c.name} merged`;
    }
    return { ...s, names, containers, checking: !this.image!.checks.done };
  }

  /** The opened image's checks (started if they were not), settled when they are done; rejects as a failed open would. */
  private checked(im: OpenedImage): Promise<void> {
    const c = im.checks;
    c.run ??= (async () => {
      const image = im.w.image;
      const todo = layersToCheck(image);
      const hash = await hashFactory();
      for (let i = 0; i < todo.length; i++) {
        const l = todo[i];
        if (!l) continue;
        if (c.ac.signal.aborted) throw new ImageError('aborted', { archive: im.base.name, file: l.where }, `${im.base.name}: cancelled`);
        const here = async () => layerDigests(blobSource(im.base.blob, im.base.name), l, { hash, tarHash: (await tarHashFactory()) ?? hash, signal: c.ac.signal });
        let d;
        try {
          // On the helper's thread where there is one: this one keeps answering the page meanwhile.
          const there = this.hashHelper?.digests(im.base.blob, im.base.name, l, c.ac.signal);
          // A helper that stopped (not a fault of the image) leaves the reading to this thread.
          d = there ? await there.catch((e: unknown) => (isImageError(e) ? Promise.reject(e) : here())) : await here();
        } catch (e) {
          throw namingArchive(e, im.base.name);
        }
        applyLayerDigests(image, i, d);
      }
      c.done = true;
    })();
    // Seen by whoever waits for it (imageChecks, a commit); stopped checks nobody waits for are no error.
    c.run.catch(() => undefined);
    return c.run;
  }

  /**
   * Waits for the opened image's checks (starting them): true once they
   * passed, or when no image is open. A failed check rejects with the
   * error opening the image would have given (the page then brings back
   * the session before the image).
   */
  async imageChecks(): Promise<boolean> {
    if (!this.image || this.base.kind !== 'image') return true;
    await this.checked(this.image);
    return true;
  }

  private openedImage() {
    if (!this.image || this.base.kind !== 'image') throw new ImageError('container', { archive: this.base.kind }, 'no image is open');
    return this.image;
  }

  containerLine(): string {
    const im = this.openedImage();
    const { state, cwd } = endOf(this.t);
    return containerStartLine(im.w, nextContainerName(this.containers(), (n) => containerDirExists(im.w, state, n)), cwd);
  }

  async commitContainer(name: string): Promise<Committed> {
    const im = this.openedImage();
    // A commit writes the image out: not before it is known to be what its archive says.
    await this.checked(im);
    const c = this.containers().find((x) => x.name === name);
    if (!c) throw new ImageError('container', { archive: im.base.name, name }, `no container named ${name} is running`);
    const w = { ...im.w, state: endOf(this.t).state, containers: [...im.w.containers.filter((x) => x.id !== c.id), { ...im.w.containers[0], name, id: c.id, merged: c.merged }] };
    const hash = await hashFactory();
    const layer = await commitContainer(w, name, hash);
    const chunks: Uint8Array[] = [];
    for await (const chunk of exportImage(blobSource(im.base.blob, im.base.name), im.w.image, [{ tar: layer.tar, diffId: layer.diffId, createdBy: `overlay-lab commit ${name}` }], { format: 'oci', hash })) chunks.push(chunk);
    const stem = im.base.name.replace(/\.(tar|tar\.gz|tgz|tar\.zst|oci)$/i, '');
    return { blob: new Blob(chunks as BlobPart[], { type: 'application/x-tar' }), name: `${stem}+${name}.tar`, container: name, entries: layer.entries, whiteouts: layer.whiteouts, opaqueDirs: layer.opaqueDirs };
  }

  async exportImage(format: ExportFormat): Promise<MadeFile> {
    const im = this.openedImage();
    await this.checked(im);
    const source = blobSource(im.base.blob, im.base.name);
    const image = im.w.image;
    const stem = im.base.name.replace(/\.(tar|tar\.gz|tgz|tar\.zst|oci)$/i, '');
    const chunks: Uint8Array[] = [];
    if (format === 'layer') {
      const top = image.layers[image.layers.length - 1];
      if (!top) throw new ImageError('container', { archive: im.base.name }, 'the image has no layer');
      for await (const chunk of inflateLayer(source, top) as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
      return { blob: new Blob(chunks as BlobPart[], { type: 'application/x-tar' }), name: `${stem}-layer${top.index}.tar` };
    }
    const hash = await hashFactory();
    for await (const chunk of exportImage(source, image, [], { format, hash })) chunks.push(chunk);
    return { blob: new Blob(chunks as BlobPart[], { type: 'application/x-tar' }), name: `${stem}-${format}.tar` };
  }

  load(req: LoadRequest): SessionChange | Promise<SessionChange> {
    if (req.base.kind === 'image') return this.loadImage(req, req.base);
    return this.loadOn(req, null);
  }

  /** Opens the image (again only when it is another file), starts container c1 on it, then runs the commands in it. */
  private async loadImage(req: LoadRequest, base: ImageBase): Promise<SessionChange> {
    let opened = this.image;
    if (!opened || opened.base.blob !== base.blob) {
      const digest = webCryptoDigest();
      const helper = this.hashHelper;
      helper?.start();
      const image = await openImage(blobSource(base.blob, base.name), {
        ...(digest ? { digest } : {}),
        ...(helper ? { streamHash: () => helper.hashers() } : {}),
        hash: await hashFactory(),
        // The diff ids and the files' digests are checked once the grid is up (imageChecks); blob digests now.
        deferChecks: true,
        onProgress: (p) => this.progress({ phase: 'image', done: p.bytes, of: p.totalBytes || undefined, entries: p.entries, label: base.name }),
      });
      const w = startContainer(imageWorkspace(image), 'c1');
      // The look at the tree every command ends with, taken once here and kept (as for a generated stack):
      // the first command then pays only for what it changes (it walked all 8,000 names of a minbase image again, 300 ms).
      const k = new Kernel(w.state, w.containers[0].merged, { record: 'none' });
      walkMounts(k);
      const walked = { ...w, state: k.ws };
      opened = { base, summary: summarize(image, walked), w: walked, checks: { ac: new AbortController(), run: null, done: false } };
    }
    const c = opened.w.containers[0];
    const change = this.loadOn(req, { state: opened.w.state, cwd: c.merged, workdir: `${opened.w.home}/${c.id}/work` }, () => {
      this.image = opened;
    });
    return change;
  }

  private loadOn(req: LoadRequest, start: { state: Workspace; cwd: string; workdir: string } | null, commit?: () => void): SessionChange {
    const steps = req.script !== undefined ? parseScenario(req.script) : null;
    const commands = steps ? steps.steps : (req.commands ?? []).map((source, i) => ({ source, line: i + 1 }));
    if (!steps) for (const c of commands) checkCommand(c.source);
    let initial;
    if (req.base.kind === 'stack') {
      this.progress({ phase: 'stack', done: 0, label: `${req.base.entries} entries` });
      const generated = new Kernel(generateStack({ layers: req.base.layers, entries: req.base.entries, fanout: req.base.fanout }).state, '', { record: 'none' });
      // The look at the tree every command ends with, taken once here: the first command then pays only for what it changes.
      walkMounts(generated);
      initial = generated.ws;
    }
    if (start) initial = start.state;
    let t: Timeline = { ...emptyTimeline(initial), title: steps?.title ?? req.title, description: steps?.description ?? req.description };
    // The translations go with the English they translate: a script's own, or the request's.
    const own = steps && (steps.title !== undefined || steps.description !== undefined) ? steps : req;
    t = { ...t, titleZh: own.titleZh, descriptionZh: own.descriptionZh };
    if (start) t = { ...t, initialCwd: start.cwd, workdirs: [start.workdir] };
    commands.forEach((c, i) => {
      this.progress({ phase: 'load', done: i, of: commands.length, label: c.source });
      t = appendCommand(t, c.source, c.line);
    });
    const prev = this.t;
    this.t = t;
    this.base = req.base;
    const was = this.image;
    if (commit) commit();
    else this.image = null;
    // An image replaced by another session: its checks stop (opened again, it is checked again).
    if (was && was !== this.image) was.checks.ac.abort();
    dropStateCache();
    this.viewer.reset();
    return this.change(prev);
  }

  run(cmd: string, line: number, view?: Omit<ViewRequest, 'position'>): SessionChange {
    checkCommand(cmd);
    let events = 0;
    const next = appendCommand(this.t, cmd, line, {
      onEvent: () => {
        if ((++events & 1023) === 0) this.progress({ phase: 'run', done: events, label: cmd });
      },
    });
    const prev = this.t;
    this.t = next;
    const change = this.change(prev);
    // The page shows the end after a command, and its timeline opens on the command: answering with that view and
    // the command's first micro-steps now saves it two round trips.
    return view ? { ...change, view: this.viewer.view(this.t, { ...view, position: this.t.total }), events: this.events(this.t.commands.length - 1, 0, RUN_EVENTS) } : change;
  }

  /**
   * While the page is idle after a command: the states of its last micro-steps, if it is a long one
   * (the first step back from the end of a 40,000-step rm -rf otherwise runs it again, about a second).
   */
  prepare(): void {
    const c = this.t.commands.at(-1);
    if (c) prepareEnd(c);
  }

  truncate(count: number, view?: ViewRequest): SessionChange {
    const prev = this.t;
    this.t = truncateTimeline(this.t, Math.max(0, count));
    // The container's work directory is the session's from the start, not named by a command.
    const wd = this.image && this.base.kind === 'image' ? `${this.image.w.home}/${this.image.w.containers[0].id}/work` : null;
    if (wd && !this.t.workdirs.includes(wd)) this.t = { ...this.t, workdirs: [wd, ...this.t.workdirs] };
    const change = this.change(prev);
    return view ? { ...change, view: this.viewer.view(this.t, { ...view, position: Math.min(view.position, this.t.total) }) } : change;
  }

  view(req: ViewRequest) {
    return this.viewer.view(this.t, req);
  }

  events(command: number, from: number, to: number): EventPage {
    const c = this.t.commands[command];
    if (!c) return { command, from, events: [], walkFrom: 0 };
    const lo = Math.max(0, from);
    return { command, from: lo, events: c.events.slice(lo, Math.min(c.count, to, lo + EVENT_PAGE)), walkFrom: c.walkFrom };
  }

  complete(line: string) {
    const { state, cwd } = endOf(this.t);
    return completeLine(state, cwd, line);
  }

  imageIndex() {
    return this.image ? imageIndex(this.image.w.image) : null;
  }

  imagePath(path: string) {
    return this.image ? pathProvenance(this.image.w.image, path) : null;
  }

  topLayer() {
    if (!this.image || this.base.kind !== 'image') return null;
    const layers = this.image.w.image.layers;
    const top = layers[layers.length - 1];
    return { layers: layers.length, names: top ? layerTarNames(top.tree.root) : [] };
  }

  trace(name: string) {
    return timelineToTrace(this.t, name);
  }

  observe() {
    return observeTimeline(this.t);
  }
}

/** What the page shows of an opened image: docker history, each layer's size and hidden bytes, the container. */
export function summarize(image: Image, w: ImageWorkspace): ImageSummary {
  const a = analyzeImage(image, 10);
  const c = w.containers[0];
  return {
    name: image.source,
    format: image.format,
    layers: image.layers.map((l, i) => ({
      index: l.index,
      digest: l.digest,
      size: l.tree.stats.bytes,
      entries: l.tree.stats.entries,
      hiddenBytes: a.layers[i]?.hiddenBytes ?? 0,
      storedBytes: a.layers[i]?.storedBytes ?? 0,
    })),
    history: image.history.map((h) => ({ createdBy: h.createdBy, ...(h.created ? { created: h.created } : {}), emptyLayer: h.emptyLayer, ...(h.layer !== undefined ? { layer: h.layer } : {}), size: h.size })),
    storedBytes: a.storedBytes,
    hiddenBytes: a.hiddenBytes,
    efficiency: a.efficiency,
    topWasted: a.topWasted.map((x) => ({ path: x.path, layer: x.layer, size: x.size })),
    container: { name: c.name, merged: c.merged, mountLine: c.mountLine },
    containers: [{ name: c.name, id: c.id, merged: c.merged, upper: c.graphDriver.Data.UpperDir, mountLine: c.mountLine, mount: -1 }],
    names: layerNames(w),
  };
}

function layerNames(w: ImageWorkspace): Record<string, string> {
  const names: Record<string, string> = {};
  w.layers.forEach((l, i) => {
    names[`${w.home}/${l.id}/diff`] = `L${i + 1} ${l.id.slice(0, 8)}`;
  });
  for (const c of w.containers) {
    names[`${w.home}/${c.id}/diff`] = c.name;
    names[`${w.home}/${c.id}-init/diff`] = `${c.name}-init`;
    names[`${w.home}/${c.id}/work`] = `${c.name} work`;
    names[c.merged] = `${c.name} merged`;
  }
  return names;
}
