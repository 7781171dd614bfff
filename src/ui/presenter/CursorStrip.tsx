// The cursor a class follows: a bar over the whole session with a tick at
// each command, and the current command's micro-steps in a row, the one
// just applied highlighted (a long command shows the steps around it).
import { useEffect, useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { EngineEvent } from '../../engine/events.ts';
import { groupSteps, isSimpleStop } from '../../replay/groups.ts';
import { commandBoundaries, labStore, selectCurrentCommand, useLab } from '../../store/index.ts';

/** Micro-steps shown around the cursor in a long command. */
const AROUND = 20;

export function CursorStrip() {
  const { t } = useTranslation();
  const commands = useLab((s) => s.commands);
  const total = useLab((s) => s.total);
  const position = useLab((s) => s.position);
  const current = useLab(selectCurrentCommand);
  const index = Math.max(0, current);
  const page = useLab((s) => s.events.pages.get(index));
  const ticks = useMemo(() => commandBoundaries(commands), [commands]);
  const detail = useLab((s) => s.detail);
  const pct = (n: number) => `${total === 0 ? 0 : (100 * n) / total}%`;
  // Before the first micro-step, show the first command to come.
  const c = commands[index];
  const at = c ? Math.max(0, Math.min(c.count - 1, position - c.first - 1)) : 0;
  const from = c ? Math.max(0, Math.min(at - AROUND, c.count - 2 * AROUND)) : 0;
  const to = c ? Math.min(c.count, from + 2 * AROUND + 1) : 0;
  useEffect(() => {
    if (c && c.count > 0 && ![...Array(to - from).keys()].every((j) => page?.events.has(from + j))) void labStore.getState().loadEvents(index, from, to);
  }, [c, index, from, to, page]);
  return (
    <div className="cursor-strip" data-testid="presenter-cursor">
      <div className="cursor-track" role="progressbar" aria-label={t('transport.scrubber')} aria-valuemin={0} aria-valuemax={total} aria-valuenow={position} aria-valuetext={t('transport.position', { position, total })}>
        <div className="cursor-fill" style={{ width: pct(position) }} />
        {ticks.map((b) => (
          <span key={b} className="cursor-tick" style={{ left: pct(b) }} />
        ))}
      </div>
      {c && (
        <div className="cursor-command">
          <span className="muted">{t('presenter.command', { n: index + 1, total: commands.length })}</span>
          <ol className="cursor-micro" aria-label={t('presenter.cursor')}>
            {chips(c, from, to, page?.events, detail === 'simple', commands).map(({ pos, start, e, group }) => {
              const state = position >= start && position <= pos ? 'here' : pos < position ? 'applied' : 'pending';
              return (
                <li key={pos} className={`cursor-step ${state} ev-${e?.type ?? 'loading'}`} aria-current={state === 'here' ? 'step' : undefined} data-testid="presenter-micro" data-state={state} data-group={group ?? undefined}>
                  {e ? t(`event.${e.type}`) : '…'}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}

interface Chip {
  /** The position the chip ends at, and the one its first micro-step makes. */
  pos: number;
  start: number;
  e: EngineEvent | undefined;
  /** The act it stands for, in the simple view. */
  group: string | null;
}

/**
 * The chips of the current command's strip: one per micro-step, or in the
 * simple view one per step of it (a whole copy-up one chip, named by the
 * step that says what it did) when the command's events are all at hand,
 * else the micro-steps the simple view stops at.
 */
function chips(c: { first: number; count: number; walkFrom: number; groups: readonly (readonly [number, number])[] }, from: number, to: number, events: ReadonlyMap<number, EngineEvent> | undefined, simple: boolean, commands: Parameters<typeof isSimpleStop>[0]): Chip[] {
  if (simple && from === 0 && to === c.count && events && events.size >= c.count) {
    const all = Array.from({ length: c.count }, (_, j) => events.get(j)!);
    return groupSteps(all, c.walkFrom).map((g) => ({ pos: c.first + g.to + 1, start: c.first + g.from + 1, e: all[g.main], group: g.to > g.from ? g.kind : null }));
  }
  const out: Chip[] = [];
  for (let j = from; j < to; j++) {
    const pos = c.first + j + 1;
    if (simple && !isSimpleStop(commands, pos)) continue;
    out.push({ pos, start: pos, e: events?.get(j), group: null });
  }
  return out;
}
