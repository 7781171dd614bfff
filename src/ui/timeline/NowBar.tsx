// The caption of the micro-step just applied, large enough for the back of
// a classroom, and announced to screen readers as the cursor moves.
import { useTranslation } from 'react-i18next';
import { selectCurrentMicro, useLab } from '../../store/index.ts';
import { expectedFailure, useCaption } from '../i18n/useCaption.ts';

export function NowBar() {
  const { t } = useTranslation();
  const captionOf = useCaption();
  const micro = useLab(selectCurrentMicro);
  const commands = useLab((s) => s.commands);
  const total = useLab((s) => s.total);
  const base = useLab((s) => s.base);
  const cmd = micro ? commands[micro.command] : null;
  return (
    <div className="now-bar" data-testid="now">
      <p className="now-caption" aria-live="polite" data-testid="now-caption">
        {micro ? (
          <>
            {expectedFailure(micro.event, cmd?.cmd) && micro.event.type === 'error' ? (
              <>
                <span className="ev ev-expected">{t('event.expected')}</span> <span className="now-text">{t('timeline.existsAlready', { path: micro.event.path })}</span>
              </>
            ) : (
              <>
                <span className={`ev ev-${micro.event.type}`}>{t(`event.${micro.event.type}`)}</span> <span className="now-text">{captionOf(micro.event)}</span>
              </>
            )}
          </>
        ) : (
          <span className="now-text">{t(total > 0 ? 'now.start' : base.kind === 'stack' ? 'now.stack' : 'now.empty', base.kind === 'stack' ? { entries: base.entries, layers: base.layers } : undefined)}</span>
        )}
      </p>
      {cmd && (
        <code className="now-cmd" title={cmd.cmd}>
          $ {cmd.cmd}
        </code>
      )}
    </div>
  );
}
