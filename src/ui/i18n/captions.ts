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

export function probeText(t: TFunction, p: LayerProbe): string {
  const own = t('probe.inline', { path: p.path, outcome: t(`outcome.${p.outcome}`, { redirect: p.redirect ?? '' }) });
  // A layer that is an overlay mount: the lookup it made, nested.
  return p.nested ? `${own} [${p.nested.map((q) => probeText(t, q)).join('; ')}]` : own;
}

function valueText(t: TFunction, exists: (k: string) => boolean, v: CaptionValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('node' in v) return t(`node.${v.node}`);
  if ('errno' in v) return t(`errno.${v.errno}`);
  if ('unnamed' in v) return `${v.unnamed}/${t('caption.tmpfile')}`;
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
