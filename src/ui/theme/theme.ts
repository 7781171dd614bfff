// Light and dark themes. The choice is "system" (follow the operating
// system's setting, live), "light" or "dark"; the page carries the theme in
// effect as <html data-theme>, which theme.css reads. index.html applies the
// saved choice before the first paint.
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const THEME_KEY = 'overlay-lab.theme';

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

export function savedTheme(storage: Storage | null): ThemeChoice {
  try {
    const v = storage?.getItem(THEME_KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

export function effectiveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery()?.matches ? 'dark' : 'light';
}

let unfollow: (() => void) | null = null;

/** Puts the theme on the page and, for "system", follows the setting as it changes. */
export function applyTheme(choice: ThemeChoice, storage: Storage | null = null, save = false): void {
  const root = document.documentElement;
  root.dataset.theme = effectiveTheme(choice);
  root.dataset.themeChoice = choice;
  unfollow?.();
  unfollow = null;
  const q = darkQuery();
  if (choice === 'system' && q) {
    const on = () => (root.dataset.theme = q.matches ? 'dark' : 'light');
    q.addEventListener('change', on);
    unfollow = () => q.removeEventListener('change', on);
  }
  if (!save) return;
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
