// The way into practice: a seed (the same seed gives everyone the same
// exercises, so a class can share one) and the lesson to practise up to.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { cleanSeed, LESSONS, MAX_LEVEL } from '../../lessons/index.ts';
import { openExercise } from '../../store/course-actions.ts';
import { labStore } from '../../store/index.ts';

/** Today's date: a fresh set each day unless a teacher hands out a seed. */
function todaysSeed(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ExerciseStarter() {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const [seed, setSeed] = useState(todaysSeed);
  const [level, setLevel] = useState(3);
  return (
    <form
      className="exercise-start"
      onSubmit={(e) => {
        e.preventDefault();
        openExercise(labStore, cleanSeed(seed), level, 0);
      }}
      data-testid="exercise-start"
    >
      <h3>{t('exercises.title')}</h3>
      <p className="muted">{t('exercises.intro')}</p>
      <label className="field">
        <span>{t('exercises.seed')}</span>
        <input value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="exercise-seed" />
      </label>
      <label className="field">
        <span>{t('exercises.level')}</span>
        <select value={level} onChange={(e) => setLevel(Number(e.target.value))} data-testid="exercise-level">
          {/* Exercises go up to the last lesson with templates (lesson 10 runs on an image and has none). */}
          {LESSONS.filter((l) => l.number <= MAX_LEVEL).map((l) => (
            <option key={l.id} value={l.number}>
              {t('exercises.upTo', { n: l.number, title: tl(l.title) })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="small primary" data-testid="exercise-go">
        {t('exercises.start')}
      </button>
    </form>
  );
}
