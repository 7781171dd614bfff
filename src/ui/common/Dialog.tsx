// A modal built on <dialog>: the browser traps focus, Escape closes it and
// focus returns to what opened it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}

export function Dialog({ open, title, onClose, children, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-label={title} onClose={onClose} data-testid={testId}>
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('dialog.close')}>
          ×
        </button>
      </header>
      {open && <div className="dialog-body">{children}</div>}
    </dialog>
  );
}
