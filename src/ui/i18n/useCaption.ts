import { useCallback } from 'react';
import { useTranslation } from './useTranslation.ts';
import type { EngineEvent } from '../../engine/events.ts';
import type { Caption } from '../../replay/captions.ts';
import { captionText, render } from './captions.ts';

/** A function from an event to its caption, bound to the current language. */
export function useCaption(): (e: EngineEvent) => string {
  const { t, i18n } = useTranslation();
  return useCallback((e: EngineEvent) => captionText(t, (k) => i18n.exists(k, { ns: 'captions' }), e), [t, i18n]);
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
