// Progress as plain data the store can keep in localStorage: which goals a
// learner has met (once met, always met: a later command that undoes the
// state does not take the credit away), how many hints they opened, and
// exercise results by seed. Decoding never trusts what it reads.

export interface LessonProgress {
  /** Goal ids met so far. */
  met: string[];
  /** Hints opened (the first n). */
  hints: number;
  /** The solution was shown ("show me"): done, but honestly marked. */
  shown?: boolean;
}

export interface Progress {
  v: 1;
  lessons: Record<string, LessonProgress>;
  /** Exercise id -> answered right on the first try. */
  exercises: Record<string, boolean>;
}

export const PROGRESS_KEY = 'overlay-lab.progress.v1';

export function emptyProgress(): Progress {
  return { v: 1, lessons: {}, exercises: {} };
}

function lessonOf(p: Progress, id: string): LessonProgress {
  return p.lessons[id] ?? { met: [], hints: 0 };
}

/** A new Progress with the goal recorded (the same object when nothing changes). */
export function recordGoal(p: Progress, lessonId: string, goalId: string): Progress {
  const l = lessonOf(p, lessonId);
  if (l.met.includes(goalId)) return p;
  return { ...p, lessons: { ...p.lessons, [lessonId]: { ...l, met: [...l.met, goalId] } } };
}

export function recordHint(p: Progress, lessonId: string, shown: number): Progress {
  const l = lessonOf(p, lessonId);
  if (shown <= l.hints) return p;
  return { ...p, lessons: { ...p.lessons, [lessonId]: { ...l, hints: shown } } };
}

export function recordShown(p: Progress, lessonId: string): Progress {
  const l = lessonOf(p, lessonId);
  if (l.shown) return p;
  return { ...p, lessons: { ...p.lessons, [lessonId]: { ...l, shown: true } } };
}

export function recordExercise(p: Progress, exerciseId: string, right: boolean): Progress {
  // The first answer counts: trying again after the reveal is practice.
  if (exerciseId in p.exercises) return p;
  return { ...p, exercises: { ...p.exercises, [exerciseId]: right } };
}

/** Whether every goal of the lesson is met. */
export function lessonDone(p: Progress, lesson: { id: string; goals: readonly { id: string }[] }): boolean {
  const met = lessonOf(p, lesson.id).met;
  return lesson.goals.every((g) => met.includes(g.id));
}

export function encodeProgress(p: Progress): string {
  return JSON.stringify(p);
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Reads stored progress; anything malformed is dropped rather than trusted. */
export function decodeProgress(text: string | null | undefined): Progress {
  if (!text) return emptyProgress();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return emptyProgress();
  const out = emptyProgress();
  const { lessons, exercises } = raw as { lessons?: unknown; exercises?: unknown };
  if (typeof lessons === 'object' && lessons !== null) {
    for (const [id, l] of Object.entries(lessons)) {
      if (typeof l !== 'object' || l === null) continue;
      const { met, hints, shown } = l as Record<string, unknown>;
      if (!isStringArray(met)) continue;
      out.lessons[id] = { met, hints: typeof hints === 'number' && hints >= 0 ? Math.floor(hints) : 0, ...(shown === true ? { shown: true } : {}) };
    }
  }
  if (typeof exercises === 'object' && exercises !== null) {
    for (const [id, v] of Object.entries(exercises)) if (typeof v === 'boolean') out.exercises[id] = v;
  }
  return out;
}
