// A micro-step's one-line caption in the user's language. The replay layer
// says which facts (a key and parameters); the "captions" namespace says
// them. Lookup probes are spelled out here from their outcomes, so every
// word of a lookup caption is translatable too.
import type { TFunction } from 'i18next';
import type { EngineEvent, LayerProbe } from '../../engine/events.ts';
import { caption } from '../../replay/captions.ts';

const TMPFILE = '(unnamed temp file)';

/** `cause.kind` falls back to `*.kind` when a cause has no wording of its own. */
export function captionKey(key: string, exists: (k: string) => boolean): string {
  if (exists(key)) return key;
  const dot = key.indexOf('.');
  return dot > 0 ? `*${key.slice(dot)}` : key;
}

export function probeText(t: TFunction, p: LayerProbe): string {
  return t('probe.inline', { path: p.path, outcome: t(`outcome.${p.outcome}`, { redirect: p.redirect ?? '' }) });
}

export function captionText(t: TFunction, exists: (k: string) => boolean, e: EngineEvent): string {
  const c = caption(e);
  const params: Record<string, string | number> = { ...c.params };
  if (e.type === 'lookup') params.layers = e.probes.map((p) => probeText(t, p)).join('; ');
  // The replay layer's words for a file type and an errno are English: say them in the UI's language.
  if (e.type === 'create') params.node = t(`node.${e.node}`);
  if (e.type === 'error') params.text = t(`errno.${e.errno}`);
  // The engine names an O_TMPFILE file by a placeholder in its path.
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' && v.includes(TMPFILE)) params[k] = v.replace(TMPFILE, t('caption.tmpfile'));
  return t(captionKey(c.key, exists), { ...params, ns: 'captions' });
}
