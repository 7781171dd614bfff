// One-line captions for micro-steps, as data (a key and its parameters) so
// every language renders the same facts. English templates live beside
// them; the app's i18n takes its "captions" namespace from here.
import type { EngineEvent, LayerName, LayerProbe, ReaddirEvent } from '../engine/events.ts';
import { STRERROR, type Errno } from '../engine/errno.ts';

/**
 * A caption parameter: plain text (paths, names, numbers) or a fact each
 * language says in its own words: a file type, an errno, an unnamed
 * O_TMPFILE inode in a directory, the layers a lookup probed.
 */
export type CaptionValue =
  | string
  | number
  | { node: string }
  | { errno: Errno }
  | { unnamed: string }
  | { probes: readonly LayerProbe[] }
  /** Some names of a list of `total` (a long list is cut short). */
  | { names: readonly string[]; total: number }
  /** Clauses, each a caption of its own, said one after the other. */
  | { parts: readonly Caption[] };

export interface Caption {
  key: string;
  params: Record<string, CaptionValue>;
}

const octal = (m: number) => m.toString(8).padStart(4, '0');

export function layerLabel(l: LayerName): string {
  return l.kind === 'upper' ? 'upper' : l.kind === 'lower' ? `lower ${l.index + 1}` : `data ${l.index + 1}`;
}

const PROBE_WORDS: Record<LayerProbe['outcome'], string> = {
  absent: 'not there',
  whiteout: 'a whiteout: stop, it does not exist',
  file: 'found: stop',
  metacopy: 'metadata only: look below for the data',
  dir: 'a directory: merge, go on',
  'opaque-dir': 'an opaque directory: stop below it',
  redirect: 'a directory redirected to "{{redirect}}": go on there',
  'skipped-nondir': 'not a directory under a directory: ignored, stop',
  'not-consulted': 'not consulted',
};

export function probeText(p: LayerProbe): string {
  const own = `${p.path}: ${PROBE_WORDS[p.outcome].replace('{{redirect}}', p.redirect ?? '')}`;
  // A layer that is an overlay mount: the lookup it made, nested.
  return p.nested ? `${own} [${p.nested.map(probeText).join('; ')}]` : own;
}

/** A path an event names, or the unnamed inode it stands for. */
function pathValue(path: string, tmpfile: boolean | undefined): CaptionValue {
  return tmpfile ? { unnamed: path.slice(0, path.lastIndexOf('/')) } : path;
}

/** Names a caption spells out at most, per clause; the rest are counted (the caption is read aloud in a classroom, and must fit its bar). */
export const CAPTION_NAMES = 3;

const names = (list: readonly string[], total: number): CaptionValue => ({ names: list.slice(0, CAPTION_NAMES), total });

/** What a readdir read did, clause by clause (only the clauses that say something). */
export function readdirParts(e: ReaddirEvent): Caption[] {
  const parts: Caption[] = [];
  if (e.cache) parts.push({ key: 'readdir.cache', params: {} });
  if (e.counts.added > 0) parts.push({ key: e.how === 'real' ? 'readdir.lists' : 'readdir.adds', params: { names: names(e.added, e.counts.added) } });
  if (e.counts.whiteouts > 0) parts.push({ key: 'readdir.whiteouts', params: { names: names(e.whiteouts, e.counts.whiteouts) } });
  if (e.counts.whitedOut > 0) {
    const hid = e.hidden.filter((h) => h.by === 'whiteout').map((h) => h.name);
    parts.push({ key: 'readdir.whitedout', params: { names: names(hid, e.counts.whitedOut) } });
  }
  if (e.counts.above > 0) {
    const hid = e.hidden.filter((h) => h.by === 'above').map((h) => h.name);
    parts.push({ key: 'readdir.above', params: { names: names(hid, e.counts.above) } });
  }
  if (e.counts.added + e.counts.whiteouts + e.counts.whitedOut + e.counts.above === 0) parts.push({ key: 'readdir.empty', params: {} });
  if (e.opaque) parts.push({ key: 'readdir.opaque', params: {} });
  if (e.impure) parts.push({ key: 'readdir.impure', params: {} });
  if (e.xino) parts.push({ key: 'readdir.xino', params: {} });
  return parts;
}

/** The caption for one event; every kind is handled (the switch is exhaustive). */
export function caption(e: EngineEvent): Caption {
  switch (e.type) {
    case 'lookup':
      if (e.stale) return { key: `lookup.stale.${e.stale}`, params: { path: e.path, layers: { probes: e.probes } } };
      return { key: e.found ? 'lookup.found' : 'lookup.missing', params: { path: e.path, layers: { probes: e.probes } } };
    case 'copy-up':
      return { key: `copyup.${e.phase}${e.metacopy ? '.meta' : ''}`, params: { path: e.path, from: e.from, to: e.to, node: { node: e.node } } };
    case 'create':
      if (e.tmpfile) return { key: `${e.cause}.tmpfile`, params: { dir: e.path } };
      return { key: `${e.cause}.create`, params: { path: e.path, node: { node: e.node }, mode: octal(e.mode) } };
    case 'link':
      return { key: `${e.cause}.link`, params: { from: pathValue(e.from, e.tmpfile), to: e.to } };
    case 'unlink':
      return { key: `${e.cause}.unlink`, params: { path: e.path } };
    case 'rmdir':
      return { key: `${e.cause}.rmdir`, params: { path: e.path } };
    case 'rename':
      return { key: `${e.cause}.rename${e.flags ? `.${e.flags}` : ''}`, params: { from: e.from, to: e.to } };
    case 'write':
      return { key: `${e.cause}.write`, params: { path: pathValue(e.path, e.tmpfile), bytes: e.bytes, offset: e.offset } };
    case 'truncate':
      return { key: `${e.cause}.truncate`, params: { path: pathValue(e.path, e.tmpfile), size: e.size } };
    case 'setattr':
      return { key: `${e.cause}.setattr`, params: { path: pathValue(e.path, e.tmpfile), mode: e.mode === undefined ? '' : octal(e.mode) } };
    case 'setxattr':
      return { key: `${e.cause}.setxattr`, params: { path: pathValue(e.path, e.tmpfile), name: e.name, value: e.value } };
    case 'removexattr':
      return { key: `${e.cause}.removexattr`, params: { path: pathValue(e.path, e.tmpfile), name: e.name } };
    case 'mount':
      return { key: 'mount.mount', params: { target: e.target, options: e.options } };
    case 'umount':
      return { key: 'mount.umount', params: { target: e.target } };
    case 'dcache':
      return { key: 'dcache', params: { names: e.names } };
    case 'readdir':
      return { key: e.why === 'empty' ? 'readdir.empty-check' : `readdir.${e.how}`, params: { path: e.path, from: e.from, step: e.step, of: e.of, parts: { parts: readdirParts(e) } } };
    case 'error':
      return { key: 'error', params: { syscall: e.syscall, path: e.path, errno: e.errno, text: { errno: e.errno }, why: e.why ?? '' } };
  }
}

/**
 * English templates. A cause-specific key falls back to its generic form
 * (`copy-up.write` -> `*.write`), so every event has a caption.
 */
export const EN_CAPTIONS: Record<string, string> = {
  'lookup.found': 'lookup {{path}}: {{layers}}',
  'lookup.missing': 'lookup {{path}}: not found ({{layers}})',
  'lookup.stale.inode': 'lookup {{path}}: {{layers}}; but the lower object behind it is already another name’s overlay inode, with a different upper: refused, Stale file handle (ESTALE)',
  'lookup.stale.origin': 'lookup {{path}}: {{layers}}; but the upper copy records another origin than this lower object (index=on checks it): refused, Stale file handle (ESTALE)',
  'copyup.begin': 'copy-up {{path}}: from {{from}} to {{to}}',
  'copyup.begin.meta': 'copy-up {{path}} (metadata only): from {{from}} to {{to}}',
  'copyup.end': 'copy-up done: {{to}}',
  'copyup.end.meta': 'copy-up done (metadata only): {{to}}',
  'copy-up.tmpfile': 'copy-up: create an unnamed temp file in {{dir}} (O_TMPFILE)',
  'copy-up.create': 'copy-up: create {{path}}',
  'copy-up.write': 'copy-up: copy {{bytes}} bytes of data into {{path}}',
  'copy-up.setxattr': 'copy-up: copy xattr {{name}} to {{path}}',
  'copy-up.setattr': 'copy-up: set mode {{mode}}, owner and times of {{path}}',
  'copy-up.link': 'copy-up: link {{from}} into place as {{to}}',
  'copy-up.rename': 'copy-up: rename {{from}} to {{to}}',
  'copy-up.truncate': 'copy-up: set size of {{path}} to {{size}}',
  'origin.setxattr': 'origin: record in {{path}} where it came from ({{name}})',
  'impure.setxattr': 'impure: mark {{path}} (it now holds a copied-up entry)',
  'impure.removexattr': 'impure: {{path}} holds no copied-up entry any more, remove its mark',
  'metacopy.setxattr': 'metacopy: mark {{path}} as metadata only (data stays below)',
  'metacopy.truncate': 'metacopy: give {{path}} the full size {{size}}, but no data',
  'metacopy.removexattr': 'metacopy: data copied, remove the metadata-only mark from {{path}}',
  'whiteout.create': 'whiteout: create the shared whiteout {{path}} (character device 0/0)',
  'whiteout.link': 'whiteout: link {{from}} as {{to}}',
  'whiteout.rename': 'whiteout {{to}} (moved from {{from}})',
  'whiteout.rename.whiteout': 'rename {{from}} to {{to}}, leaving a whiteout at {{from}}',
  'whiteout.unlink': 'whiteout: remove {{path}}',
  'opaque.setxattr': 'opaque: mark {{path}} opaque (nothing below it is seen)',
  'opaque.create': 'opaque: create {{path}}',
  'opaque.setattr': 'opaque: set mode {{mode}}, owner and times of {{path}}',
  'opaque.rename.exchange': 'opaque: swap {{from}} with {{to}}',
  'redirect.setxattr': 'redirect: {{path}} records its old name "{{value}}"',
  'index.setxattr': 'index: set {{name}} on {{path}} to "{{value}}"',
  'index.link': 'index: link {{from}} as {{to}}',
  'index.create': 'index: create {{path}}',
  'index.rename': 'index: rename {{from}} to {{to}}',
  'index.unlink': 'index: remove {{path}}',
  'index.setattr': 'index: set mode {{mode}} of {{path}}',
  'cleanup.unlink': 'clean up: remove {{path}}',
  'cleanup.rmdir': 'clean up: remove directory {{path}}',
  'mount.create': 'mount: create {{path}} (mode {{mode}})',
  'mount.setxattr': 'mount: set {{name}} on {{path}}',
  'mount.mount': 'mount overlay on {{target}} ({{options}})',
  'mount.umount': 'unmount {{target}}',
  '*.create': 'create {{node}} {{path}} (mode {{mode}})',
  '*.tmpfile': 'create an unnamed file in {{dir}}',
  '*.link': 'link {{from}} as {{to}}',
  '*.unlink': 'remove {{path}}',
  '*.rmdir': 'remove directory {{path}}',
  '*.rename': 'rename {{from}} to {{to}}',
  '*.rename.exchange': 'swap {{from}} with {{to}}',
  '*.rename.whiteout': 'rename {{from}} to {{to}}, leaving a whiteout',
  '*.write': 'write {{bytes}} bytes to {{path}}',
  '*.truncate': 'set size of {{path}} to {{size}}',
  '*.setattr': 'change attributes of {{path}}',
  '*.setxattr': 'set {{name}}="{{value}}" on {{path}}',
  '*.removexattr': 'remove {{name}} from {{path}}',
  'readdir.merged': 'readdir {{path}}, layer {{step}} of {{of}} ({{from}}): {{parts}}',
  'readdir.real': 'readdir {{path}}: not merged, {{from}} read directly: {{parts}}',
  'readdir.empty-check': 'is {{path}} empty? layer {{step}} of {{of}} ({{from}}): {{parts}}',
  'readdir.cache': 'no cached listing: build one',
  'readdir.adds': 'adds {{names}}',
  'readdir.lists': 'lists {{names}}',
  'readdir.whiteouts': 'hides {{names}} below (whiteouts, not listed)',
  'readdir.whitedout': '{{names}} hidden by a whiteout above',
  'readdir.above': '{{names}} already listed from above',
  'readdir.empty': 'nothing in it',
  'readdir.opaque': 'opaque: the merge ends here, layers below unread',
  'readdir.impure': 'impure: each entry looked up for its inode number',
  'readdir.xino': 'xino: every name looked up for its inode number; a name found missing is left out',
  'group.copy-up': '{{main}}: the kernel copies it up in {{count}} steps',
  'group.whiteout': '{{main}}: a whiteout made in work/ and put in place, {{count}} steps',
  'group.opaque': '{{main}}: an opaque directory made in work/ and swapped in, {{count}} steps',
  'group.index': '{{main}}: the index kept up to date, {{count}} steps',
  'group.mount': '{{main}}: the work directory prepared first, {{count}} steps',
  'group.cleanup': '{{main}}: cleaning up, {{count}} steps',
  dcache: 'the dentry cache keeps what this command looked up ({{names}} names cached)',
  error: '{{syscall}} {{path}}: {{text}}',
};

/** Resolves a key to a template, falling back from `cause.kind` to `*.kind`. */
export function templateFor(key: string, table: Record<string, string>): string {
  if (table[key]) return table[key];
  const dot = key.indexOf('.');
  if (dot > 0 && table[`*${key.slice(dot)}`]) return table[`*${key.slice(dot)}`];
  return key;
}

/** A parameter in English (the command line's words). */
export function englishValue(v: CaptionValue): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if ('node' in v) return v.node;
  if ('errno' in v) return STRERROR[v.errno];
  if ('unnamed' in v) return `${v.unnamed}/(unnamed temp file)`;
  if ('names' in v) return v.total > v.names.length ? `${v.names.join(', ')} and ${v.total - v.names.length} more` : v.names.join(', ');
  if ('parts' in v) return v.parts.map((p) => renderCaption(p)).join('; ');
  return v.probes.map(probeText).join('; ');
}

export function renderCaption(c: Caption, table: Record<string, string> = EN_CAPTIONS): string {
  return templateFor(c.key, table).replace(/\{\{(\w+)\}\}/g, (_, k: string) => (c.params[k] === undefined ? '' : englishValue(c.params[k])));
}
