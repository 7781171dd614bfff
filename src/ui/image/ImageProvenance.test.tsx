// A path's versions in words, in both languages: what the container sees,
// and for each version below what hid it (at the path or above it) and the
// bytes it wastes. Rendered on the server side: no DOM needed.
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { PathProvenance, PathVersionInfo } from '../../session/image-browse-types.ts';
import { setLanguage } from '../i18n/index.ts';
import { provenanceSummary, ProvenanceView, versionStatus } from './ImageProvenance.tsx';

const v = (layer: number, type: PathVersionInfo['type'], status: PathVersionInfo['status'], by?: PathVersionInfo['by'], size = 0, wasted = 0): PathVersionInfo => ({ layer, type, size, mode: 0o644, uid: 0, gid: 0, sha256: '', target: '', opaque: false, status, ...(by ? { by } : {}), wasted });

const passwd: PathProvenance = { path: '/etc/passwd', versions: [v(2, 'f', 'visible', undefined, 106), v(1, 'f', 'hidden', { kind: 'overwritten', layer: 2, at: '/etc/passwd' }, 67, 67)] };
const motd: PathProvenance = { path: '/etc/motd', versions: [v(2, 'w', 'whiteout'), v(1, 'f', 'hidden', { kind: 'whiteout', layer: 2, at: '/etc/motd' }, 19, 19)] };
const under: PathProvenance = { path: '/var/log/old.log', versions: [v(1, 'f', 'hidden', { kind: 'opaque', layer: 3, at: '/var/log' }, 5, 5)] };
const linked: PathProvenance = { path: '/usr/lib/libdata-hard', versions: [v(1, 'f', 'hidden', { kind: 'overwritten', layer: 2, at: '/usr/lib' }, 12, 0)] };

afterAll(async () => {
  await setLanguage('en');
});

describe('a path’s provenance in words', () => {
  it('tells what hid each version, at the path or above it', () => {
    const t = i18n.t.bind(i18n);
    expect(provenanceSummary(t, passwd)).toBe('The container sees it from layer 2; 2 versions in the layers.');
    expect(versionStatus(t, passwd.versions[1], passwd.path)).toBe('overwritten by layer 2');
    expect(provenanceSummary(t, motd)).toBe('Not in the container: deleted by layer 2’s whiteout.');
    expect(versionStatus(t, motd.versions[1], motd.path)).toBe('deleted by layer 2’s whiteout');
    expect(versionStatus(t, under.versions[0], under.path)).toBe('under layer 3’s opaque directory /var/log');
    expect(provenanceSummary(t, under)).toBe('Not in the container: under layer 3’s opaque directory /var/log.');
    expect(versionStatus(t, linked.versions[0], linked.path)).toBe('overwritten by layer 2, which replaced /usr/lib');
    expect(provenanceSummary(t, { path: '/x', versions: [] })).toBe('No layer holds this path.');
  });

  it('lists the versions top first with the bytes each wastes, and says when a hidden file is still seen through a hard link', () => {
    const html = renderToStaticMarkup(<ProvenanceView p={passwd} />);
    expect(html.indexOf('data-layer="2"')).toBeLessThan(html.indexOf('data-layer="1"'));
    expect(html).toContain('data-by="overwritten@2"');
    expect(html).toContain('wastes 67 B');
    expect(renderToStaticMarkup(<ProvenanceView p={linked} />)).toContain('still seen through another name (a hard link)');
  });

  it('speaks Chinese too', async () => {
    await setLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(versionStatus(t, passwd.versions[1], passwd.path)).toBe('被第 2 层覆盖');
    expect(provenanceSummary(t, motd)).toBe('不在容器中：被第 2 层的 whiteout 删除。');
    expect(versionStatus(t, under.versions[0], under.path)).toBe('位于第 3 层的不透明目录 /var/log 之下');
  });
});
