// Stepping controls: back and forward by micro-step and by command, play
// and pause, speed, and a scrubber over every micro-step of the session.
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { SpeedField } from './SpeedField.tsx';
import { Icon } from '../common/Icon.tsx';

/** A drag of the scrubber's thumb: it ends where the pointer is let go, on the thumb or anywhere else. */
function startScrub(setScrubbing: (on: boolean) => void): void {
  setScrubbing(true);
  const end = () => {
    setScrubbing(false);
    window.removeEventListener('pointerup', end, true);
    window.removeEventListener('pointercancel', end, true);
  };
  window.addEventListener('pointerup', end, true);
  window.addEventListener('pointercancel', end, true);
}

export function Transport() {
  const { t } = useTranslation();
  const position = useLab((s) => s.position);
  const total = useLab((s) => s.total);
  const playing = useLab((s) => s.playing);
  const seek = useLab((s) => s.seek);
  const setScrubbing = useLab((s) => s.setScrubbing);
  const stepMicro = useLab((s) => s.stepMicro);
  const stepCommand = useLab((s) => s.stepCommand);
  const togglePlay = useLab((s) => s.togglePlay);
  const atStart = position === 0;
  const atEnd = position >= total;
  return (
    <div className="transport" role="group" aria-label={t('transport.label')}>
      <div className="transport-buttons">
        <button type="button" className="icon-button" onClick={() => seek(0)} disabled={atStart} aria-label={t('transport.start')} title={t('transport.start')}>
          <Icon name="start" />
        </button>
        <button type="button" className="icon-button" onClick={() => stepCommand(-1)} disabled={atStart} aria-label={t('transport.commandBack')} title={t('transport.commandBack')} data-testid="command-back">
          <Icon name="commandBack" />
        </button>
        <button type="button" className="icon-button" onClick={() => stepMicro(-1)} disabled={atStart} aria-label={t('transport.stepBack')} title={t('transport.stepBack')} data-testid="step-back">
          <Icon name="stepBack" />
        </button>
        <button type="button" className="icon-button play" onClick={togglePlay} disabled={total === 0} aria-label={t(playing ? 'transport.pause' : 'transport.play')} aria-pressed={playing} title={t(playing ? 'transport.pause' : 'transport.play')} data-testid="play">
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" className="icon-button" onClick={() => stepMicro(1)} disabled={atEnd} aria-label={t('transport.stepForward')} title={t('transport.stepForward')} data-testid="step-forward">
          <Icon name="stepForward" />
        </button>
        <button type="button" className="icon-button" onClick={() => stepCommand(1)} disabled={atEnd} aria-label={t('transport.commandForward')} title={t('transport.commandForward')} data-testid="command-forward">
          <Icon name="commandForward" />
        </button>
        <button type="button" className="icon-button" onClick={() => seek(total)} disabled={atEnd} aria-label={t('transport.end')} title={t('transport.end')}>
          <Icon name="end" />
        </button>
        <SpeedField className="inline-field speed" />
      </div>
      <div className="scrubber-line">
        <input
          type="range"
          className="scrubber"
          min={0}
          max={total}
          value={position}
          onChange={(e) => seek(Number(e.target.value), true)}
          onPointerDown={() => startScrub(setScrubbing)}
          onBlur={() => setScrubbing(false)}
          aria-label={t('transport.scrubber')}
          aria-valuetext={t('transport.position', { position, total })}
          data-testid="scrubber"
          disabled={total === 0}
        />
        <span className="position" data-testid="position">
          {t('transport.position', { position, total })}
        </span>
      </div>
    </div>
  );
}
