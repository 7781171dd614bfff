// Direct editing of the merged tree: new file, new directory, edit, rename,
// delete. Each runs the equivalent command through the terminal's path, so
// the session stays a plain, replayable script.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { selectShown, useLab } from '../../store/index.ts';
import { Dialog } from '../common/Dialog.tsx';
import type { EditMode, EditTarget } from './commands.ts';
import { EditForm } from './EditDialog.tsx';

const MODES: EditMode[] = ['file', 'dir', 'edit', 'rename', 'delete'];

export function EditBar() {
  const { t } = useTranslation();
  const shown = useLab(selectShown);
  const view = useLab((s) => s.view);
  const selected = useLab((s) => s.selected);
  const total = useLab((s) => s.total);
  const cwd = useLab((s) => s.commands.at(-1)?.cwd ?? '');
  const atEnd = useLab((s) => s.position >= s.total);
  const seek = useLab((s) => s.seek);
  const runCommand = useLab((s) => s.runCommand);
  const [mode, setMode] = useState<EditMode | null>(null);
  const sel = view && view.selectedRow?.path === selected ? view.selectedRow : null;
  const row = sel && sel.merged.kind !== 'absent' ? sel : null;
  if (!shown || shown.phase !== 'mounted') return null;
  const target: EditTarget = { root: shown.target, path: row?.path ?? null, isDir: row?.merged.kind === 'dir', cwd };
  const needsRow = (m: EditMode) => m === 'edit' || m === 'rename' || m === 'delete';
  const enabled = (m: EditMode) => (!needsRow(m) || (row !== null && (m !== 'edit' || row.merged.kind === 'file')));
  const content = () => {
    if (!row || !view) return '';
    const d = view.detail?.merged.content;
    return d && !d.binary && d.omitted === 0 ? d.text : '';
  };
  if (!atEnd) {
    // Edits run after the last command; from the past, offer the way there instead of dead buttons.
    return (
      <div className="edit-bar">
        <span className="muted">{t('edit.notAtEnd')}</span>
        <button type="button" className="small link" onClick={() => seek(total)} data-testid="edit-to-end">
          {t('edit.toEnd')}
        </button>
      </div>
    );
  }
  return (
    <div className="edit-bar" role="group" aria-label={t('edit.label')}>
      <span className="muted">{t('edit.label')}</span>
      {MODES.map((m) => (
        <button key={m} type="button" className="small" disabled={!enabled(m)} onClick={() => setMode(m)} data-testid={`edit-${m}`}>
          {t(`edit.${m}`)}
        </button>
      ))}
      <Dialog open={mode !== null} title={mode ? t(`edit.title.${mode}`, { path: row?.path ?? shown.target }) : ''} onClose={() => setMode(null)}>
        {mode && (
          <EditForm
            mode={mode}
            target={target}
            initialName={mode === 'rename' ? (row?.name ?? '') : ''}
            initialContent={mode === 'edit' ? content() : ''}
            onRun={(cmd) => {
              void runCommand(cmd);
              setMode(null);
            }}
            onCancel={() => setMode(null)}
          />
        )}
      </Dialog>
    </div>
  );
}
