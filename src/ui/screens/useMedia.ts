import { useSyncExternalStore } from 'react';

/** Whether a media query matches, following changes (false where there is no window). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const m = window.matchMedia(query);
      m.addEventListener('change', notify);
      return () => m.removeEventListener('change', notify);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/** The phone layout's query: one panel at a time (screens.css uses the same). */
export const PHONE = '(max-width: 767px)';
