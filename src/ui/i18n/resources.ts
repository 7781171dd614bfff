// Where each language's words come from. English UI and captions ship in
// the first bundle (the page must paint in some language at once); the
// lessons' text and everything Chinese are fetched on demand, one chunk
// per language, so a learner downloads only the language they read.
import { EN_CAPTIONS } from '../../replay/captions.ts';
import en from './en.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = ['ui', 'captions', 'lessons'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Table = Readonly<Record<string, string>>;

/** The tables in the first bundle. */
export const BUNDLED: Record<string, Record<string, Table>> = { en: { ui: en, captions: EN_CAPTIONS } };

/** Every namespace of a language; dynamic imports, so each language is its own chunk. */
export async function loadLanguage(lng: Language): Promise<Record<Namespace, Table>> {
  if (lng === 'zh-CN') return (await import('./zh-CN.ts')).ZH_CN;
  return { ui: en, captions: EN_CAPTIONS, lessons: (await import('./lessons-en.ts')).LESSONS_EN };
}

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}
