// What an archive says about its images: docker save's manifest.json
// (Docker 24 and older, podman, skopeo docker-archive; Docker 25+ writes it
// beside an OCI layout), and the OCI layout's index.json, which may point
// to an image index first (Docker's containerd store, `ctr images export`,
// multi-platform images). The result is one image: its config and its
// layers bottom first, each with the digest and size to check it against.
import { memberText, resolveMember, type ArchiveIndex, type Member } from './archive-index.ts';
import { ImageError } from './errors.ts';

export type ArchiveFormat =
  /** manifest.json and <id>/layer.tar (Docker 24 and older; podman and skopeo docker-archive). */
  | 'docker-archive'
  /** Docker 25+ `docker save`: an OCI layout plus manifest.json. */
  | 'docker-oci'
  /** An OCI layout whose index.json points to an image index (containerd store, ctr export). */
  | 'oci-index'
  /** An OCI layout (skopeo/podman oci-archive). */
  | 'oci-archive'
  /** A single layer tar, plain or compressed. */
  | 'layer';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
}

export interface ResolvedLayer {
  member: Member;
  mediaType: string;
  /** The blob digest to check, when the archive gives one. */
  digest?: string;
  size?: number;
}

export interface ResolvedImage {
  format: ArchiveFormat;
  refs: string[];
  manifestDigest?: string;
  config?: { member: Member; digest?: string; json: ImageConfig };
  layers: ResolvedLayer[];
  platform?: string;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
  author?: string;
}

export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  created?: string;
  config?: Record<string, unknown>;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: HistoryEntry[];
  [key: string]: unknown;
}

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const MANIFEST_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json']);

function parseJson<T>(m: Member, where: string): T {
  const text = memberText(m, where);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new ImageError('bad-manifest', { file: m.name, reason: (e as Error).message }, `${m.name}: not valid JSON: ${(e as Error).message}`);
  }
}

function bad(file: string, what: string): never {
  throw new ImageError('bad-manifest', { file, reason: what }, `${file}: ${what}`);
}

const isDigest = (d: unknown): d is string => typeof d === 'string' && /^sha256:[0-9a-f]{64}$/.test(d);

function descriptor(d: unknown, file: string, what: string): Descriptor {
  const o = d as Descriptor;
  if (!o || typeof o !== 'object') bad(file, `${what} is not a descriptor`);
  if (!isDigest(o.digest)) {
    const d: unknown = o.digest;
    if (typeof d === 'string' && /^[a-z0-9]+:/.test(d) && !d.startsWith('sha256:')) {
      throw new ImageError('unsupported', { file, digest: String(d) }, `${file}: ${what} uses digest ${String(d)}; only sha256 is supported`);
    }
    bad(file, `${what} has no valid sha256 digest`);
  }
  if (typeof o.size !== 'number' || !Number.isSafeInteger(o.size) || o.size < 0) bad(file, `${what} has no valid size`);
  return o;
}

const blobName = (digest: string) => `blobs/sha256/${digest.slice(7)}`;

function blobMember(index: ArchiveIndex, d: Descriptor, file: string): Member {
  return resolveMember(index, blobName(d.digest), file);
}

/** Platform as "os/arch[/variant]". */
const platformOf = (p?: Descriptor['platform']) => (p?.os ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : undefined);

const refNames = (d: Descriptor) =>
  [d.annotations?.['io.containerd.image.name'], d.annotations?.['org.opencontainers.image.ref.name']].filter((x): x is string => !!x);

export interface Choice {
  /** A tag or reference name, or "#N" for the N-th image (1-based). */
  image?: string;
  /** "os/arch[/variant]"; default linux/amd64 when an index offers several. */
  platform?: string;
}

function pick<T>(items: T[], names: (t: T) => string[], choice: Choice, file: string): T {
  if (items.length === 0) throw new ImageError('no-image', { file }, `${file}: the archive holds no image`);
  if (choice.image) {
    const n = /^#(\d+)$/.exec(choice.image);
    const found = n ? items[Number(n[1]) - 1] : items.find((t) => names(t).some((r) => r === choice.image || r.endsWith(`/${choice.image}`) || r.replace(/^docker\.io\/(library\/)?/, '') === choice.image));
    if (!found) throw new ImageError('no-image', { file, image: choice.image }, `${file}: no image named ${choice.image} (it holds ${items.map((t, i) => names(t)[0] ?? `#${i + 1}`).join(', ')})`);
    return found;
  }
  if (items.length > 1) {
    const list = items.map((t, i) => names(t)[0] ?? `#${i + 1}`).join(', ');
    throw new ImageError('ambiguous-image', { file, images: list }, `${file}: holds ${items.length} images (${list}); choose one`);
  }
  return items[0];
}

/** From an index (index.json or an image index blob) down to one image manifest. */
function resolveIndex(index: ArchiveIndex, file: string, doc: { manifests?: unknown[] }, choice: Choice, depth: number): { manifest: Descriptor; refs: string[] } {
  if (!Array.isArray(doc.manifests)) bad(file, 'has no manifests list');
  const all = doc.manifests.map((d, i) => descriptor(d, file, `manifests[${i}]`));
  // Buildkit's attestations ride along as manifests for platform unknown/unknown.
  const images = all.filter((d) => d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && platformOf(d.platform) !== 'unknown/unknown');
  let chosen: Descriptor;
  if (depth > 0 || images.some((d) => d.platform)) {
    const want = choice.platform ?? 'linux/amd64';
    const byPlatform = images.filter((d) => !d.platform || platformOf(d.platform) === want || platformOf(d.platform)?.startsWith(`${want}/`));
    if (byPlatform.length === 0) throw new ImageError('no-image', { file, platform: want }, `${file}: no image for platform ${want} (it has ${images.map((d) => platformOf(d.platform)).join(', ')})`);
    chosen = byPlatform.length === 1 ? byPlatform[0] : pick(byPlatform, refNames, choice, file);
  } else chosen = pick(images, refNames, choice, file);
  if (INDEX_TYPES.has(chosen.mediaType)) {
    if (depth > 4) bad(file, 'image indexes nest too deep');
    const m = blobMember(index, chosen, file);
    const inner = resolveIndex(index, m.name, parseJson(m, file), { platform: choice.platform }, depth + 1);
    return { manifest: inner.manifest, refs: refNames(chosen).length ? refNames(chosen) : inner.refs };
  }
  if (!MANIFEST_TYPES.has(chosen.mediaType) && chosen.mediaType !== undefined) {
    throw new ImageError('unsupported', { file, mediaType: chosen.mediaType }, `${file}: points to ${chosen.mediaType}, not an image manifest`);
  }
  return { manifest: chosen, refs: refNames(chosen) };
}

function configOf(m: Member, digest: string | undefined): ResolvedImage['config'] {
  const json = parseJson<ImageConfig>(m, m.name);
  if (!json || typeof json !== 'object' || Array.isArray(json)) bad(m.name, 'the image config is not a JSON object');
  return { member: m, digest, json };
}

function fromOciLayout(index: ArchiveIndex, choice: Choice, withDockerManifest: boolean): ResolvedImage {
  const idx = resolveMember(index, 'index.json', 'index.json');
  const top = parseJson<{ manifests?: unknown[] }>(idx, 'index.json');
  const { manifest, refs } = resolveIndex(index, 'index.json', top, choice, 0);
  const viaIndex = (top.manifests ?? []).some((d) => INDEX_TYPES.has((d as Descriptor)?.mediaType));
  const mm = blobMember(index, manifest, 'index.json');
  const doc = parseJson<{ config?: unknown; layers?: unknown[] }>(mm, mm.name);
  const cfg = descriptor(doc.config, mm.name, 'config');
  if (!Array.isArray(doc.layers)) bad(mm.name, 'has no layers list');
  const layers = doc.layers.map((d, i) => {
    const l = descriptor(d, mm.name, `layers[${i}]`);
    return { member: blobMember(index, l, mm.name), mediaType: l.mediaType, digest: l.digest, size: l.size };
  });
  const format: ArchiveFormat = viaIndex ? 'oci-index' : withDockerManifest ? 'docker-oci' : 'oci-archive';
  return {
    format,
    refs,
    manifestDigest: manifest.digest,
    config: configOf(blobMember(index, cfg, mm.name), cfg.digest),
    layers,
    platform: platformOf(manifest.platform),
  };
}

interface DockerManifestItem {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

/** A digest a docker-archive member name carries ("<hex>.json", "<hex>.tar", "blobs/sha256/<hex>"). */
function digestInName(name: string): string | undefined {
  const m = /(?:^|\/)([0-9a-f]{64})(?:\.json|\.tar)?$/.exec(name);
  return m && !/\/layer\.tar$/.test(name) ? `sha256:${m[1]}` : undefined;
}

export function resolveImage(index: ArchiveIndex, choice: Choice): ResolvedImage | null {
  const hasManifest = index.members.has('manifest.json');
  const hasLayout = index.members.has('index.json') && index.members.has('oci-layout');
  let items: DockerManifestItem[] | undefined;
  if (hasManifest) {
    const mj = resolveMember(index, 'manifest.json', 'manifest.json');
    items = parseJson<DockerManifestItem[]>(mj, 'manifest.json');
    if (!Array.isArray(items)) bad('manifest.json', 'is not a list of images');
  }
  if (hasLayout) {
    const r = fromOciLayout(index, choice, items !== undefined);
    // Docker 25+ also writes manifest.json: its RepoTags name the image whose config this is.
    const item = items?.find((t) => typeof t.Config === 'string' && r.config && resolveMember(index, t.Config, 'manifest.json') === r.config.member);
    if (item?.RepoTags?.length) r.refs = item.RepoTags;
    return r;
  }
  if (!items) return null;
  const item = pick(items, (t) => t.RepoTags ?? [], choice, 'manifest.json');
  if (typeof item.Config !== 'string') bad('manifest.json', 'an image has no Config');
  if (!Array.isArray(item.Layers) || item.Layers.some((l) => typeof l !== 'string')) bad('manifest.json', 'an image has no Layers list');
  const cm = resolveMember(index, item.Config, 'manifest.json');
  return {
    format: 'docker-archive',
    refs: item.RepoTags ?? [],
    config: configOf(cm, digestInName(item.Config)),
    layers: item.Layers.map((name) => {
      const member = resolveMember(index, name, 'manifest.json');
      return { member, mediaType: 'application/vnd.docker.image.rootfs.diff.tar', digest: digestInName(name) ?? digestInName(member.name) };
    }),
  };
}
