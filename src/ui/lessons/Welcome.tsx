// A first visit's one call to action: start lesson 1 (or step through the
// demo, which stands at its first step). Gone once the session changes.
import { useTranslation } from '../i18n/useTranslation.ts';
import { LESSONS } from '../../lessons/index.ts';
import { openLesson } from '../../store/course-actions.ts';
import { labStore, useLab } from '../../store/index.ts';

export function Welcome() {
  const { t } = useTranslation();
  const shown = useLab((s) => s.welcomeAt !== null && s.welcomeAt === s.version);
  const setWelcome = useLab((s) => s.setWelcome);
  const stepMicro = useLab((s) => s.stepMicro);
  if (!shown) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('lessons.welcomeTitle')}</h2>
      <p>{t('lessons.welcomeText')}</p>
      <div className="welcome-actions">
        <button
          type="button"
          className="primary"
          data-testid="welcome-start"
          onClick={() => {
            setWelcome(null);
            void openLesson(labStore, LESSONS[0]);
          }}
        >
          {t('lessons.welcomeStart')}
        </button>
        <button
          type="button"
          className="link"
          data-testid="welcome-step"
          onClick={() => {
            setWelcome(null);
            stepMicro(1);
          }}
        >
          {t('lessons.welcomeStep')}
        </button>
      </div>
    </section>
  );
}
