// One lesson: what it is about, its steps with commands to run, its goals
// (checked by the engine), hints, the solution on demand, and the kernel
// facts behind it. Done when every goal is met; the next lesson is offered.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LESSONS, lessonDone, type Lesson } from '../../lessons/index.ts';
import { openLesson, showMe } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';
import { DockerInspect } from './DockerInspect.tsx';
import { ExampleImage } from './ExampleImage.tsx';
import { GoalList } from './GoalList.tsx';
import { Hints } from './Hints.tsx';
import { LessonSteps } from './LessonSteps.tsx';
import { LessonText } from './text.tsx';

export function LessonView({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const setCourse = useLab((s) => s.setCourse);
  const done = useLab((s) => lessonDone(s.progress, lesson));
  const shown = useLab((s) => s.progress.lessons[lesson.id]?.shown === true);
  const next = LESSONS.find((l) => l.number === lesson.number + 1);
  const top = useRef<HTMLElement>(null);
  // Opened from far down the list (lesson 10 is last), the panel would keep
  // the list's scroll and hide the lesson's start: show its title, unless a
  // link asked for a step (LessonSteps brings that one into view).
  useEffect(() => {
    if (labStore.getState().lessonStep > 0) return;
    for (let el = top.current?.parentElement; el; el = el.parentElement) {
      if (el.scrollTop > 0) {
        el.scrollTop = 0;
        break;
      }
    }
  }, [lesson.id]);
  return (
    <article ref={top} className="lesson" data-testid="lesson-view" data-lesson-id={lesson.id}>
      <div className="lesson-nav">
        <button type="button" className="small link" onClick={() => setCourse(null)} data-testid="lesson-back">
          {t('lesson.back')}
        </button>
        <span className="muted">{t('lesson.number', { n: lesson.number, total: LESSONS.length })}</span>
        <span className="bar-spacer" />
        <button type="button" className="small" onClick={() => openLesson(labStore, lesson)} data-testid="lesson-restart" title={t('lesson.restartTitle')}>
          {t('lesson.restart')}
        </button>
      </div>
      <h2 className="lesson-title">{tl(lesson.title)}</h2>
      <p className="lesson-intro">
        <LessonText k={lesson.intro} />
      </p>
      {lesson.image && <ExampleImage />}
      {done && (
        <div className="lesson-done" role="status" data-testid="lesson-done">
          <strong>{t(shown ? 'lesson.completeShown' : 'lesson.complete')}</strong>
          {next ? (
            <button type="button" className="small primary" onClick={() => openLesson(labStore, next)} data-testid="next-lesson">
              {t('lesson.next', { title: tl(next.title) })}
            </button>
          ) : (
            <span>{t('lesson.allDone')}</span>
          )}
        </div>
      )}
      <LessonSteps lesson={lesson} />
      {lesson.id === 'docker-overlay2' && <DockerInspect />}
      <GoalList lesson={lesson} />
      <Hints lesson={lesson} />
      <div className="show-me">
        <button type="button" className="small" onClick={() => showMe(labStore, lesson)} data-testid="show-me">
          {t('lesson.showMe')}
        </button>
        <span className="muted">{t('lesson.showMeExplain')}</span>
      </div>
      <details className="lesson-notes">
        <summary>{t('lesson.notes')}</summary>
        <ul>
          {lesson.notes.map((n) => (
            <li key={n}>
              <LessonText k={n} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
