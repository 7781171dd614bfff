// A share link on an image this browser does not keep: it names the image
// (file name, sha256 of the archive, size) and asks for that file. A file
// with another digest is refused, naming both; the session stays as it is
// until the right one is opened, and Undo brings it back afterwards.
import type { ChangeEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { shortDigest } from '../../scenario/share-image.ts';
import { dropSharedImage, giveSharedImage, labStore, useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';
import { Dialog } from '../common/Dialog.tsx';

export function SharedImagePrompt() {
  const { t } = useTranslation();
  const pending = useLab((s) => s.pendingShare);
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file) void giveSharedImage(labStore, file, file.name);
  };
  const close = () => {
    if (labStore.getState().pendingShare && !labStore.getState().pendingShare?.checking) dropSharedImage(labStore);
  };
  const image = pending?.image;
  return (
    <Dialog open={pending !== null} title={t('share.imageTitle')} onClose={close} testId="share-image-prompt">
      {image && pending && (
        <>
          <p data-testid="share-image-needed">{t('share.imageNeeded', { name: image.name, digest: shortDigest(image.digest), size: formatBytes(image.size) })}</p>
          <p className="muted">
            <code className="share-digest" data-testid="share-image-digest">
              {image.digest}
            </code>
          </p>
          <p className="muted">{t('share.imageKept')}</p>
          {pending.refused && (
            <p role="alert" className="share-refused" data-testid="share-image-refused">
              {t('share.imageWrong', { name: pending.refused.name, got: pending.refused.digest, want: image.digest })}
            </p>
          )}
          <div className="dialog-actions">
            <label className="button file-button" aria-disabled={pending.checking}>
              {pending.checking ? t('share.imageChecking') : t('share.imagePick', { name: image.name })}
              <input type="file" className="visually-hidden" disabled={pending.checking} data-testid="share-image-file" onChange={onFile} />
            </label>
            <button type="button" onClick={close} disabled={pending.checking} data-testid="share-image-cancel">
              {t('share.imageCancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
