// The top bar: the product, the session's title, the ways in and out
// (picker, open, save, share, new), undo and redo, and the shortcut legend.
import { useTranslation } from '../i18n/useTranslation.ts';
import { redoNext as nextRedo, undoRestores, useLab } from '../../store/index.ts';
import { Icon } from '../common/Icon.tsx';
import { FileActions } from './FileActions.tsx';
import { Settings } from './Settings.tsx';

export function Header() {
  const { t, i18n } = useTranslation();
  // The title in the language shown: the script's `# title.zh:` in Chinese, when it has one.
  const title = useLab((s) => (i18n.language === 'zh-CN' && s.titleZh) || s.title);
  const name = useLab((s) => s.name);
  const restores = useLab(undoRestores);
  const undoNext = useLab((s) => (undoRestores(s) ? s.replacedStack[s.replacedStack.length - 1].name : s.commands[s.commands.length - 1]?.cmd));
  const canUndo = undoNext !== undefined;
  const undoLabel = !canUndo ? t('header.undo') : restores ? t('header.undoReplace', { name: undoNext }) : t('header.undoCmd', { cmd: undoNext });
  const redoWhat = useLab((s) => {
    const n = nextRedo(s);
    return n === null ? null : n.kind === 'session' ? `s:${n.name}` : `c:${n.cmd}`;
  });
  const redoLabel = redoWhat === null ? t('header.redo') : redoWhat.startsWith('s:') ? t('header.redoReplace', { name: redoWhat.slice(2) }) : t('header.redoCmd', { cmd: redoWhat.slice(2) });
  const undo = useLab((s) => s.undo);
  const redo = useLab((s) => s.redo);
  const newSession = useLab((s) => s.newSession);
  const setLegendOpen = useLab((s) => s.setLegendOpen);
  const setPresenter = useLab((s) => s.setPresenter);
  return (
    <header className="app-header">
      <h1 data-testid="app-title">{t('app.name')}</h1>
      <p className="session-title" data-testid="session-title" title={name}>
        {title ?? name}
      </p>
      <nav className="header-actions" aria-label={t('header.actions')}>
        <FileActions />
        <button type="button" onClick={newSession} data-testid="new-session">
          {t('header.new')}
        </button>
        <span className="divider" aria-hidden="true" />
        <button type="button" className="icon-button" onClick={undo} disabled={!canUndo} aria-label={undoLabel} title={undoLabel} data-testid="undo">
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={redo}
          disabled={redoWhat === null}
          aria-label={redoLabel}
          title={redoLabel}
          data-testid="redo"
        >
          <Icon name="redo" />
        </button>
        <span className="divider" aria-hidden="true" />
        <button type="button" onClick={() => setPresenter(true)} title={t('header.presenterTitle')} data-testid="presenter-mode">
          {t('header.presenter')}
        </button>
        <Settings />
        <button type="button" className="icon-button" onClick={() => setLegendOpen(true)} aria-label={t('keys.open')} title={t('keys.open')} data-testid="shortcuts">
          ?
        </button>
      </nav>
    </header>
  );
}
