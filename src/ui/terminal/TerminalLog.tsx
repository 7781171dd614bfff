// The terminal's scrollback: every command of the session with its real
// output and errors, the lines the language refused with the reason, and
// the commands past the cursor dimmed (the views show the state before them).
import { memo, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { CommandMeta } from '../../store/index.ts';
import type { Rejected } from '../../store/index.ts';
import { translateDiagnostics } from '../i18n/diagnostics.ts';
import { selectListPosition, useLab } from '../../store/index.ts';
import { promptOf } from './prompt.ts';
import { useLongList } from '../common/useLongList.ts';

type Entry = { kind: 'cmd'; c: CommandMeta; index: number } | { kind: 'rejected'; r: Rejected; index: number };

export function logEntries(commands: readonly CommandMeta[], rejected: readonly Rejected[]): Entry[] {
  const out: Entry[] = [];
  commands.forEach((c, i) => {
    rejected.forEach((r, j) => r.after === i && out.push({ kind: 'rejected', r, index: j }));
    out.push({ kind: 'cmd', c, index: i });
  });
  rejected.forEach((r, j) => r.after >= commands.length && out.push({ kind: 'rejected', r, index: j }));
  return out;
}


/** The index in `entries` of the last command done at `position` (-1: none). */
function lastDone(entries: readonly Entry[], position: number): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.kind === 'cmd' && e.c.first + e.c.count <= position) return i;
  }
  return -1;
}

/** One command of the log: drawn again only when it changes or the cursor passes it (a log may hold thousands). */
const CommandEntry = memo(function CommandEntry({ c, done, prompt, stderr, status, measure, at }: { c: CommandMeta; done: boolean; prompt: string; stderr: string; status: string; measure?: (el: Element | null) => void; at?: number }) {
  return (
    <li className={`term-entry${done ? '' : ' pending'}`} data-testid="terminal-entry" ref={measure} data-index={at}>
      <div className="term-cmd">
        <span className="prompt">{prompt}</span> {c.cmd}
        {status !== '' && <span className="status-badge">{status}</span>}
      </div>
      {c.stdout !== '' && <pre className="term-out">{c.stdout}</pre>}
      {stderr !== '' && <pre className="term-err">{stderr}</pre>}
    </li>
  );
});

/** `running`: the command the engine is running now, shown after the log until it is done. */
export function TerminalLog({ entries, running }: { entries: Entry[]; running: string | null }) {
  const { t, i18n } = useTranslation();
  // Which commands are past the cursor may lag a frame behind it: while the scrubber is dragged the
  // stack and the grid come first, and the log catches up when React has time.
  const position = useDeferredValue(useLab(selectListPosition));
  // The tools' English, said in the reader's language (the trace keeps the original).
  const say = (text: string) => translateDiagnostics(t, i18n.language, text);
  const ref = useRef<HTMLOListElement>(null);
  const container = useLab((s) => s.image?.container);
  const containers = useLab((s) => s.image?.containers);
  const prompt = (cwd: string) => promptOf(cwd, containers ?? container);
  const long = useLongList(entries.length, () => ref.current, 44);
  const scrollTo = long?.scrollTo;
  // New output scrolls to the bottom, as a terminal does.
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length, running]);
  // Stepping back brings the command the cursor is at into view (found by index: the log may hold thousands).
  // Only when that command changes: reading where it is lays the page out.
  const at = lastDone(entries, position);
  useEffect(() => {
    const el = ref.current;
    if (scrollTo) {
      if (at >= 0) scrollTo(at);
      return;
    }
    const last = at >= 0 ? (el?.children[at] as HTMLElement | undefined) : undefined;
    if (el && last) {
      const below = last.offsetTop + last.offsetHeight - el.clientHeight;
      if (el.scrollTop > last.offsetTop || el.scrollTop < below) el.scrollTop = Math.max(0, below + 8);
    }
  }, [entries, at, scrollTo]);
  return (
    <ol className="term-log" ref={ref} aria-label={t('terminal.log')} tabIndex={0}>
      {long && long.before > 0 && <li className="list-spacer" aria-hidden="true" style={{ height: long.before }} />}
      {(long ? long.items.map((it) => entries[it.index]) : entries).map((e, k) =>
        e.kind === 'rejected' ? (
          <li key={`r${e.index}`} className="term-entry rejected" data-testid="terminal-rejected" {...(long ? { ref: long.measure, 'data-index': long.items[k].index } : {})}>
            <div className="term-cmd">
              <span className="prompt">$</span> {e.r.cmd}
            </div>
            <pre className="term-err">{t('terminal.rejected', { message: say(e.r.message) })}</pre>
          </li>
        ) : (
          <CommandEntry key={`c${e.index}`} c={e.c} done={e.c.first + e.c.count <= position} prompt={prompt(e.c.cwdBefore)} stderr={e.c.stderr === '' ? '' : say(e.c.stderr)} status={e.c.status === 0 ? '' : t('terminal.status', { status: e.c.status })} measure={long?.measure} at={long?.items[k].index} />
        ),
      )}
      {long && long.after > 0 && <li className="list-spacer" aria-hidden="true" style={{ height: long.after }} />}
      {running !== null && (
        <li className="term-entry running" data-testid="terminal-running" aria-busy="true">
          <div className="term-cmd">
            <span className="prompt">$</span> {running}
          </div>
        </li>
      )}
    </ol>
  );
}
