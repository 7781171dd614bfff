// The form behind one direct edit. It shows the command it will run, so the
// learner sees that every click is a line of the script.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { editCommand, type EditMode, type EditTarget } from './commands.ts';

interface Props {
  mode: EditMode;
  target: EditTarget;
  /** Current name (rename) and content (edit). */
  initialName: string;
  initialContent: string;
  onRun: (cmd: string) => void;
  onCancel: () => void;
}

export function EditForm({ mode, target, initialName, initialContent, onRun, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [content, setContent] = useState(initialContent);
  const cmd = editCommand(mode, target, name, content);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (cmd) onRun(cmd);
  };
  return (
    <form className="edit-form" onSubmit={submit} data-testid="edit-form">
      {(mode === 'file' || mode === 'dir' || mode === 'rename') && (
        <label className="field">
          <span>{t('edit.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus data-testid="edit-name" />
        </label>
      )}
      {(mode === 'file' || mode === 'edit') && (
        <label className="field">
          <span>{t('edit.content')}</span>
          <textarea value={content} onChange={(e) => setContent(e.target.value)} rows={6} autoFocus={mode === 'edit'} data-testid="edit-content" />
        </label>
      )}
      {mode === 'delete' && <p>{t('edit.confirmDelete', { path: target.path ?? '' })}</p>}
      <p className="muted">{t('edit.willRun')}</p>
      <pre className="edit-preview" data-testid="edit-preview">{cmd ?? t('edit.badName')}</pre>
      <div className="form-buttons">
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!cmd} data-testid="edit-run">
          {t(mode === 'delete' ? 'edit.delete' : 'edit.run')}
        </button>
      </div>
    </form>
  );
}
