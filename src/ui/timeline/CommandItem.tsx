// One command of the timeline, opening into its micro-steps (the engine's
// events), each a button that moves the cursor right after it. A command
// with many micro-steps (rm -rf of a big tree makes tens of thousands)
// scrolls in a box of its own, which draws only the steps in view and
// fetches their events a page at a time.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { EngineEvent } from '../../engine/events.ts';
import { labStore, useLab, type CommandMeta } from '../../store/index.ts';
import { groupCaption, groupSteps, type StepGroup } from '../../replay/groups.ts';
import { shortIds } from '../i18n/captions.ts';
import { expectedFailure, useCaption, useCaptionText } from '../i18n/useCaption.ts';

/** Above this many micro-steps the list scrolls in its own box and draws only what is in view. */
export const MICRO_VIRTUAL_LIMIT = 200;
const MICRO_ROW = 26;
const PAGE = 500;

interface Props {
  index: number;
  c: CommandMeta;
  /** The cursor, when it is inside or right after this command; else -1. */
  cursor: number;
  state: 'done' | 'current' | 'pending';
  expanded: boolean;
  onToggle: (index: number) => void;
  onSeek: (position: number) => void;
  /** In a long timeline (useLongList), each entry drawn is measured. */
  measure?: (el: Element | null) => void;
}

/** The events of command `index` the page has, and a way to ask for the ones in a range. */
function useEvents(index: number, count: number, expanded: boolean) {
  const page = useLab((s) => s.events.pages.get(index));
  const version = useLab((s) => s.version);
  const asked = useRef(new Set<string>());
  useEffect(() => {
    asked.current.clear();
  }, [version]);
  const ensure = (from: number, to: number) => {
    for (let p = Math.floor(from / PAGE) * PAGE; p < Math.min(count, to); p += PAGE) {
      const key = `${version}:${p}`;
      if (asked.current.has(key) || page?.events.has(p)) continue;
      asked.current.add(key);
      void labStore.getState().loadEvents(index, p, p + PAGE);
    }
  };
  useEffect(() => {
    if (expanded && count > 0 && count <= MICRO_VIRTUAL_LIMIT) ensure(0, count);
  });
  return { events: page?.events, walkFrom: page?.walkFrom ?? count, ensure };
}

/** One micro-step: drawn again only when it changes (the cursor passing it), not on every move. */
const MicroRow = memo(function MicroRow({ pos, here, applied, walk, event, cmd, style, current }: { pos: number; here: boolean; applied: boolean; walk: boolean; event: EngineEvent | undefined; cmd?: string; style?: React.CSSProperties; current?: React.Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const captionOf = useCaption();
  const expected = event !== undefined && expectedFailure(event, cmd);
  return (
    <li data-testid="micro-step" data-event={event?.type ?? 'loading'} data-expected={expected || undefined} className={`micro${applied ? ' applied' : ''}${here ? ' here' : ''}${walk ? ' walk' : ''}`} style={style}>
      <button type="button" onClick={() => labStore.getState().seek(pos)} aria-current={here ? 'step' : undefined} ref={current}>
        {event ? (
          <>
            <span className={expected ? 'ev ev-expected' : `ev ev-${event.type}`}>{t(expected ? 'event.expected' : `event.${event.type}`)}</span>
            <span className="micro-caption">
              {walk && <span className="muted">{t('timeline.walk')} </span>}
              {expected && event.type === 'error' ? t('timeline.existsAlready', { path: event.path }) : captionOf(event)}
            </span>
          </>
        ) : (
          <span className="muted">{t('timeline.loadingStep', { n: pos })}</span>
        )}
      </button>
    </li>
  );
});

/**
 * A step of the simple view: several kernel steps of one act (a copy-up, a
 * whiteout) as one row, which seeks to the act's end; its kernel steps are
 * one click away, and shown while the cursor is among them.
 */
function GroupRow({ c, g, events, walkFrom, cursor, current }: { c: CommandMeta; g: StepGroup; events: readonly EngineEvent[]; walkFrom: number; cursor: number; current: React.Ref<HTMLButtonElement> | undefined }) {
  const { t } = useTranslation();
  const captionText = useCaptionText();
  const [open, setOpen] = useState(false);
  const start = c.first + g.from + 1;
  const end = c.first + g.to + 1;
  const within = cursor >= start && cursor < end;
  const shown = open || within;
  const text = captionText(groupCaption(g, events));
  const main = events[g.main];
  return (
    <li data-testid="step-group" data-group={g.kind} data-event={main.type} data-steps={g.to - g.from + 1} className={`micro group${end <= cursor ? ' applied' : ''}${cursor === end ? ' here' : ''}${within ? ' within' : ''}`}>
      <div className="group-line">
        <button type="button" className="group-expand" data-testid="group-expand" aria-expanded={shown} aria-label={t(shown ? 'detail.hideSteps' : 'detail.showSteps', { caption: text })} onClick={() => setOpen(!shown)}>
          <span aria-hidden="true">{shown ? '▾' : '▸'}</span>
        </button>
        <button type="button" onClick={() => labStore.getState().seek(end)} aria-current={cursor === end ? 'step' : undefined} ref={cursor === end ? current : undefined}>
          <span className={`ev ev-${main.type}`}>{t(`event.${main.type}`)}</span>
          <span className="micro-caption">
            {text}
          </span>
        </button>
      </div>
      {shown && (
        <ol className="micro-list nested">
          {events.slice(g.from, g.to + 1).map((e, k) => {
            const j = g.from + k;
            const pos = c.first + j + 1;
            return <MicroRow key={pos} pos={pos} here={cursor === pos} applied={pos <= cursor} walk={j >= walkFrom} event={e} current={cursor === pos ? current : undefined} />;
          })}
        </ol>
      )}
    </li>
  );
}

/**
 * Brings the current row into view at the next frame, where the page is laid
 * out once for all that changed (at once, in the effect, it laid the page out
 * on its own, before the rest of the step's changes came).
 */
function useIntoView(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [key, ref]);
}

function MicroList({ index, c, cursor }: { index: number; c: CommandMeta; cursor: number }) {
  const { events, walkFrom } = useEvents(index, c.count, true);
  const detail = useLab((s) => s.detail);
  const currentRef = useRef<HTMLButtonElement>(null);
  useIntoView(currentRef, cursor);
  // The simple view groups once every event of the command is at hand (they come in one page here).
  const all = events && events.size >= c.count ? Array.from({ length: c.count }, (_, j) => events.get(j)!) : null;
  const groups = detail === 'simple' && all && c.groups.length > 0 ? groupSteps(all, walkFrom) : null;
  if (groups && all) {
    return (
      <ol className="micro-list">
        {groups.map((g) => {
          if (g.kind !== 'single') return <GroupRow key={`g${g.from}`} c={c} g={g} events={all} walkFrom={walkFrom} cursor={cursor} current={currentRef} />;
          // One step (with the dentry-cache step that closes a command folded in): its own row, ending where the group ends.
          const start = c.first + g.from + 1;
          const end = c.first + g.to + 1;
          const here = cursor >= start && cursor <= end;
          return <MicroRow key={end} pos={end} here={here} applied={end <= cursor} walk={g.main >= walkFrom} event={all[g.main]} current={here ? currentRef : undefined} />;
        })}
      </ol>
    );
  }
  return (
    <ol className="micro-list">
      {Array.from({ length: c.count }, (_, j) => {
        const pos = c.first + j + 1;
        return <MicroRow key={pos} pos={pos} here={cursor === pos} applied={pos <= cursor} walk={j >= walkFrom} event={events?.get(j)} cmd={c.cmd} current={cursor === pos ? currentRef : undefined} />;
      })}
    </ol>
  );
}

function VirtualMicroList({ index, c, cursor }: { index: number; c: CommandMeta; cursor: number }) {
  const { t } = useTranslation();
  const { events, walkFrom, ensure } = useEvents(index, c.count, true);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  // The virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({ count: c.count, getScrollElement: () => box, estimateSize: () => MICRO_ROW, overscan: 12 });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    ensure(first, last + 1);
  });
  const inside = cursor > c.first && cursor <= c.first + c.count;
  useEffect(() => {
    if (inside) v.scrollToIndex(cursor - c.first - 1, { align: 'auto' });
  }, [cursor, inside, c.first, v]);
  return (
    <div ref={setBox} className="micro-scroll" role="group" aria-label={t('timeline.manySteps', { count: c.count })} tabIndex={0}>
      <ol className="micro-list virtual" style={{ height: v.getTotalSize() }}>
        {items.map((item) => {
          const pos = c.first + item.index + 1;
          return (
            <MicroRow
              key={pos}
              pos={pos}
              here={cursor === pos}
              applied={pos <= cursor}
              walk={item.index >= walkFrom}
              event={events?.get(item.index)}
              cmd={c.cmd}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: MICRO_ROW, transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </ol>
    </div>
  );
}

export const CommandItem = memo(function CommandItem({ index, c, cursor, state, expanded, onToggle, onSeek, measure }: Props) {
  const { t } = useTranslation();
  const currentRef = useRef<HTMLButtonElement>(null);
  useIntoView(currentRef, cursor);
  const end = c.first + c.count;
  return (
    <li className={`cmd-item ${state}`} data-testid="timeline-step" data-status={c.status} ref={measure} data-index={measure ? index : undefined}>
      <div className="cmd-line">
        <button
          type="button"
          className="expander"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'timeline.hideSteps' : 'timeline.showSteps', { cmd: c.cmd })}
          onClick={() => onToggle(index)}
          disabled={c.count === 0}
        >
          <span aria-hidden="true">{c.count === 0 ? '·' : expanded ? '▾' : '▸'}</span>
        </button>
        <button type="button" className="cmd-seek" data-testid="command-seek" onClick={() => onSeek(end)} aria-current={state === 'current' && cursor === end ? 'step' : undefined} ref={state === 'current' && cursor === end ? currentRef : undefined}>
          <span className="cmd-index">{index + 1}</span>
          <code className="cmd-text" title={c.cmd.length > 120 ? c.cmd : undefined}>
            {shortIds(c.cmd)}
          </code>
          {c.status !== 0 && <span className="status-badge">{t('terminal.status', { status: c.status })}</span>}
          <span className="cmd-count">{t('timeline.stepCount', { count: c.count })}</span>
        </button>
      </div>
      {expanded && c.count > 0 && (c.count <= MICRO_VIRTUAL_LIMIT ? <MicroList index={index} c={c} cursor={cursor} /> : <VirtualMicroList index={index} c={c} cursor={cursor} />)}
    </li>
  );
});
