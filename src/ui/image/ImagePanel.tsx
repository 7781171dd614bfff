// The opened image, as `docker history` shows it: the instruction that made
// each layer, its size, the steps that made no layer; and beside it what no
// container can ever see: the bytes each layer stores that a layer above
// hides (overwritten, deleted by a whiteout, under an opaque directory).
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';
import { ContainersSection } from './ContainersSection.tsx';
import { ImageExplorer } from './ImageExplorer.tsx';
import { useImageSelection } from './image-selection.ts';

export function ImagePanel() {
  const { t } = useTranslation();
  const image = useLab((s) => s.image);
  const show = useImageSelection((s) => s.show);
  if (!image) {
    return (
      <p className="empty" data-testid="image-panel">
        {t('image.none')}
      </p>
    );
  }
  const hiddenOf = new Map(image.layers.map((l) => [l.index, l.hiddenBytes]));
  const short = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);
  const digestOf = new Map(image.layers.map((l) => [l.index, short(l.digest)]));
  return (
    <section className="panel image-panel" data-testid="image-panel" aria-label={t('side.image')} tabIndex={0}>
      <h2 className="image-name" data-testid="image-name">
        {t('image.title', { name: image.name })}
      </h2>
      <p className="muted" data-testid="image-summary">
        {t('image.summary', {
          layers: image.layers.length,
          format: image.format,
          stored: formatBytes(image.storedBytes),
          hidden: formatBytes(image.hiddenBytes),
          efficiency: `${(image.efficiency * 100).toFixed(1)}%`,
        })}
      </p>
      {image.checking && (
        <p className="muted image-checking" role="status" data-testid="image-verifying">
          {t('image.checking')}
        </p>
      )}
      <h3>{t('image.history')}</h3>
      <table className="image-history" data-testid="image-history">
        <thead>
          <tr>
            <th scope="col">{t('image.col.layer')}</th>
            <th scope="col">{t('image.col.createdBy')}</th>
            <th scope="col" className="num">
              {t('image.col.size')}
            </th>
            <th scope="col" className="num">
              {t('image.col.hidden')}
            </th>
          </tr>
        </thead>
        <tbody>
          {/* docker history lists the newest step first. */}
          {[...image.history].reverse().map((h, i) => (
            <tr key={i} className={h.emptyLayer ? 'empty-layer' : undefined} data-testid="image-history-row" data-layer={h.layer ?? ''} data-empty={h.emptyLayer ? 'true' : 'false'}>
              <td>{h.layer !== undefined ? <span title={digestOf.get(h.layer)}>L{h.layer}</span> : <span className="muted">{t('image.empty')}</span>}</td>
              <td className="created-by">
                <code title={h.createdBy}>{h.createdBy || t('image.noInstruction')}</code>
              </td>
              <td className="num">{h.emptyLayer ? '0 B' : formatBytes(h.size)}</td>
              <td className="num" data-testid="image-layer-hidden">
                {h.layer !== undefined ? formatBytes(hiddenOf.get(h.layer) ?? 0) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('image.hiddenTitle')}</h3>
      <p>
        <strong data-testid="image-hidden-total">{formatBytes(image.hiddenBytes)}</strong> <span className="muted">{t('image.hiddenNote')}</span>
      </p>
      {image.topWasted.length > 0 && (
        <>
          <h4>{t('image.topWasted')}</h4>
          <ul className="image-wasted" data-testid="image-wasted">
            {image.topWasted.map((w) => (
              <li key={`${w.layer}:${w.path}`}>
                <button type="button" className="link image-wasted-path" data-testid="image-wasted-path" onClick={() => show(w.path)}>
                  <code>{w.path}</code>
                </button>{' '}
                <span className="muted">L{w.layer}</span> {formatBytes(w.size)}
              </li>
            ))}
          </ul>
        </>
      )}
      <ContainersSection />
      <ImageExplorer />
    </section>
  );
}
