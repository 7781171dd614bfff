// One command of the timeline, opening into its micro-steps (the engine's
// events), each a button that moves the cursor right after it.
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandStep, MicroStep } from '../../replay/timeline.ts';
import { useCaption } from '../i18n/useCaption.ts';

interface Props {
  index: number;
  c: CommandStep;
  micro: readonly MicroStep[];
  /** The cursor, when it is inside or right after this command; else -1. */
  cursor: number;
  state: 'done' | 'current' | 'pending';
  expanded: boolean;
  onToggle: (index: number) => void;
  onSeek: (position: number) => void;
}

export const CommandItem = memo(function CommandItem({ index, c, micro, cursor, state, expanded, onToggle, onSeek }: Props) {
  const { t } = useTranslation();
  const captionOf = useCaption();
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  const end = c.first + c.count;
  return (
    <li className={`cmd-item ${state}`} data-testid="timeline-step" data-status={c.status}>
      <div className="cmd-line">
        <button
          type="button"
          className="expander"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'timeline.hideSteps' : 'timeline.showSteps', { cmd: c.cmd })}
          onClick={() => onToggle(index)}
          disabled={c.count === 0}
        >
          <span aria-hidden="true">{c.count === 0 ? '·' : expanded ? '▾' : '▸'}</span>
        </button>
        <button type="button" className="cmd-seek" data-testid="command-seek" onClick={() => onSeek(end)} aria-current={state === 'current' && cursor === end ? 'step' : undefined} ref={state === 'current' && cursor === end ? currentRef : undefined}>
          <span className="cmd-index">{index + 1}</span>
          <code className="cmd-text">{c.cmd}</code>
          {c.status !== 0 && <span className="status-badge">{t('terminal.status', { status: c.status })}</span>}
          <span className="cmd-count">{t('timeline.stepCount', { count: c.count })}</span>
        </button>
      </div>
      {expanded && c.count > 0 && (
        <ol className="micro-list">
          {micro.slice(c.first, end).map((m, j) => {
            const pos = c.first + j + 1;
            const here = cursor === pos;
            return (
              <li key={pos} data-testid="micro-step" data-event={m.event.type} className={`micro${pos <= cursor ? ' applied' : ''}${here ? ' here' : ''}${m.walk ? ' walk' : ''}`}>
                <button type="button" onClick={() => onSeek(pos)} aria-current={here ? 'step' : undefined} ref={here ? currentRef : undefined}>
                  <span className={`ev ev-${m.event.type}`}>{t(`event.${m.event.type}`)}</span>
                  <span className="micro-caption">
                    {m.walk && <span className="muted">{t('timeline.walk')} </span>}
                    {captionOf(m.event)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
});
