// Lesson 10's image: which one the container runs on, and the example
// image to open (the learner's own comes from Open image… in the header).
import { useTranslation } from '../i18n/useTranslation.ts';
import { openExampleImage } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';

export function ExampleImage() {
  const { t } = useTranslation();
  const image = useLab((s) => s.image);
  const working = useLab((s) => s.working > 0);
  return (
    <section className="lesson-image" data-testid="lesson-image">
      <p className={image ? undefined : 'muted'} data-testid="lesson-image-state">
        {image ? t('lesson.imageOpen', { container: image.container.name, name: image.name }) : t('lesson.imageNone')}
      </p>
      <div className="lesson-image-actions">
        <button type="button" className={image ? 'small' : 'small primary'} disabled={working} onClick={() => void openExampleImage(labStore)} data-testid="lesson-example-image">
          {t('lesson.exampleImage')}
        </button>
        <span className="muted">{t('lesson.exampleImageOr')}</span>
      </div>
    </section>
  );
}
