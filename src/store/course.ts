// The course: which lesson (or exercise set) is open, how its goals stand,
// and the learner's progress. Only ids and plain data live here; the
// lessons themselves load with the lesson panel (src/store/course-actions.ts),
// so the first paint never waits for them.
import type { StateCreator } from 'zustand';
import { emptyProgress } from '../lessons/progress.ts';
import type { CourseSlice, LabState } from './types.ts';

export const courseSlice: StateCreator<LabState, [], [], CourseSlice> = (set, get) => ({
  course: null,
  lessonStep: 0,
  results: {},
  progress: emptyProgress(),
  sideTab: 'details',

  setCourse(course, lessonStep = 0) {
    // A lesson starts in the simple view: one step per act, the kernel's detail one click away.
    const was = get().course;
    const starts = course !== null && course.kind === 'lesson' && !(was?.kind === 'lesson' && was.id === course.id);
    set({ course, lessonStep, results: {}, sideTab: course ? 'course' : get().sideTab, ...(starts ? { detail: 'simple' as const } : {}) });
  },

  setLessonStep(step) {
    set({ lessonStep: step });
  },

  setResults(results) {
    set({ results });
  },

  updateProgress(f) {
    const next = f(get().progress);
    if (next !== get().progress) set({ progress: next });
  },

  setSideTab(tab) {
    set({ sideTab: tab });
  },
});
