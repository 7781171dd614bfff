// i18n from day one: every string a person reads comes from a resource.
// "ui" holds the app's words; "captions" the micro-step captions, built from
// the replay layer's templates so both speak the same keys; "lessons" the
// lesson path. Keys are flat ("grid.title"): caption keys contain dots of
// their own. English UI and captions are bundled; the rest arrives through
// a small i18next backend that imports one language's chunk when asked.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { BUNDLED, isLanguage, LANGUAGES, loadLanguage, type Language } from './resources.ts';

export { LANGUAGES, isLanguage, type Language } from './resources.ts';
export const NAMESPACES = ['ui', 'captions'] as const;

const lazyChunks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    loadLanguage(language).then(
      (tables) => callback(null, tables[namespace as keyof typeof tables] ?? {}),
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), null),
    );
  },
};

void i18n
  .use(lazyChunks)
  .use(initReactI18next)
  .init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: BUNDLED,
    // Bundled English plus chunks fetched on demand for the rest.
    partialBundledLanguages: true,
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders; escaping here too would show &amp; to people.
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
    returnNull: false,
  });

/** The language of `navigator.languages`: Chinese of any region reads the zh-CN text, anything else English. */
export function browserLanguage(prefs: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): Language {
  for (const p of prefs) {
    if (/^zh\b/i.test(p)) return 'zh-CN';
    if (/^en\b/i.test(p)) return 'en';
  }
  return 'en';
}

export const LANGUAGE_KEY = 'overlay-lab.language';

/** Switches the language (fetching its chunk first) and remembers the choice. */
export async function setLanguage(lng: Language, storage: Storage | null = null): Promise<void> {
  await i18n.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  try {
    storage?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The saved choice, else the browser's language. */
export function initialLanguage(storage: Storage | null): Language {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    saved = null;
  }
  return isLanguage(saved) ? saved : browserLanguage();
}

export { i18n };
