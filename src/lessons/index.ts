// The lessons layer's public surface, for the store and the app (and the
// CLI). Everything here is pure: no DOM, no clock, no randomness but the
// seeded generator.
export type { Answer, Choice, Column, Expect, ExpectKind, Goal, GoalResult, ImageAction, ImageGoal, ImageObserved, Lang, Lesson, LessonStep, Mark, Msg, PredictAnswer, PredictGoal, Proof, QuestionGoal, StateGoal } from './types.ts';
export { LANGS } from './types.ts';
export { LESSONS } from './data/index.ts';
export { checkLesson, checkLessonGoal, checkLessonPredict, predictFrom, checkProofOf, findLesson, lessonScenario, proofTimeline, revealLessonPredict, runCommands, setupTimeline, solutionTimeline } from './lesson.ts';
export { checkGoal, checkImageGoal, checkProof, observe, type GoalSubject } from './goals.ts';
export { bindGoal, containerBinding, displayPath, needsBinding, resolvePath, type Binding } from './bind.ts';
export { observeTimeline, observeTrace, treeOfState, type Observed } from './observe.ts';
export { ALL_MARKS, answerOf, checkPrediction, markOf, MERGED_MARKS, revealPredict, type PredictTruth, type TruthCell } from './predict.ts';
export { checkExercise, cleanSeed, exerciseStart, generateExercise, generateExercises, marksFor, MAX_LEVEL, revealExercise, TEMPLATES, type Exercise, type ExerciseAnswer, type ExerciseKind } from './exercises.ts';
export { decodeProgress, emptyProgress, encodeProgress, lessonDone, PROGRESS_KEY, recordExercise, recordGoal, recordHint, recordShown, type LessonProgress, type Progress } from './progress.ts';
export { CAPTIONS, interpolate, LESSON_TEXT, paramsOf, PROBES, renderMsg, text, type Table } from './i18n/index.ts';
export { createRng, type Rng } from './prng.ts';
