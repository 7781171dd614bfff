// Everything in Simplified Chinese, fetched when the language is chosen:
// the UI (with the lookup-probe wording the lessons layer spells out), the
// micro-step captions and the lessons.
import { LESSONS_ZH, ZH_CAPTIONS, ZH_PROBES } from '../../lessons/i18n/lang-zh-CN.ts';
import ui from './zh-CN.json';

export const ZH_CN = { ui: { ...ui, ...ZH_PROBES }, captions: ZH_CAPTIONS, lessons: LESSONS_ZH };
