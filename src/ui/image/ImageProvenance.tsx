// One path of the opened image through every layer, top first: the version
// the container sees, and for each one below it what hid it (overwritten by
// layer N, deleted by layer N's whiteout, under layer N's opaque
// directory) and the bytes it wastes. Asked of the worker, which keeps the
// layers.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TFunction } from 'i18next';
import type { PathProvenance, PathVersionInfo } from '../../session/image-browse-types.ts';
import { useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import { cellOf, typeKey } from './kinds.ts';

/** Why a version cannot be seen, or that it is the one seen, in words. */
export function versionStatus(t: TFunction, v: PathVersionInfo, path: string): string {
  if (v.status === 'visible') return t('image.prov.visible');
  if (v.status === 'whiteout') return t('image.prov.whiteout');
  const by = v.by!;
  const here = by.at === path;
  const key = by.kind === 'overwritten' ? 'overwritten' : by.kind === 'whiteout' ? 'deleted' : 'opaque';
  return t(`image.prov.${key}${here ? '' : 'Above'}`, { layer: by.layer, at: by.at });
}

/** The path as the container sees it, in one line. */
export function provenanceSummary(t: TFunction, p: PathProvenance): string {
  const top = p.versions[0];
  if (!top) return t('image.prov.nowhere');
  const seen = p.versions.find((v) => v.status === 'visible');
  if (seen) return t('image.prov.seenFrom', { layer: seen.layer, count: p.versions.length });
  if (top.status === 'whiteout') return t('image.prov.gone', { layer: top.layer });
  return t('image.prov.goneWith', { status: versionStatus(t, top, p.path) });
}

export function ProvenanceView({ p }: { p: PathProvenance }) {
  const { t } = useTranslation();
  return (
    <div className="image-prov" data-testid="image-provenance" data-path={p.path}>
      <p className="image-prov-path">
        <code>{p.path}</code>
      </p>
      <p data-testid="image-provenance-summary">{provenanceSummary(t, p)}</p>
      <ol className="image-prov-versions">
        {p.versions.map((v) => (
          <li key={v.layer} data-testid="image-version" data-layer={v.layer} data-status={v.status} data-by={v.by ? `${v.by.kind}@${v.by.layer}` : ''} className={v.status}>
            <span className="image-prov-layer">L{v.layer}</span>
            <KindIcon cell={cellOf(v.type, v.opaque)} />
            <span className="image-prov-kind">{t(typeKey(v.type, v.opaque))}</span>
            {v.type === 'f' && <span className="num">{formatBytes(v.size)}</span>}
            {v.type === 'l' && <code className="image-prov-target">→ {v.target}</code>}
            <span className="image-prov-status">{versionStatus(t, v, p.path)}</span>
            {v.wasted > 0 ? (
              <strong className="image-prov-wasted">{t('image.prov.wastes', { size: formatBytes(v.wasted) })}</strong>
            ) : v.status === 'hidden' && v.type === 'f' ? (
              <span className="muted">{t('image.prov.hardlink')}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The provenance of `path` in the opened image, fetched from the worker when the path changes. */
export function ImageProvenance({ path }: { path: string | null }) {
  const { t } = useTranslation();
  const host = useLab((s) => s.host);
  const image = useLab((s) => s.image);
  const [p, setP] = useState<PathProvenance | null>(null);
  useEffect(() => {
    if (!path || !image) return;
    let live = true;
    void host.call('imagePath', path).then((r) => {
      if (live && r.ok) setP(r.value);
    });
    return () => {
      live = false;
    };
  }, [host, image, path]);
  if (!path) return <p className="muted image-prov-none">{t('image.prov.none')}</p>;
  if (!p || p.path !== path) return <p className="muted image-prov-none">{t('image.tree.loading')}</p>;
  return <ProvenanceView p={p} />;
}
