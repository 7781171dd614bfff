// The lesson path: every lesson in order with how far the learner got,
// and the way into a seeded exercise set.
import { useTranslation } from '../i18n/useTranslation.ts';
import { LESSONS, lessonDone } from '../../lessons/index.ts';
import { openLesson } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';
import { ExerciseStarter } from './ExerciseStarter.tsx';
import { Welcome } from './Welcome.tsx';

export function LessonList() {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const progress = useLab((s) => s.progress);
  const done = LESSONS.filter((l) => lessonDone(progress, l)).length;
  return (
    <div className="lesson-list">
      <Welcome />
      <h2 className="panel-title">{t('lessons.title')}</h2>
      <p className="course-intro">{t('lessons.intro')}</p>
      <p className="muted" data-testid="lessons-progress">
        {t('lessons.progress', { done, total: LESSONS.length })}
      </p>
      <ol className="lesson-items">
        {LESSONS.map((l) => {
          const lp = progress.lessons[l.id];
          const isDone = lessonDone(progress, l);
          const met = lp?.met.filter((id) => l.goals.some((g) => g.id === id)).length ?? 0;
          return (
            <li key={l.id}>
              <button type="button" className={`lesson-item${isDone ? ' done' : ''}`} data-testid="lesson" data-lesson-id={l.id} data-done={isDone} onClick={() => openLesson(labStore, l)}>
                <span className="lesson-num" aria-hidden="true">
                  {isDone ? '✓' : l.number}
                </span>
                <span className="lesson-name">
                  <span className="visually-hidden">{t('lessons.number', { n: l.number })} </span>
                  {tl(l.title)}
                </span>
                <span className="lesson-state">{isDone ? t(lp?.shown ? 'lessons.shown' : 'lessons.done') : t('lessons.goals', { met, total: l.goals.length })}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <ExerciseStarter />
    </div>
  );
}
