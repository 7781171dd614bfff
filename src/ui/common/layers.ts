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
