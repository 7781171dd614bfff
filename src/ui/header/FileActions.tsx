// Scenarios in and out: open a .sh from disk, save the session as a script
// (runs unchanged on a real kernel) or as its overlay-trace/1, share it as
// a link.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { SharedImage } from '../../scenario/share-image.ts';
import { labStore, sessionScript, useLab } from '../../store/index.ts';
import { download } from '../common/browser.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { SharedImagePrompt } from './SharedImagePrompt.tsx';

/** Bigger than any scenario a person writes; the script module has the exact limit. */
const MAX_FILE = 2 << 20;

export function FileActions() {
  const { t } = useTranslation();
  const loadScript = useLab((s) => s.loadScript);
  const showNotice = useLab((s) => s.showNotice);
  const openImage = useLab((s) => s.openImage);
  const [picker, setPicker] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [sharedImage, setSharedImage] = useState<SharedImage | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE) {
      showNotice({ kind: 'error', key: 'notice.fileTooBig', params: { name: file.name } });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      showNotice({ kind: 'error', key: 'notice.fileNotText', params: { name: file.name } });
      return;
    }
    void loadScript(text, file.name);
  };

  const onImage = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file) void openImage(file, file.name);
  };

  const save = (kind: 'sh' | 'trace') => {
    const s = labStore.getState();
    const stem = s.name.replace(/\.sh$/, '');
    if (kind === 'sh') {
      download(`${stem}.sh`, sessionScript(s), 'text/x-shellscript');
      return;
    }
    void s.host.call('trace', `${stem}.sh`).then((r) => {
      if (r.ok) download(`${stem}.trace.json`, JSON.stringify(r.value, null, 1) + '\n', 'application/json');
      else s.showNotice({ kind: 'error', key: 'notice.internal', params: { name: s.name }, detail: r.error.detail });
    });
  };

  const share = async () => {
    // fflate loads with the first share, not with the page.
    const { shareLink } = await import('../../scenario/share.ts');
    const s = labStore.getState();
    // On an image, the link names the archive (file name, size, sha256 of its bytes), never carries it.
    let image: SharedImage | null = null;
    if (s.base.kind === 'image') {
      const { archiveDigest } = await import('../../store/digest.ts');
      image = { name: s.base.name, size: s.base.blob.size, digest: await archiveDigest(s.base.blob) };
    }
    const url = shareLink(location.href, sessionScript(s), image);
    setSharedImage(image);
    setLink(url);
    // Best effort: the link is also shown to copy by hand (clipboard needs a secure context).
    navigator.clipboard?.writeText(url).catch(() => undefined);
  };

  return (
    <>
      <button type="button" onClick={() => setPicker(true)} data-testid="open-picker">
        {t('file.scenarios')}
      </button>
      <label className="button file-button">
        {t('file.open')}
        <input type="file" accept=".sh,text/x-shellscript,text/plain" className="visually-hidden" data-testid="open-scenario-file" onChange={onFile} />
      </label>
      <label className="button file-button" title={t('file.dropImage')}>
        {t('file.openImage')}
        <input type="file" accept=".tar,.tgz,.gz,.zst,.oci,application/x-tar,application/gzip,application/zstd" className="visually-hidden" data-testid="open-image-file" onChange={onImage} />
      </label>
      <button type="button" onClick={() => save('sh')} data-testid="save-script">
        {t('file.saveScript')}
      </button>
      <button type="button" onClick={() => save('trace')} data-testid="save-trace">
        {t('file.saveTrace')}
      </button>
      <button type="button" onClick={() => void share()} data-testid="share">
        {t('file.share')}
      </button>
      <Dialog open={picker} title={t('picker.title')} onClose={() => setPicker(false)} wide>
        <ScenarioPicker onDone={() => setPicker(false)} />
      </Dialog>
      <ShareDialog link={link} image={sharedImage} onClose={() => setLink(null)} />
      <SharedImagePrompt />
    </>
  );
}
