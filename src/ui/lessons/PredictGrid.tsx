// Predict, then reveal: one row per asked path, one column per place
// (upper/, merged/), and in each cell the learner marks what will be
// there after the command. After a check each cell says whether the
// kernel agrees, and what it leaves when it does not.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Column, Mark, PredictAnswer, PredictTruth } from '../../lessons/index.ts';

interface Props {
  ask: readonly string[];
  columns: readonly Column[];
  marks: Record<Column, readonly Mark[]>;
  answer: PredictAnswer;
  onChange: (a: PredictAnswer) => void;
  /** The engine's answer, once checked. */
  truth: PredictTruth | null;
  askStatus: boolean;
}

export function PredictGrid({ ask, columns, marks, answer, onChange, truth, askStatus }: Props) {
  const { t } = useTranslation();
  const tl = useTranslation('lessons').t;
  const mark = (path: string, col: Column, m: string) => {
    const row = { ...answer.cells[path] };
    if (m === '') delete row[col];
    else row[col] = m as Mark;
    onChange({ ...answer, cells: { ...answer.cells, [path]: row } });
  };
  return (
    <div className="predict">
      {/* Each path on a line of its own, its selects below it the whole width (course.css): no answer is cut short. Explicit roles keep the table a table whatever the layout. */}
      <table role="table" className="predict-grid" data-testid="predict-grid" style={{ ['--predict-cols' as string]: columns.length }}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('grid.path')}</th>
            {columns.map((c) => (
              <th role="columnheader" scope="col" key={c} className={`role-${c}`}>
                {tl(`column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {ask.map((path) => (
            <tr role="row" key={path} data-path={path}>
              <th role="rowheader" scope="row">
                <code>{path}</code>
              </th>
              {columns.map((col) => {
                const v = answer.cells[path]?.[col] ?? '';
                const want = truth?.cells[path]?.[col]?.mark;
                const state = want === undefined ? '' : v === want ? 'right' : 'wrong';
                return (
                  <td role="cell" key={col} className={state} data-state={state || undefined}>
                    <select value={v} onChange={(e) => mark(path, col, e.target.value)} aria-label={t('predict.cell', { path, column: tl(`column.${col}`) })} data-testid="predict-cell" data-path={path} data-column={col}>
                      <option value="">{t('predict.choose')}</option>
                      {marks[col].map((m) => (
                        <option key={m} value={m}>
                          {tl(`kind.${m}`)}
                        </option>
                      ))}
                    </select>
                    {state === 'right' && <span className="verdict">✓ {t('predict.right')}</span>}
                    {state === 'wrong' && <span className="verdict">✗ {t('predict.kernel', { mark: tl(`kind.${want}`) })}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {askStatus && (
        <label className="inline-field predict-status">
          <span>{tl('exercise.status')}</span>
          <select
            value={answer.ok === undefined ? '' : answer.ok ? 'ok' : 'fail'}
            onChange={(e) => onChange({ ...answer, ok: e.target.value === '' ? undefined : e.target.value === 'ok' })}
            data-testid="predict-status"
          >
            <option value="">{t('predict.choose')}</option>
            <option value="ok">{tl('exercise.status.ok')}</option>
            <option value="fail">{tl('exercise.status.fail')}</option>
          </select>
          {truth && answer.ok !== undefined && <span className="verdict">{answer.ok === truth.ok ? `✓ ${t('predict.right')}` : `✗ ${tl(truth.ok ? 'exercise.status.ok' : 'exercise.status.fail')}`}</span>}
        </label>
      )}
    </div>
  );
}

/** The marks a column offers: the goal's own palette, else every mark (merged: what a program can see). */
export function paletteOf(columns: readonly Column[], own: Partial<Record<Column, Mark[]>> | undefined, all: readonly Mark[], merged: readonly Mark[]): Record<Column, readonly Mark[]> {
  const out = {} as Record<Column, readonly Mark[]>;
  for (const c of columns) out[c] = own?.[c] ?? (c === 'merged' ? merged : all);
  return out;
}
