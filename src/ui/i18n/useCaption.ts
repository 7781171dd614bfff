import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from './useTranslation.ts';
import type { EngineEvent } from '../../engine/events.ts';
import type { Caption } from '../../replay/captions.ts';
import { captionText, render } from './captions.ts';

/** Captions already said, per event and per t (a t belongs to one language): scrubbing back over a command says them again. */
const said = new WeakMap<EngineEvent, { t: TFunction; text: string }>();

/** A function from an event to its caption, bound to the current language. */
export function useCaption(): (e: EngineEvent) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (e: EngineEvent) => {
      const hit = said.get(e);
      if (hit && hit.t === t) return hit.text;
      const text = captionText(t, (k) => i18n.exists(k, { ns: 'captions' }), e);
      said.set(e, { t, text });
      return text;
    },
    [t, i18n],
  );
}

/** A function from a caption (a simple-view step's, say) to its text in the current language. */
export function useCaptionText(): (c: Caption) => string {
  const { t, i18n } = useTranslation();
  return useCallback((c: Caption) => render(t, (k) => i18n.exists(k, { ns: 'captions' }), c), [t, i18n]);
}

/**
 * A failure the command itself expects and goes past, not an error to show
 * in red: `mkdir -p` meeting a directory that exists (EEXIST), which it
 * checks is a directory and then carries on from.
 */
export function expectedFailure(e: EngineEvent, cmd: string | undefined): boolean {
  return e.type === 'error' && e.syscall === 'mkdir' && e.errno === 'EEXIST' && cmd !== undefined && /^\s*mkdir\s+(?:\S+\s+)*(?:-[a-zA-Z]*p[a-zA-Z]*|--parents)\b/.test(cmd);
}
