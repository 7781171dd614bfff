// How a layer is named to people: its role in the mount, lowers counted
// from the top as lowerdir= lists them.
import type { TFunction } from 'i18next';
import type { LayerInfo } from '../../engine/explain.ts';

export function layerRoleLabel(t: TFunction, l: LayerInfo, lowerCount: number): string {
  if (l.role === 'upper') return t('layer.upper');
  if (l.role === 'data') return t('layer.data');
  if (lowerCount === 1) return t('layer.lower');
  return t('layer.lowerN', { n: l.index, count: lowerCount });
}

/**
 * What to call each layer on screen: its directory name, unless another
 * layer has the same one (Docker's overlay2 names every layer "diff"); then
 * the shortest ending of its path that no other layer shares. By grid index.
 * `names` (an opened image's) wins over both.
 */
export function layerLabels(layers: readonly { path: string; name: string }[], names?: Readonly<Record<string, string>>): string[] {
  return layers.map((l) => {
    // An opened image names overlay2's directories after its layers and containers.
    const named = names?.[l.path] ?? names?.[l.path.replace(/^\//, '')];
    if (named) return named;
    if (layers.filter((o) => o.name === l.name).length < 2) return l.name;
    const parts = l.path.split('/');
    for (let n = 2; n <= parts.length; n++) {
      const tail = parts.slice(-n).join('/');
      if (!layers.some((o) => o !== l && (o.path === tail || o.path.endsWith(`/${tail}`)))) return tail;
    }
    return l.path;
  });
}
