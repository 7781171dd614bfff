// What `docker inspect` would print under GraphDriver.Data for the overlay
// the learner has mounted: read off the engine's mount, not written into
// the lesson, so it maps exactly onto what they built.
import { useTranslation } from '../i18n/useTranslation.ts';
import { selectShown, useLab } from '../../store/index.ts';

export function DockerInspect() {
  const { t } = useTranslation();
  const shown = useLab(selectShown);
  const m = shown?.phase === 'mounted' ? shown : null;
  return (
    <section className="lesson-section docker-inspect" aria-labelledby="docker-inspect-title" data-testid="docker-inspect">
      <h3 id="docker-inspect-title">{t('docker.title')}</h3>
      {!m ? (
        <p className="muted">{t('docker.notMounted')}</p>
      ) : (
        <>
          <p className="muted">{t('docker.explain')}</p>
          <dl className="facts">
            <dt>LowerDir</dt>
            <dd>
              <code data-testid="docker-lowerdir">{m.lowers.join(':')}</code>
            </dd>
            <dt>UpperDir</dt>
            <dd>
              <code>{m.upper ?? '—'}</code>
            </dd>
            <dt>WorkDir</dt>
            <dd>
              <code>{m.work ?? '—'}</code>
            </dd>
            <dt>MergedDir</dt>
            <dd>
              <code>{m.target}</code>
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
