// The playback speed, as the transport bar and presenter mode both offer it.
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { SPEEDS, useLab } from '../../store/index.ts';

export const SpeedField = memo(function SpeedField({ className = 'inline-field', testId }: { className?: string; testId?: string }) {
  const { t } = useTranslation();
  const speed = useLab((s) => s.speed);
  const setSpeed = useLab((s) => s.setSpeed);
  return (
    <label className={className}>
      <span>{t('transport.speed')}</span>
      <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid={testId}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t('transport.speedOption', { speed: s })}
          </option>
        ))}
      </select>
    </label>
  );
});
