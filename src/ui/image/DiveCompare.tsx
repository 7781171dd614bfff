// dive's figure beside ours, and why they differ: dive counts every copy of
// a file stored in two or more layers as waste (the one the container sees
// included), and it drops `.wh..wh..opq`, so files under an opaque
// directory (or a deleted one) are never counted.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { ImageIndex } from '../../session/image-browse-types.ts';
import { formatBytes } from '../common/bytes.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function DiveCompare({ ix }: { ix: ImageIndex }) {
  const { t } = useTranslation();
  const same = ix.dive.wastedBytes === ix.hiddenBytes;
  return (
    <div className="image-dive" data-testid="image-dive">
      <h4>{t('image.dive.title')}</h4>
      <table className="image-history image-dive-table">
        <thead>
          <tr>
            <th scope="col">{t('image.dive.figure')}</th>
            <th scope="col" className="num">
              {t('image.dive.ours')}
            </th>
            <th scope="col" className="num">
              dive
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('image.dive.wasted')}</th>
            <td className="num" data-testid="image-dive-ours">
              {formatBytes(ix.hiddenBytes)}
            </td>
            <td className="num" data-testid="image-dive-theirs">
              {formatBytes(ix.dive.wastedBytes)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('image.dive.efficiency')}</th>
            <td className="num">{pct(ix.efficiency)}</td>
            <td className="num">{pct(ix.dive.efficiency)}</td>
          </tr>
        </tbody>
      </table>
      <ul className="image-dive-why" data-testid="image-dive-why">
        {same && <li>{t('image.dive.same')}</li>}
        {ix.diff.visibleCopies > 0 && <li>{t('image.dive.visibleCopies', { bytes: formatBytes(ix.diff.visibleCopies) })}</li>}
        {ix.diff.missed > 0 && (
          <li>
            {t('image.dive.missed', { bytes: formatBytes(ix.diff.missed) })}
            {ix.diff.underOpaque > 0 && ` ${t('image.dive.underOpaque', { bytes: formatBytes(ix.diff.underOpaque) })}`}
          </li>
        )}
        {ix.diff.stillSeen > 0 && <li>{t('image.dive.stillSeen', { bytes: formatBytes(ix.diff.stillSeen) })}</li>}
        <li className="muted">{t('image.dive.ourRule')}</li>
      </ul>
    </div>
  );
}
