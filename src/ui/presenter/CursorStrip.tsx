// The cursor a class follows: a bar over the whole session with a tick at
// each command, and the current command's micro-steps in a row, the one
// just applied highlighted.
import { useTranslation } from 'react-i18next';
import { commandBoundaries, selectCurrentCommand, useLab } from '../../store/index.ts';

export function CursorStrip() {
  const { t } = useTranslation();
  const timeline = useLab((s) => s.timeline);
  const position = useLab((s) => s.position);
  const current = useLab(selectCurrentCommand);
  const total = timeline.micro.length;
  const pct = (n: number) => `${total === 0 ? 0 : (100 * n) / total}%`;
  // Before the first micro-step, show the first command to come.
  const c = timeline.commands[Math.max(0, current)];
  return (
    <div className="cursor-strip" data-testid="presenter-cursor">
      <div className="cursor-track" role="progressbar" aria-label={t('transport.scrubber')} aria-valuemin={0} aria-valuemax={total} aria-valuenow={position} aria-valuetext={t('transport.position', { position, total })}>
        <div className="cursor-fill" style={{ width: pct(position) }} />
        {commandBoundaries(timeline).map((b) => (
          <span key={b} className="cursor-tick" style={{ left: pct(b) }} />
        ))}
      </div>
      {c && (
        <div className="cursor-command">
          <span className="muted">{t('presenter.command', { n: Math.max(0, current) + 1, total: timeline.commands.length })}</span>
          <ol className="cursor-micro" aria-label={t('presenter.cursor')}>
            {timeline.micro.slice(c.first, c.first + c.count).map((m, j) => {
              const pos = c.first + j + 1;
              const state = pos === position ? 'here' : pos < position ? 'applied' : 'pending';
              return (
                <li key={pos} className={`cursor-step ${state} ev-${m.event.type}`} aria-current={state === 'here' ? 'step' : undefined} data-testid="presenter-micro" data-state={state}>
                  {t(`event.${m.event.type}`)}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
