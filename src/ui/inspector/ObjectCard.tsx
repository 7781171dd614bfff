// One layer's object in the inspector: kind, mode, links, content, and each
// xattr with what it means to the overlay in one sentence.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { ObjectDetail } from '../../replay/inspect.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import { cellLabelKey } from '../common/kinds.ts';

const OVERLAY_XATTRS = ['origin', 'impure', 'opaque', 'redirect', 'metacopy', 'nlink', 'uuid', 'upper', 'whiteout', 'protattr'];

/** The i18n key explaining an xattr: overlay's own by their short name, any other by namespace. */
export function xattrKey(name: string): string {
  const m = /^(?:trusted|user)\.overlay\.(.+)$/.exec(name);
  if (m && OVERLAY_XATTRS.includes(m[1])) return `xattr.${m[1]}`;
  if (m) return 'xattr.overlayOther';
  return name.startsWith('user.') ? 'xattr.user' : 'xattr.other';
}

const octal = (m: number) => m.toString(8).padStart(4, '0');

/** `layer` is the data-layer handle; `title` what people read. */
export function ObjectCard({ layer, title, role, detail }: { layer: string; title: string; role: string; detail: ObjectDetail }) {
  const { t } = useTranslation();
  const c = detail.cell;
  return (
    <article className={`object-card role-${role}`} data-layer={layer}>
      <h3>
        <KindIcon cell={c} />
        <span className="card-layer">{title}</span>
        <span className="card-kind">{t(cellLabelKey(c))}</span>
      </h3>
      {c.kind !== 'absent' && (
        <>
          <p className="muted card-path">
            <code>{detail.path}</code>
          </p>
          <dl className="facts">
            {detail.mode !== undefined && c.kind !== 'whiteout' && (
              <>
                <dt>{t('inspect.mode')}</dt>
                <dd>
                  <code>{octal(detail.mode)}</code>
                </dd>
              </>
            )}
            {detail.nlink !== undefined && (
              <>
                <dt>{t('inspect.nlink')}</dt>
                <dd>{detail.nlink}</dd>
              </>
            )}
            {detail.size !== undefined && c.kind === 'file' && (
              <>
                <dt>{t('inspect.size')}</dt>
                <dd>{t('inspect.bytes', { count: detail.size })}</dd>
              </>
            )}
            {detail.target !== undefined && (
              <>
                <dt>{t('inspect.target')}</dt>
                <dd>
                  <code>{detail.target}</code>
                </dd>
              </>
            )}
          </dl>
          {c.kind === 'whiteout' && <p className="explain">{t('inspect.whiteoutExplain')}</p>}
          {detail.content && (
            <pre className={`content${detail.content.binary ? ' binary' : ''}`} aria-label={t('inspect.content')}>
              {detail.content.text === '' ? <span className="muted">{t('inspect.emptyFile')}</span> : detail.content.text}
              {detail.content.omitted > 0 && <span className="muted">{'\n'}{t('inspect.omitted', { count: detail.content.omitted })}</span>}
            </pre>
          )}
          {detail.xattrs.length > 0 && (
            <ul className="xattrs" aria-label={t('inspect.xattrs')}>
              {detail.xattrs.map((x) => (
                <li key={x.name}>
                  <code className="xattr-name">{x.name}</code>
                  <code className="xattr-value">{x.binary ? t('inspect.binaryValue', { hex: x.value.slice(0, 24) + (x.value.length > 24 ? '…' : '') }) : JSON.stringify(x.value)}</code>
                  <span className="xattr-why">{t(xattrKey(x.name), { value: x.value })}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </article>
  );
}
