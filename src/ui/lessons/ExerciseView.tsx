// One exercise of a seeded set: its "before" state is the session, the
// prompt says what to do, and the engine checks the answer. Previous and
// next walk the set; the class link gives everyone the same set.
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { exerciseOf, openExercise } from '../../store/course-actions.ts';
import { labStore, useLab, type Course } from '../../store/index.ts';
import { NameExercise } from './NameExercise.tsx';
import { PredictExercise } from './PredictExercise.tsx';
import { Rich, useMsg } from './text.tsx';

export function ExerciseView({ course }: { course: Extract<Course, { kind: 'exercises' }> }) {
  const { t } = useTranslation();
  const msg = useMsg();
  const setCourse = useLab((s) => s.setCourse);
  const ex = useMemo(() => exerciseOf(course), [course]);
  const first = useLab((s) => s.progress.exercises[ex.id]);
  const go = (index: number) => openExercise(labStore, course.seed, course.level, index);
  const link = `${location.origin}${location.pathname}?exercises=${encodeURIComponent(course.seed)}&level=${course.level}`;
  return (
    <article className="exercise" data-testid="exercise" data-exercise-id={ex.id} data-kind={ex.kind}>
      <div className="lesson-nav">
        <button type="button" className="small link" onClick={() => setCourse(null)} data-testid="lesson-back">
          {t('lesson.back')}
        </button>
        <span className="muted">{t('exercises.which', { n: course.index + 1, level: course.level, seed: course.seed })}</span>
      </div>
      <h2 className="lesson-title">{t(ex.kind === 'name' ? 'exercises.nameTitle' : 'exercises.predictTitle')}</h2>
      <p className="goal-text">
        <Rich text={msg(ex.prompt)} />
      </p>
      {first !== undefined && <p className="muted">{t(first ? 'exercises.firstRight' : 'exercises.firstWrong')}</p>}
      {ex.kind === 'name' ? <NameExercise key={ex.id} ex={ex} /> : <PredictExercise key={ex.id} ex={ex} />}
      <div className="goal-actions exercise-nav">
        <button type="button" className="small" disabled={course.index === 0} onClick={() => go(course.index - 1)} data-testid="exercise-prev">
          {t('exercises.prev')}
        </button>
        <button type="button" className="small primary" onClick={() => go(course.index + 1)} data-testid="exercise-next">
          {t('exercises.next')}
        </button>
      </div>
      <label className="field class-link">
        <span>{t('exercises.classLink')}</span>
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="exercise-link" />
      </label>
    </article>
  );
}
