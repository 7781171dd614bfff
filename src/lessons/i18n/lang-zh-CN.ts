// Everything the lessons layer says in Simplified Chinese, alone: the
// "lessons" namespace, the micro-step captions and the lookup-probe words.
import { ZH_CAPTIONS, ZH_PROBES } from './captions.zh-CN.ts';
import common from './zh-CN/common.ts';
import exercises from './zh-CN/exercises.ts';
import l1 from './zh-CN/lessons-1.ts';
import l2 from './zh-CN/lessons-2.ts';
import l3 from './zh-CN/lessons-3.ts';
import l4 from './zh-CN/lessons-4.ts';
import type { Table } from './index.ts';

export const LESSONS_ZH: Table = { ...common, ...exercises, ...l1, ...l2, ...l3, ...l4 };
export { ZH_CAPTIONS, ZH_PROBES };
