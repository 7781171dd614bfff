// i18n from day one: every string a person reads comes from a resource.
// "ui" holds the app's words; "captions" the micro-step captions, built from
// the replay layer's templates so both speak the same keys. Keys are flat
// ("grid.title"): caption keys contain dots of their own.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { EN_CAPTIONS } from '../../replay/captions.ts';
import en from './en.json';

export const NAMESPACES = ['ui', 'captions'] as const;

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  ns: [...NAMESPACES],
  defaultNS: 'ui',
  resources: { en: { ui: en, captions: EN_CAPTIONS } },
  keySeparator: false,
  nsSeparator: false,
  // React escapes what it renders; escaping here too would show &amp; to people.
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
  returnNull: false,
});

export { i18n };
