// The share dialog: the session as a link (optionally at the current
// micro-step), and, in a lesson, a link to the lesson at its current step.
// On an image, it says which image the link names (and that it does not carry it).
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { shortDigest, type SharedImage } from '../../scenario/share-image.ts';
import { useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';
import { Dialog } from '../common/Dialog.tsx';

export /** A link field with its Copy button, which says whether the copy worked. */
function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ value: string; ok: boolean } | null>(null);
  const copy = () => {
    const done = (ok: boolean) => setState({ value, ok });
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(value).then(() => done(true), () => done(false));
    else done(false);
  };
  const shown = state?.value === value ? state : null;
  return (
    <div className="field">
      <label htmlFor={`${testId}-input`}>{label}</label>
      <div className="copy-line">
        <input id={`${testId}-input`} readOnly value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy} data-testid={`${testId}-copy`}>
          {t('share.copy')}
        </button>
      </div>
      <span role="status" className="muted" data-testid={`${testId}-copied`}>
        {shown ? t(shown.ok ? 'share.copied' : 'share.copyFailed') : ''}
      </span>
    </div>
  );
}

export function ShareDialog({ link, image = null, onClose }: { link: string | null; image?: SharedImage | null; onClose: () => void }) {
  const { t } = useTranslation();
  // The body follows the cursor (a link at this step); closed, the dialog has no body, so a step does not draw it.
  return (
    <Dialog open={link !== null} title={t('share.title')} onClose={onClose}>
      <ShareBody link={link ?? ''} image={image} />
    </Dialog>
  );
}

function ShareBody({ link, image }: { link: string; image: SharedImage | null }) {
  const { t } = useTranslation();
  const position = useLab((s) => s.position);
  const total = useLab((s) => s.total);
  const course = useLab((s) => s.course);
  const lessonStep = useLab((s) => s.lessonStep);
  const [atStep, setAtStep] = useState(true);
  const url = atStep && position < total ? `${link}&step=${position}` : link;
  const lessonUrl = course?.kind === 'lesson' ? `${location.origin}${location.pathname}?lesson=${course.id}&step=${Math.max(1, lessonStep)}` : null;
  return (
    <>
      <p data-testid="share-explain">{image ? t('share.explainImage', { name: image.name, digest: shortDigest(image.digest), size: formatBytes(image.size) }) : t('share.explain')}</p>
      <CopyField label={t('share.link')} value={url} testId="share-link" />
      {position < total && (
        <label className="check">
          <input type="checkbox" checked={atStep} onChange={(e) => setAtStep(e.target.checked)} data-testid="share-at-step" />
          {t('share.atStep', { position, total })}
        </label>
      )}
      {lessonUrl && (
        <CopyField label={t('share.lessonLink', { step: Math.max(1, lessonStep) })} value={lessonUrl} testId="share-lesson-link" />
      )}
    </>
  );
}
