// In the inspector, for a session on an image: the selected entry through
// the image's layers (its versions and what hid each), when the grid shows
// the container's merged directory. The container's own layers are the
// cards above it.
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { ImageProvenance } from './ImageProvenance.tsx';
import { useImageSelection } from './image-selection.ts';
import './image-explorer.css';

const bare = (p: string) => p.replace(/^\/+|\/+$/g, '');

export function InspectorImageLayers() {
  const { t } = useTranslation();
  const merged = useLab((s) => s.image?.container.merged ?? null);
  const target = useLab((s) => s.view?.shown?.target ?? null);
  const selected = useLab((s) => s.selected);
  const setSideTab = useLab((s) => s.setSideTab);
  const show = useImageSelection((s) => s.show);
  if (merged === null || target === null || !selected || bare(target) !== bare(merged)) return null;
  const path = `/${bare(selected)}`;
  return (
    <div className="inspector-image-layers" data-testid="inspector-image-layers">
      <h3>{t('image.prov.inImage')}</h3>
      <ImageProvenance path={path} />
      <button
        type="button"
        className="small"
        data-testid="show-in-image-tab"
        onClick={() => {
          show(path);
          setSideTab('image');
        }}
      >
        {t('image.prov.showInTab')}
      </button>
    </div>
  );
}
