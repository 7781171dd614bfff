// Presenter mode, for a projector at 1280x720: the caption of the
// micro-step in large type, a cursor over the current command's
// micro-steps, and only the layer stack and the grid, stepped from the
// keyboard (space and arrows), with play and speed at hand.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { selectSettled, useLab } from '../../store/index.ts';
import { SpeedField } from '../timeline/SpeedField.tsx';
import { Icon } from '../common/Icon.tsx';
import { LayerGrid } from '../grid/LayerGrid.tsx';
import { LegendDialog } from '../keys/Legend.tsx';
import { NowBar } from '../timeline/NowBar.tsx';
import { CursorStrip } from './CursorStrip.tsx';
import { usePresenterKeys } from './usePresenterKeys.ts';

/** The stack drawn this much larger: its smallest labels (12.5 units) at 20 px. */
const PRESENTER_SCALE = 1.62;

const StackView = lazy(() => import('../stack/StackView.tsx').then((m) => ({ default: m.StackView })));

export function Presenter() {
  const { t } = useTranslation();
  const playing = useLab((s) => s.playing);
  const settled = useLab(selectSettled);
  const position = useLab((s) => s.position);
  const total = useLab((s) => s.total);
  const stepMicro = useLab((s) => s.stepMicro);
  const togglePlay = useLab((s) => s.togglePlay);
  const setPresenter = useLab((s) => s.setPresenter);
  const root = useRef<HTMLDivElement>(null);
  usePresenterKeys();
  // Keys work at once: the page's focus was on the button that opened this view, now gone.
  useEffect(() => root.current?.focus(), []);
  return (
    <div className="app presenter" data-testid="presenter" data-settled={settled} ref={root} tabIndex={-1} aria-label={t('presenter.label')}>
      <main className="presenter-main">
        <div className="presenter-bar">
          <NowBar />
          <div className="presenter-controls" role="group" aria-label={t('transport.label')}>
            <button type="button" className="icon-button" onClick={() => stepMicro(-1)} disabled={position === 0} aria-label={t('transport.stepBack')} title={t('transport.stepBack')}>
              <Icon name="stepBack" />
            </button>
            <button type="button" className="icon-button play" onClick={togglePlay} disabled={total === 0} aria-pressed={playing} aria-label={t(playing ? 'transport.pause' : 'transport.play')} data-testid="presenter-play">
              <Icon name={playing ? 'pause' : 'play'} />
            </button>
            <button type="button" className="icon-button" onClick={() => stepMicro(1)} disabled={position >= total} aria-label={t('transport.stepForward')} title={t('transport.stepForward')}>
              <Icon name="stepForward" />
            </button>
            <SpeedField testId="presenter-speed" />
            <span className="position" data-testid="presenter-position" data-position={position} data-total={total}>
              {t('transport.position', { position, total })}
            </span>
            <button type="button" onClick={() => setPresenter(false)} data-testid="presenter-exit">
              {t('presenter.exit')}
            </button>
          </div>
          <CursorStrip />
        </div>
        <div className="presenter-stage">
          <Suspense fallback={<div className="panel stack-panel placeholder" />}>
            <StackView scale={PRESENTER_SCALE} fill />
          </Suspense>
          <LayerGrid large />
        </div>
        <p className="presenter-keys muted">{t('presenter.keys')}</p>
      </main>
      <LegendDialog />
    </div>
  );
}
