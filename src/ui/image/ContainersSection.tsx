// The containers running on the opened image, side by side: each one's
// upper directory (its own) and mount line (the lowers shared), which one
// the terminal works in, and the three things a learner does with them:
// start another, commit one as a new layer, export the image.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { containerAt, terminalCwd, useLab, type ExportFormat } from '../../store/index.ts';
import { downloadBlob } from '../common/browser.ts';

const FORMATS: ExportFormat[] = ['oci', 'docker', 'layer'];

export function ContainersSection() {
  const { t } = useTranslation();
  const image = useLab((s) => s.image);
  const cwd = useLab(terminalCwd);
  const working = useLab((s) => s.working > 0);
  const startContainer = useLab((s) => s.startContainer);
  const enterContainer = useLab((s) => s.useContainer);
  const commitContainer = useLab((s) => s.commitContainer);
  const exportImage = useLab((s) => s.exportImage);
  const inPast = useLab((s) => s.position < s.total);
  const total = useLab((s) => s.total);
  const seek = useLab((s) => s.seek);
  const [format, setFormat] = useState<ExportFormat>('oci');
  if (!image) return null;
  // The image's checks still running (after its grid was shown): what writes the image out waits for them.
  const checking = !!image.checking;
  const containers = image.containers;
  const current = containerAt(cwd, containers);
  const onExport = async () => {
    const file = await exportImage(format);
    if (file) downloadBlob(file.name, file.blob);
  };
  return (
    <section className="image-containers" data-testid="containers" aria-labelledby="containers-title">
      <h3 id="containers-title">{t('containers.title')}</h3>
      <p className="muted">{t('containers.note')}</p>
      {containers.length === 0 ? (
        <p className="muted" data-testid="containers-none">
          {t('containers.none')}
        </p>
      ) : (
        <ul className="container-list">
          {containers.map((c) => {
            const isCurrent = current?.name === c.name;
            return (
              <li key={c.id} className={isCurrent ? 'container current' : 'container'} data-testid="container-row" data-name={c.name} data-current={isCurrent ? 'true' : 'false'}>
                <div className="container-head">
                  <strong className="container-name">{c.name}</strong>
                  {isCurrent ? (
                    <span className="muted container-here">{t('containers.current')}</span>
                  ) : (
                    <button type="button" data-testid="use-container" disabled={working} onClick={() => void enterContainer(c.name)}>
                      {t('containers.use', { name: c.name })}
                    </button>
                  )}
                </div>
                <dl className="container-dirs">
                  <dt>{t('containers.upper')}</dt>
                  <dd>
                    <code data-testid="container-upper">{c.upper}</code>
                  </dd>
                </dl>
                {/* The mount line is long (overlay2's 64-digit ids): folded, so the containers stay side by side on a small screen. */}
                <details className="container-mount">
                  <summary>{t('containers.mount')}</summary>
                  <pre className="image-mount" data-testid="container-mount">
                    {c.mountLine}
                  </pre>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {inPast && current && (
        // Like the terminal and the direct edits, Commit acts after the last command; say so, and offer the way there.
        <p className="muted container-past" data-testid="commit-past-note">
          {t('containers.pastNote', { name: current.name })}{' '}
          <button type="button" className="small link" onClick={() => seek(total)} data-testid="commit-to-end">
            {t('edit.toEnd')}
          </button>
        </p>
      )}
      <div className="container-actions">
        <button type="button" data-testid="start-container" disabled={working} onClick={() => void startContainer()}>
          {t('containers.start')}
        </button>
        <button
          type="button"
          data-testid="commit-container"
          disabled={working || !current || checking}
          title={checking ? t('image.checking') : current ? t('containers.commitTitle', { name: current.name }) : t('containers.commitNone')} onClick={() => current && void commitContainer(current.name)}>
          {current ? t('containers.commit', { name: current.name }) : t('containers.commitNone')}
        </button>
      </div>
      <div className="container-actions">
        <label>
          {t('containers.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`containers.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="export-image" disabled={working || checking} title={checking ? t('image.checking') : undefined} onClick={() => void onExport()}>
          {t('containers.export')}
        </button>
      </div>
    </section>
  );
}
