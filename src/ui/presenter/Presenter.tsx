// Presenter mode, for a projector at 1280x720: the caption of the
// micro-step in large type, a cursor over the current command's
// micro-steps, and only the layer stack and the grid, stepped from the
// keyboard (space and arrows), with play and speed at hand.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { SettledMark } from '../SettledMark.tsx';
import { SpeedField } from '../timeline/SpeedField.tsx';
import { Icon } from '../common/Icon.tsx';
import { LayerGrid } from '../grid/LayerGrid.tsx';
import { LegendDialog } from '../keys/Legend.tsx';
import { NowBar } from '../timeline/NowBar.tsx';
import { PHONE, useMedia } from '../screens/useMedia.ts';
import { CursorStrip } from './CursorStrip.tsx';
import { usePresenterKeys } from './usePresenterKeys.ts';

/** The stack drawn this much larger: its smallest labels (12.5 units) at 20 px. */
const PRESENTER_SCALE = 1.62;

const StackView = lazy(() => import('../stack/StackView.tsx').then((m) => ({ default: m.StackView })));

export function Presenter() {
  const { t } = useTranslation();
  const playing = useLab((s) => s.playing);
  const position = useLab((s) => s.position);
  const total = useLab((s) => s.total);
  const stepMicro = useLab((s) => s.stepMicro);
  const togglePlay = useLab((s) => s.togglePlay);
  const setPresenter = useLab((s) => s.setPresenter);
  const root = useRef<HTMLDivElement>(null);
  const [mark, setMark] = useState<HTMLDivElement | null>(null);
  const setRoot = useCallback((e: HTMLDivElement | null) => {
    root.current = e;
    setMark(e);
  }, []);
  usePresenterKeys();
  // A projector's sizes are for a room; a phone in a hand shows the stack over the grid at the phone's own sizes (screens.css).
  const phone = useMedia(PHONE);
  // Keys work at once: the page's focus was on the button that opened this view, now gone.
  useEffect(() => root.current?.focus(), []);
  return (
    <div className="app presenter" data-testid="presenter" ref={setRoot} tabIndex={-1} aria-label={t('presenter.label')}>
      <SettledMark target={mark} />
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
            <StackView scale={phone ? 1 : PRESENTER_SCALE} fill={!phone} />
          </Suspense>
          <LayerGrid large={!phone} />
        </div>
        <p className="presenter-keys muted">{t('presenter.keys')}</p>
      </main>
      <LegendDialog />
    </div>
  );
}
