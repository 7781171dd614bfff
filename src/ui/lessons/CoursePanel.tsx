// The course tab: the lesson list, or the open lesson, or the open
// exercise set. Loaded with the lessons and their text; it also starts the
// goal checks, so a lesson opened from a link or a reload is checked too.
import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { lessonById, watchCourse } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';
import { ExerciseView } from './ExerciseView.tsx';
import { LessonList } from './LessonList.tsx';
import { LessonView } from './LessonView.tsx';

export function CoursePanel() {
  const { ready } = useTranslation('lessons');
  const { t } = useTranslation();
  const course = useLab((s) => s.course);
  useEffect(() => watchCourse(labStore), []);
  if (!ready) return <p className="empty">{t('lessons.loading')}</p>;
  const lesson = course?.kind === 'lesson' ? lessonById(course.id) : undefined;
  return (
    <section className="panel course-panel" aria-label={t('side.course')} data-testid="course-panel">
      {course?.kind === 'exercises' ? <ExerciseView course={course} /> : lesson ? <LessonView lesson={lesson} /> : <LessonList />}
    </section>
  );
}
