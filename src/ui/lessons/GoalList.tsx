// A lesson's goals, each checked by the engine: states to reach (checked
// after every command), questions to answer, predictions to make.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Goal, Lesson } from '../../lessons/index.ts';
import { useLab } from '../../store/index.ts';
import { PredictCard } from './PredictCard.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { LessonText, useMsg } from './text.tsx';

function StateCard({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const msg = useMsg();
  const result = useLab((s) => s.results[goal.id]);
  return (
    <>
      <p className="goal-text">
        <LessonText k={goal.text} />
      </p>
      {result && !result.met && result.missing.length > 0 && (
        <div className="goal-missing">
          <span className="muted">{t('goal.stillMissing')}</span>
          <ul>
            {result.missing.slice(0, 3).map((m, i) => (
              <li key={i}>{msg(m)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function GoalList({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const recorded = useLab((s) => s.progress.lessons[lesson.id]?.met);
  const results = useLab((s) => s.results);
  return (
    <section className="lesson-section" aria-labelledby="lesson-goals-title">
      <h3 id="lesson-goals-title">{t('lesson.goals')}</h3>
      <ol className="goals">
        {lesson.goals.map((g) => {
          const met = recorded?.includes(g.id) === true || results[g.id]?.met === true;
          return (
            <li key={g.id} className={`goal goal-${g.kind}${met ? ' met' : ''}`} data-testid="goal" data-goal-id={g.id} data-kind={g.kind} data-met={met}>
              <div className="goal-head">
                <span className="goal-kind">{tl(`goal.kind.${g.kind}`)}</span>
                <span className={`goal-status${met ? ' met' : ''}`}>{t(met ? 'goal.met' : 'goal.open')}</span>
              </div>
              {(g.kind === 'state' || g.kind === 'image') && <StateCard goal={g} />}
              {g.kind === 'question' && <QuestionCard lesson={lesson} goal={g} met={met} />}
              {g.kind === 'predict' && <PredictCard lesson={lesson} goal={g} met={met} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
