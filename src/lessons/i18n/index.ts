// The lessons' words in every language, as flat key -> template tables in
// i18next's own syntax ({{param}}), so the app can load them as a
// namespace; renderMsg does the same job without i18next (tests, CLI).
// Each language has the same keys (i18n.test.ts): a missing one is a bug,
// not a silent fallback to English.
import { EN_CAPTIONS } from '../../replay/captions.ts';
import type { Lang, Msg } from '../types.ts';
import { ZH_CAPTIONS, ZH_PROBES } from './captions.zh-CN.ts';
import enCommon from './en/common.ts';
import enExercises from './en/exercises.ts';
import enL1 from './en/lessons-1.ts';
import enL2 from './en/lessons-2.ts';
import enL3 from './en/lessons-3.ts';
import enL4 from './en/lessons-4.ts';
import zhCommon from './zh-CN/common.ts';
import zhExercises from './zh-CN/exercises.ts';
import zhL1 from './zh-CN/lessons-1.ts';
import zhL2 from './zh-CN/lessons-2.ts';
import zhL3 from './zh-CN/lessons-3.ts';
import zhL4 from './zh-CN/lessons-4.ts';

export type Table = Readonly<Record<string, string>>;

/** The "lessons" namespace: lesson text, goal messages, exercise prompts. */
export const LESSON_TEXT: Readonly<Record<Lang, Table>> = {
  en: { ...enCommon, ...enExercises, ...enL1, ...enL2, ...enL3, ...enL4 },
  'zh-CN': { ...zhCommon, ...zhExercises, ...zhL1, ...zhL2, ...zhL3, ...zhL4 },
};

/** The "captions" namespace: micro-step captions (English from src/replay/captions.ts). */
export const CAPTIONS: Readonly<Record<Lang, Table>> = { en: EN_CAPTIONS, 'zh-CN': ZH_CAPTIONS };

/**
 * Lookup-probe wording, keyed like the app's "ui" namespace (probe.inline,
 * outcome.*), for the languages the app's own resource does not have yet.
 */
export const PROBES: Readonly<Partial<Record<Lang, Table>>> = { 'zh-CN': ZH_PROBES };

/** Every {{param}} a template uses. */
export function paramsOf(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** A message in `lang`; parameters that are messages themselves are rendered first. */
export function renderMsg(msg: Msg, lang: Lang, table: Table = LESSON_TEXT[lang]): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(msg.params ?? {})) params[k] = typeof v === 'object' ? renderMsg(v, lang, table) : v;
  return interpolate(table[msg.key] ?? msg.key, params);
}

/** A lesson text key in `lang` (the key itself when unknown, so a gap shows instead of vanishing). */
export function text(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return interpolate(LESSON_TEXT[lang][key] ?? key, params);
}
