// A micro-step's one-line caption in the user's language. The replay layer
// says which facts (a key and typed parameters); the "captions" namespace
// says them, and every fact that is a word (a file type, an errno, an
// unnamed file, a lookup's probes) is said here in the same language.
import type { TFunction } from 'i18next';
import type { EngineEvent, LayerProbe } from '../../engine/events.ts';
import { caption, type Caption, type CaptionValue } from '../../replay/captions.ts';

/** `cause.kind` falls back to `*.kind` when a cause has no wording of its own. */
export function captionKey(key: string, exists: (k: string) => boolean): string {
  if (exists(key)) return key;
  const dot = key.indexOf('.');
  return dot > 0 ? `*${key.slice(dot)}` : key;
}

/**
 * overlay2 names each layer's directory by a 64-hex id; a caption shows the
 * first 12 digits, as `docker ps` and `docker history` do, so a path such
 * as var/lib/docker/overlay2/475f5b84406b…/diff/etc/passwd fits a line.
 */
export function shortIds(s: string): string {
  return s.replace(/(^|[^0-9a-f])([0-9a-f]{12})[0-9a-f]{52}(?![0-9a-f])/g, '$1$2…');
}

export function probeText(t: TFunction, p: LayerProbe): string {
  const own = t('probe.inline', { path: shortIds(p.path), outcome: t(`outcome.${p.outcome}`, { redirect: p.redirect ?? '' }) });
  // A layer that is an overlay mount: the lookup it made, nested.
  return p.nested ? `${own} [${p.nested.map((q) => probeText(t, q)).join('; ')}]` : own;
}

function valueText(t: TFunction, exists: (k: string) => boolean, v: CaptionValue): string | number {
  if (typeof v === 'string') return shortIds(v);
  if (typeof v === 'number') return v;
  if ('node' in v) return t(`node.${v.node}`);
  if ('errno' in v) return t(`errno.${v.errno}`);
  if ('unnamed' in v) return `${shortIds(v.unnamed)}/${t('caption.tmpfile')}`;
  if ('names' in v) return v.total > v.names.length ? t('caption.moreNames', { names: v.names.join(t('caption.nameSep')), count: v.total - v.names.length }) : v.names.join(t('caption.nameSep'));
  if ('parts' in v) return v.parts.map((p) => render(t, exists, p)).join(t('caption.partSep'));
  return v.probes.map((p) => probeText(t, p)).join('; ');
}

export function render(t: TFunction, exists: (k: string) => boolean, c: Caption): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(c.params)) params[k] = valueText(t, exists, v);
  return t(captionKey(c.key, exists), { ...params, ns: 'captions' });
}

export function captionText(t: TFunction, exists: (k: string) => boolean, e: EngineEvent): string {
  return render(t, exists, caption(e));
}
