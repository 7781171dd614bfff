// "Name the command": the asked paths before and after, as the grid would
// mark them; pick the command that made the change, or type one. Any
// command with the same outcome counts: the engine runs it to see.
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { exerciseStart, revealPredict, type Column, type Exercise, type GoalResult } from '../../lessons/index.ts';
import { answerExercise, exerciseTruth } from '../../store/course-actions.ts';
import { labStore } from '../../store/index.ts';
import { Rich, useMsg } from './text.tsx';

export function NameExercise({ ex }: { ex: Exercise }) {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const msg = useMsg();
  const [command, setCommand] = useState('');
  const [result, setResult] = useState<GoalResult | null>(null);
  // `true` changes nothing: the grid as it stands before the hidden command.
  const before = useMemo(() => revealPredict({ command: 'true', ask: ex.ask, columns: ex.columns, mount: ex.mount }, exerciseStart(ex)), [ex]);
  const after = useMemo(() => exerciseTruth(ex), [ex]);
  const cols: { col: Column; when: 'before' | 'after' }[] = ex.columns.flatMap((col) => [
    { col, when: 'before' as const },
    { col, when: 'after' as const },
  ]);
  return (
    <>
      <table className="predict-grid name-grid" data-testid="name-grid">
        <thead>
          <tr>
            <th scope="col">{t('grid.path')}</th>
            {cols.map(({ col, when }) => (
              <th scope="col" key={`${col}-${when}`}>
                {t(`exercises.${when}`, { column: tl(`column.${col}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ex.ask.map((path) => (
            <tr key={path}>
              <th scope="row">
                <code>{path}</code>
              </th>
              {cols.map(({ col, when }) => {
                const m = (when === 'before' ? before : after).cells[path][col].mark;
                return (
                  <td key={`${col}-${when}`} data-mark={m}>
                    {tl(`kind.${m}`)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="choices">
        <legend>{t('exercises.pick')}</legend>
        {(ex.choices ?? []).map((c) => (
          <label key={c} className="choice">
            <input type="radio" name={`name-${ex.id}`} checked={command === c} onChange={() => (setCommand(c), setResult(null))} data-testid="command-choice" />
            <code>{c}</code>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('exercises.own')}</span>
        <input value={command} onChange={(e) => (setCommand(e.target.value), setResult(null))} className="mono" spellCheck={false} data-testid="command-answer" />
      </label>
      <div className="goal-actions">
        <button type="button" className="small primary" disabled={command.trim() === ''} onClick={() => setResult(answerExercise(labStore, ex, { kind: 'command', command }))} data-testid="check-command">
          {t('goal.check')}
        </button>
      </div>
      {result && (
        <div className={`feedback ${result.met ? 'right' : 'wrong'}`} role="status" data-testid="feedback">
          {result.met ? <strong>{msg({ key: 'exercise.right' })}</strong> : <ul>{result.missing.map((m, i) => <li key={i}>{msg(m)}</li>)}</ul>}
          {result.met && (
            <p>
              <Rich text={msg(ex.explain)} />
            </p>
          )}
        </div>
      )}
    </>
  );
}
