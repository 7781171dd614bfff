// The caption of the micro-step just applied, large enough for the back of
// a classroom, and announced to screen readers as the cursor moves.
import { useTranslation } from '../i18n/useTranslation.ts';
import { selectCurrentMicro, useLab } from '../../store/index.ts';
import { expectedFailure, useCaption, useCaptionText } from '../i18n/useCaption.ts';
import { DetailToggle } from './DetailToggle.tsx';

export function NowBar() {
  const { t } = useTranslation();
  const captionOf = useCaption();
  const captionText = useCaptionText();
  const micro = useLab(selectCurrentMicro);
  const detail = useLab((s) => s.detail);
  // In the simple view, the end of an act's steps says what the act did.
  const group = useLab((s) => (s.view && s.view.position === s.position ? s.view.group : null));
  const position = useLab((s) => s.position);
  const asGroup = detail === 'simple' && group && group.to > group.from && group.to === position ? group : null;
  const type = asGroup ? asGroup.event : micro?.event.type;
  const commands = useLab((s) => s.commands);
  const total = useLab((s) => s.total);
  const base = useLab((s) => s.base);
  const cmd = micro ? commands[micro.command] : null;
  return (
    <div className="now-bar" data-testid="now">
      <p className="now-caption" aria-live="polite" data-testid="now-caption">
        {micro ? (
          <>
            {!asGroup && expectedFailure(micro.event, cmd?.cmd) && micro.event.type === 'error' ? (
              <>
                <span className="ev ev-expected">{t('event.expected')}</span> <span className="now-text">{t('timeline.existsAlready', { path: micro.event.path })}</span>
              </>
            ) : (
              <>
                <span className={`ev ev-${type}`}>{t(`event.${type}`)}</span> <span className="now-text">{asGroup ? captionText(asGroup.caption) : captionOf(micro.event)}</span>
              </>
            )}
          </>
        ) : (
          <span className="now-text">
            {t(
              total > 0 ? 'now.start' : base.kind === 'stack' ? 'now.stack' : base.kind === 'image' ? 'now.image' : 'now.empty',
              base.kind === 'stack' ? { entries: base.entries, layers: base.layers } : base.kind === 'image' ? { name: base.name } : undefined,
            )}
          </span>
        )}
      </p>
      {cmd && (
        <code className="now-cmd" title={cmd.cmd}>
          $ {cmd.cmd}
        </code>
      )}
      <DetailToggle />
    </div>
  );
}
