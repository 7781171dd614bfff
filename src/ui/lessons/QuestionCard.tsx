// A question: pick an answer, check it; the explanation follows a right
// answer, and the proof (commands that show the kernel's answer) can be
// replayed at any time.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { GoalResult, Lesson, QuestionGoal } from '../../lessons/index.ts';
import { answerGoal, playProof } from '../../store/course-actions.ts';
import { labStore } from '../../store/index.ts';
import { LessonText, useMsg } from './text.tsx';

export function QuestionCard({ lesson, goal, met }: { lesson: Lesson; goal: QuestionGoal; met: boolean }) {
  const { t } = useTranslation();
  const msg = useMsg();
  const [choice, setChoice] = useState<string | null>(null);
  const [result, setResult] = useState<GoalResult | null>(null);
  const name = `q-${lesson.id}-${goal.id}`;
  return (
    <>
      <fieldset className="choices">
        <legend className="goal-text">
          <LessonText k={goal.text} />
        </legend>
        {goal.choices.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={choice === c.id}
              onChange={() => {
                setChoice(c.id);
                setResult(null);
              }}
              data-testid="choice"
              data-choice-id={c.id}
            />
            <span>
              <LessonText k={c.text} />
            </span>
          </label>
        ))}
      </fieldset>
      <div className="goal-actions">
        <button type="button" className="small primary" disabled={choice === null} onClick={() => choice && void answerGoal(labStore, lesson, goal.id, { kind: 'choice', id: choice }).then(setResult)} data-testid="check-answer">
          {t('goal.check')}
        </button>
        <button type="button" className="small" onClick={() => playProof(labStore, lesson, goal)} data-testid="play-proof">
          {t('goal.proof')}
        </button>
      </div>
      {result && !result.met && (
        <p className="feedback wrong" role="status" data-testid="feedback">
          {result.missing.map(msg).join(' ')}
        </p>
      )}
      {(met || result?.met) && (
        <p className="feedback right" role="status" data-testid="feedback">
          {result?.met && <strong>{t('goal.right')} </strong>}
          <LessonText k={goal.explain} />
        </p>
      )}
    </>
  );
}
