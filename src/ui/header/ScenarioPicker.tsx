// The scenario picker: every shipped scenario by group, filterable, and the
// generated big stacks. Loads the corpus chunk when first opened.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { labStore, openRecent, readRecent, useLab, type RecentSession } from '../../store/index.ts';
import { storage } from '../common/browser.ts';
import type { CorpusEntry } from './corpus.ts';

export const STACK_PRESETS = [
  { layers: 3, entries: 10_000 },
  { layers: 3, entries: 100_000 },
] as const;

export function ScenarioPicker({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const loadScript = useLab((s) => s.loadScript);
  const loadStack = useLab((s) => s.loadStack);
  const [corpus, setCorpus] = useState<CorpusEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  // Read once per opening: the list changes only when a session is replaced, and this dialog is open then.
  const [recent] = useState<RecentSession[]>(() => readRecent(storage()));
  useEffect(() => {
    let live = true;
    void import('./corpus.ts').then((m) => live && setCorpus(m.CORPUS));
    return () => {
      live = false;
    };
  }, []);
  const groups = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const out = new Map<string, CorpusEntry[]>();
    for (const e of corpus ?? []) {
      if (e.internal) continue;
      if (f && !`${e.file} ${e.title} ${e.description} ${e.titleZh} ${e.descriptionZh}`.toLowerCase().includes(f)) continue;
      out.set(e.group, [...(out.get(e.group) ?? []), e]);
    }
    return [...out];
  }, [corpus, filter]);
  const zh = i18n.language === 'zh-CN';
  return (
    <div className="picker" data-testid="scenario-picker">
      <label className="field">
        <span>{t('picker.filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <section className="picker-recent" aria-labelledby="picker-recent-title" data-testid="recent-sessions">
        <h3 id="picker-recent-title">{t('picker.recent')}</h3>
        {recent.length === 0 ? (
          <p className="muted">{t('picker.recentNone')}</p>
        ) : (
          <ul>
            {recent.map((r, i) => (
              <li key={`${r.when}-${i}`}>
                <button
                  type="button"
                  className="picker-item"
                  data-testid="recent-session"
                  data-name={r.name}
                  onClick={() => {
                    onDone();
                    void openRecent(labStore, r);
                  }}
                >
                  <span className="picker-title">{(zh && r.titleZh) || r.title || t('picker.recentUntitled')}</span>
                  <span className="picker-file">{t('picker.recentMeta', { name: r.name, count: r.commands, when: new Date(r.when).toLocaleString(i18n.language) })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!corpus && <p className="muted">{t('picker.loading')}</p>}
      <div className="picker-groups">
        {groups.map(([group, entries]) => (
          <section key={group} className="picker-group" aria-label={t(`picker.group.${group}`, { defaultValue: group })} data-group={group}>
            <h3>{t(`picker.group.${group}`, { defaultValue: group })}</h3>
            <ul>
              {entries.map((e) => (
                <li key={e.file}>
                  <button
                    type="button"
                    className="picker-item"
                    data-testid="scenario-option"
                    data-file={e.file}
                    onClick={() => {
                      loadScript(e.text, e.file);
                      onDone();
                    }}
                  >
                    <span className="picker-title" title={zh ? e.descriptionZh : e.description}>
                      {zh ? e.titleZh : e.title}
                    </span>
                    <span className="picker-file">{e.file}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section className="picker-group" aria-label={t('picker.generated')}>
          <h3>{t('picker.generated')}</h3>
          <ul>
            {STACK_PRESETS.map((p) => (
              <li key={p.entries}>
                <button
                  type="button"
                  className="picker-item"
                  data-testid="stack-option"
                  onClick={() => {
                    onDone();
                    // Let the dialog close and paint before the engine builds the stack.
                    setTimeout(() => loadStack(p.layers, p.entries), 30);
                  }}
                >
                  <span className="picker-title">{t('picker.stack', { entries: p.entries, layers: p.layers })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
