// The share dialog: the session as a link (optionally at the current
// micro-step), and, in a lesson, a link to the lesson at its current step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLab } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';

export function ShareDialog({ link, onClose }: { link: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const position = useLab((s) => s.position);
  const total = useLab((s) => s.total);
  const course = useLab((s) => s.course);
  const lessonStep = useLab((s) => s.lessonStep);
  const [atStep, setAtStep] = useState(true);
  const url = link === null ? '' : atStep && position < total ? `${link}&step=${position}` : link;
  const lessonUrl = course?.kind === 'lesson' ? `${location.origin}${location.pathname}?lesson=${course.id}&step=${Math.max(1, lessonStep)}` : null;
  return (
    <Dialog open={link !== null} title={t('share.title')} onClose={onClose}>
      <p>{t('share.explain')}</p>
      <label className="field">
        <span>{t('share.link')}</span>
        <input readOnly value={url} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      {position < total && (
        <label className="check">
          <input type="checkbox" checked={atStep} onChange={(e) => setAtStep(e.target.checked)} data-testid="share-at-step" />
          {t('share.atStep', { position, total })}
        </label>
      )}
      {lessonUrl && (
        <label className="field">
          <span>{t('share.lessonLink', { step: Math.max(1, lessonStep) })}</span>
          <input readOnly value={lessonUrl} data-testid="share-lesson-link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </Dialog>
  );
}
