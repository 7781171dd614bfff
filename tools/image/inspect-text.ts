// `image inspect` as text and as JSON, and its --ci verdict (dive's CI
// mode: thresholds on efficiency and waste; crossing one exits 1).
import type { ImageAnalysis } from '../../src/image/analysis.ts';
import type { Image } from '../../src/image/image.ts';
import { escapeField } from '../../src/image/tree.ts';

export function inspectJson(image: Image, a: ImageAnalysis) {
  const instr = (i: number) => image.history.find((h) => h.layer === i)?.createdBy ?? '';
  return {
    source: image.source,
    format: image.format,
    refs: image.refs,
    ...(image.configDigest ? { id: image.configDigest } : {}),
    ...(image.manifestDigest ? { manifestDigest: image.manifestDigest } : {}),
    ...(image.platform ? { platform: image.platform } : {}),
    layers: image.layers.map((l) => ({
      index: l.index,
      digest: l.digest,
      diffId: l.diffId,
      mediaType: l.mediaType,
      compression: l.compression,
      blobSize: l.blobSize,
      tarSize: l.tarSize,
      size: l.tree.stats.bytes,
      files: l.tree.stats.files,
      entries: l.tree.stats.entries,
      whiteouts: l.tree.stats.whiteouts,
      opaqueDirs: l.tree.stats.opaqueDirs,
      instruction: instr(l.index),
      hiddenBytes: a.layers[l.index - 1].hiddenBytes,
    })),
    history: image.history,
    storedBytes: a.storedBytes,
    reachableBytes: a.reachableBytes,
    hiddenBytes: a.hiddenBytes,
    efficiency: a.efficiency,
    topWasted: a.topWasted,
    dive: a.dive,
  };
}

const human = (n: number) => (n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : n < 1 << 30 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 2 ** 30).toFixed(2)} GiB`);

const why = (w: ImageAnalysis['topWasted'][number]) =>
  w.by.kind === 'whiteout' ? `deleted by layer ${w.by.layer}'s whiteout${w.by.at === w.path ? '' : ` of ${w.by.at}`}` : w.by.kind === 'opaque' ? `under layer ${w.by.layer}'s opaque directory ${w.by.at}` : `overwritten by layer ${w.by.layer}${w.by.at === w.path ? '' : ` at ${w.by.at}`}`;

export function inspectText(image: Image, a: ImageAnalysis): string {
  const out: string[] = [];
  out.push(`# ${image.source}: ${image.format}${image.refs.length ? ` (${image.refs.join(', ')})` : ''}`);
  if (image.configDigest) out.push(`# id ${image.configDigest}`);
  out.push('# layer\tdigest\tsize\tentries\twhiteouts\topaque\thidden\tinstruction');
  for (const h of image.history) {
    if (h.layer === undefined) {
      out.push(`-\t(empty layer)\t0\t0\t0\t0\t0\t${escapeField(h.createdBy)}`);
      continue;
    }
    const l = image.layers[h.layer - 1];
    const s = l.tree.stats;
    out.push(`${l.index}\t${l.digest.slice(0, 19)}\t${s.bytes}\t${s.entries}\t${s.whiteouts}\t${s.opaqueDirs}\t${a.layers[l.index - 1].hiddenBytes}\t${escapeField(h.createdBy)}`);
  }
  out.push('');
  out.push(`stored ${a.storedBytes} bytes (${human(a.storedBytes)}), reachable ${a.reachableBytes}, hiddenBytes ${a.hiddenBytes} (${human(a.hiddenBytes)})`);
  out.push(`efficiency ${(a.efficiency * 100).toFixed(4)} %`);
  if (a.topWasted.length) {
    out.push('top wasted paths:');
    for (const w of a.topWasted) out.push(`  ${String(w.size).padStart(12)}  ${escapeField(w.path)}  (layer ${w.layer}, ${why(w)})`);
  }
  out.push('');
  out.push(`dive would say: efficiency ${(a.dive.efficiency * 100).toFixed(4)} %, wastedBytes ${a.dive.wastedBytes}, userWastedPercent ${(a.dive.userWastedPercent * 100).toFixed(4)} %`);
  out.push('  (dive counts every copy of a path found in two or more layers, the one you still see included;');
  out.push('   it ignores opaque directories and counts a deleted file as 0 bytes; hiddenBytes counts exactly');
  out.push('   the stored bytes no path of the merged view reaches, a hard-linked file once)');
  return `${out.join('\n')}\n`;
}

export interface CiThresholds {
  lowestEfficiency?: number;
  highestWastedBytes?: number;
  highestUserWastedPercent?: number;
}

/** The failed rules, as dive's CI mode words them (on our honest figures). */
export function ciFailures(a: ImageAnalysis, t: CiThresholds): string[] {
  const fails: string[] = [];
  const user = a.layers.slice(1).reduce((s, l) => s + l.storedBytes, 0);
  const userPct = user === 0 ? 0 : a.hiddenBytes / user;
  if (t.lowestEfficiency !== undefined && a.efficiency < t.lowestEfficiency) fails.push(`lowestEfficiency: efficiency ${a.efficiency.toFixed(4)} < ${t.lowestEfficiency}`);
  if (t.highestWastedBytes !== undefined && a.hiddenBytes > t.highestWastedBytes) fails.push(`highestWastedBytes: hiddenBytes ${a.hiddenBytes} > ${t.highestWastedBytes}`);
  if (t.highestUserWastedPercent !== undefined && userPct > t.highestUserWastedPercent) fails.push(`highestUserWastedPercent: ${userPct.toFixed(4)} > ${t.highestUserWastedPercent}`);
  return fails;
}

/** "20MB", "1.5 GiB", "1000" to bytes; NaN when it is not a size. */
export function parseSize(s: string): number {
  const m = /^\s*([\d.]+)\s*([kmgt]?)(i?)b?\s*$/i.exec(s);
  if (!m) return NaN;
  const base = m[3] || !m[2] ? 1024 : 1000;
  const pow = ' kmgt'.indexOf(m[2].toLowerCase() || ' ');
  return Math.round(Number(m[1]) * base ** pow);
}
