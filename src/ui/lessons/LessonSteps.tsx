// A lesson's teaching steps, each with the commands it offers: a click
// runs one in the terminal's place, exactly as if typed.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Lesson } from '../../lessons/index.ts';
import { useLab } from '../../store/index.ts';
import { LessonText } from './text.tsx';

export function LessonSteps({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const step = useLab((s) => s.lessonStep);
  const setStep = useLab((s) => s.setLessonStep);
  const runCommand = useLab((s) => s.runCommand);
  const focused = useRef<HTMLLIElement>(null);
  // A link to step n opens the lesson there: bring that step into view.
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'nearest' });
  }, [lesson.id, step]);
  return (
    <section className="lesson-section" aria-labelledby="lesson-steps-title">
      <h3 id="lesson-steps-title">{t('lesson.steps')}</h3>
      <ol className="lesson-steps">
        {lesson.steps.map((s, i) => (
          <li key={s.text} ref={step === i + 1 ? focused : undefined} className={step === i + 1 ? 'lesson-step here' : 'lesson-step'} data-testid="lesson-step" data-here={step === i + 1} onFocus={() => setStep(i + 1)}>
            <p>
              <LessonText k={s.text} />
            </p>
            {s.commands && (
              <ul className="snippets">
                {s.commands.map((c) => (
                  <li key={c}>
                    <button type="button" className="snippet" onClick={() => runCommand(c)} aria-label={t('lesson.run', { cmd: c })} title={t('lesson.run', { cmd: c })} data-testid="snippet">
                      <span aria-hidden="true">▶</span>
                      <code>{c}</code>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
