// The timeline: the commands run, in order, the one the cursor is in open
// on its micro-steps; any other opens on demand.
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { commandAtPosition, selectListPosition, useLab } from '../../store/index.ts';
import { CommandItem } from './CommandItem.tsx';
import { useLongList } from '../common/useLongList.ts';

/** The start line's height above the commands, about (the long list's estimate of where they begin). */
const START_HEIGHT = 32;

export function Timeline() {
  const { t } = useTranslation();
  const cmds = useLab((s) => s.commands);
  // The list may lag a frame behind the cursor (thousands of commands), and stays put while the
  // scrubber is dragged: the position line, the stack and the grid come first.
  const position = useDeferredValue(useLab(selectListPosition));
  const seek = useLab((s) => s.seek);
  const base = useLab((s) => s.base);
  const current = commandAtPosition(cmds, position);
  // At the start (a first visit, Home), the start line comes into view: the list may have been scrolled to the end.
  const startRef = useRef<HTMLLIElement>(null);
  const atStart = position === 0;
  const count = cmds.length;
  useEffect(() => {
    if (atStart) startRef.current?.scrollIntoView({ block: 'nearest' });
  }, [atStart, count]);
  // Commands whose open state the user flipped; the current one is open unless flipped.
  const [flipped, setFlipped] = useState<ReadonlySet<number>>(new Set());
  // A long session draws the commands near the view only; moving far brings the current one into view.
  const list = useRef<HTMLOListElement>(null);
  const long = useLongList(count, () => list.current, 52, START_HEIGHT);
  const scrollTo = long?.scrollTo;
  useEffect(() => {
    if (scrollTo && current >= 0) scrollTo(current);
  }, [current, scrollTo]);
  const onToggle = useCallback((i: number) => {
    setFlipped((f) => {
      const next = new Set(f);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  }, []);
  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="panel-title">
        {t('timeline.title')}
      </h2>
      <ol className="cmd-list" ref={list}>
        <li ref={startRef} className={`cmd-item start${position === 0 ? ' current' : ''}`}>
          <button type="button" className="cmd-seek" onClick={() => seek(0)} aria-current={position === 0 ? 'step' : undefined}>
            <span className="cmd-index">0</span>
            <span className="muted">{base.kind === 'image' ? t('timeline.startImage', { name: base.name }) : t('timeline.start')}</span>
          </button>
        </li>
        {long && long.before > 0 && <li className="list-spacer" aria-hidden="true" style={{ height: long.before }} />}
        {(long ? long.items.map((it) => it.index) : cmds.map((_, i) => i)).map((i) => {
          const c = cmds[i];
          const end = c.first + c.count;
          const state = i === current ? 'current' : end <= position ? 'done' : 'pending';
          const isCurrent = i === current;
          return (
            <CommandItem
              key={i}
              index={i}
              c={c}
              cursor={isCurrent ? position : -1}
              state={state}
              expanded={isCurrent !== flipped.has(i)}
              onToggle={onToggle}
              onSeek={seek}
              measure={long?.measure}
            />
          );
        })}
        {long && long.after > 0 && <li className="list-spacer" aria-hidden="true" style={{ height: long.after }} />}
      </ol>
      {cmds.length === 0 && <p className="empty">{t('timeline.empty')}</p>}
    </section>
  );
}
