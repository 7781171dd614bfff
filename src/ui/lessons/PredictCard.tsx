// A lesson's prediction: the command, where its answer is read (the upper
// layer and the mount point), the grid to mark, the check, and the
// command's micro-steps played in the main views to show why.
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ALL_MARKS, MERGED_MARKS, type GoalResult, type Lesson, type PredictAnswer, type PredictGoal, type PredictTruth } from '../../lessons/index.ts';
import { answerGoal, learnerTimeline, lessonFile, playReveal, revealTruth } from '../../store/course-actions.ts';
import { labStore } from '../../store/index.ts';
import { paletteOf, PredictGrid } from './PredictGrid.tsx';
import { LessonText, useMsg } from './text.tsx';

export function PredictCard({ lesson, goal, met }: { lesson: Lesson; goal: PredictGoal; met: boolean }) {
  const { t } = useTranslation();
  const msg = useMsg();
  const [answer, setAnswer] = useState<PredictAnswer>({ cells: {} });
  const [checked, setChecked] = useState<{ result: GoalResult; truth: PredictTruth } | null>(null);
  // Where the answer is read, before any check; the check itself starts from the learner's session as it stands.
  const start = useMemo(() => revealTruth(lesson, goal), [lesson, goal]);
  const truth = checked?.truth ?? start;
  const marks = useMemo(() => paletteOf(goal.columns, goal.marks, ALL_MARKS, MERGED_MARKS), [goal]);
  const check = () => {
    const now = revealTruth(lesson, goal, learnerTimeline(labStore));
    void answerGoal(labStore, lesson, goal.id, { kind: 'predict', value: answer }).then((result) => setChecked({ result, truth: now }));
  };
  return (
    <>
      <p className="goal-text">
        <LessonText k={goal.text} />
      </p>
      <pre className="predict-cmd">
        <code>$ {goal.command}</code>
      </pre>
      {truth.place && <p className="muted predict-place">{t(truth.place.upper ? 'predict.place' : 'predict.placeRo', { upper: truth.place.upper ?? '', mount: truth.place.mount })}</p>}
      <PredictGrid
        ask={goal.ask}
        columns={goal.columns}
        marks={marks}
        answer={answer}
        onChange={(a) => {
          setAnswer(a);
          setChecked(null);
        }}
        truth={checked?.truth ?? null}
        askStatus={goal.askStatus === true}
      />
      <div className="goal-actions">
        <button type="button" className="small primary" onClick={check} data-testid="check-prediction">
          {t('goal.check')}
        </button>
        {(checked || met) && (
          <button type="button" className="small" onClick={() => playReveal(labStore, truth, lessonFile(lesson))} data-testid="play-reveal">
            {t('predict.watch')}
          </button>
        )}
      </div>
      {checked && (
        <div className={`feedback ${checked.result.met ? 'right' : 'wrong'}`} role="status" data-testid="feedback">
          {checked.result.met ? (
            <strong>{t('predict.allRight')}</strong>
          ) : (
            <ul>
              {checked.result.missing.map((m, i) => (
                <li key={i}>{msg(m)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
