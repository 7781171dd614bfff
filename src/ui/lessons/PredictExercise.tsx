// A "predict" exercise: mark the grid, check it against the engine, read
// why, and watch the command's micro-steps.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Exercise, GoalResult, PredictAnswer } from '../../lessons/index.ts';
import { answerExercise, exerciseFile, exerciseTruth, playReveal } from '../../store/course-actions.ts';
import { labStore } from '../../store/index.ts';
import { PredictGrid } from './PredictGrid.tsx';
import { Rich, useMsg } from './text.tsx';

export function PredictExercise({ ex }: { ex: Exercise }) {
  const { t } = useTranslation();
  const msg = useMsg();
  const [answer, setAnswer] = useState<PredictAnswer>({ cells: {} });
  const [result, setResult] = useState<GoalResult | null>(null);
  const truth = result ? exerciseTruth(ex) : null;
  return (
    <>
      <pre className="predict-cmd">
        <code>$ {ex.command}</code>
      </pre>
      <PredictGrid
        ask={ex.ask}
        columns={ex.columns}
        marks={ex.marks}
        answer={answer}
        onChange={(a) => {
          setAnswer(a);
          setResult(null);
        }}
        truth={truth}
        askStatus={ex.askStatus}
      />
      <div className="goal-actions">
        <button type="button" className="small primary" onClick={() => setResult(answerExercise(labStore, ex, { kind: 'predict', value: answer }))} data-testid="check-prediction">
          {t('goal.check')}
        </button>
        {result && (
          <button type="button" className="small" onClick={() => playReveal(labStore, exerciseTruth(ex), exerciseFile(ex))} data-testid="play-reveal">
            {t('predict.watch')}
          </button>
        )}
      </div>
      {result && (
        <div className={`feedback ${result.met ? 'right' : 'wrong'}`} role="status" data-testid="feedback">
          {result.met ? <strong>{msg({ key: 'exercise.right' })} </strong> : <ul>{result.missing.map((m, i) => <li key={i}>{msg(m)}</li>)}</ul>}
          <p>
            <Rich text={msg(ex.explain)} />
          </p>
        </div>
      )}
    </>
  );
}
