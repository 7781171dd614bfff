// The "lessons" namespace in English alone, for an app that loads one
// language at a time (index.ts holds every language, for tests and tools).
import common from './en/common.ts';
import exercises from './en/exercises.ts';
import l1 from './en/lessons-1.ts';
import l2 from './en/lessons-2.ts';
import l3 from './en/lessons-3.ts';
import l4 from './en/lessons-4.ts';
import type { Table } from './index.ts';

export const LESSONS_EN: Table = { ...common, ...exercises, ...l1, ...l2, ...l3, ...l4 };
