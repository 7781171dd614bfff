// Hints, vaguest first, opened one at a time; how many were opened is
// part of the learner's progress.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Lesson } from '../../lessons/index.ts';
import { showHint } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';
import { LessonText } from './text.tsx';

export function Hints({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const shown = useLab((s) => s.progress.lessons[lesson.id]?.hints ?? 0);
  const n = Math.min(shown, lesson.hints.length);
  return (
    <section className="lesson-section" aria-labelledby="lesson-hints-title">
      <h3 id="lesson-hints-title">{t('lesson.hints')}</h3>
      {n > 0 && (
        <ol className="hints" data-testid="hints">
          {lesson.hints.slice(0, n).map((h) => (
            <li key={h}>
              <LessonText k={h} />
            </li>
          ))}
        </ol>
      )}
      {n < lesson.hints.length ? (
        <button type="button" className="small" onClick={() => showHint(labStore, lesson, n + 1)} data-testid="show-hint">
          {t(n === 0 ? 'lesson.hint' : 'lesson.hintMore', { n: n + 1, total: lesson.hints.length })}
        </button>
      ) : (
        <p className="muted">{t('lesson.hintNone')}</p>
      )}
    </section>
  );
}
