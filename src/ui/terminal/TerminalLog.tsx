// The terminal's scrollback: every command of the session with its real
// output and errors, the lines the language refused with the reason, and
// the commands past the cursor dimmed (the views show the state before them).
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { CommandMeta } from '../../store/index.ts';
import type { Rejected } from '../../store/index.ts';
import { translateDiagnostics } from '../i18n/diagnostics.ts';
import { useLab } from '../../store/index.ts';
import { promptOf } from './prompt.ts';

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


/** `running`: the command the engine is running now, shown after the log until it is done. */
export function TerminalLog({ entries, position, running }: { entries: Entry[]; position: number; running: string | null }) {
  const { t, i18n } = useTranslation();
  // The tools' English, said in the reader's language (the trace keeps the original).
  const say = (text: string) => translateDiagnostics(t, i18n.language, text);
  const ref = useRef<HTMLOListElement>(null);
  const container = useLab((s) => s.image?.container);
  const containers = useLab((s) => s.image?.containers);
  const prompt = (cwd: string) => promptOf(cwd, containers ?? container);
  // New output scrolls to the bottom, as a terminal does.
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length, running]);
  // Stepping back brings the command the cursor is at into view.
  useEffect(() => {
    const el = ref.current;
    const done = el?.querySelectorAll('[data-testid=terminal-entry]:not(.pending)');
    const last = done && done.length > 0 ? (done[done.length - 1] as HTMLElement) : null;
    if (el && last) {
      const below = last.offsetTop + last.offsetHeight - el.clientHeight;
      if (el.scrollTop > last.offsetTop || el.scrollTop < below) el.scrollTop = Math.max(0, below + 8);
    }
  }, [position]);
  return (
    <ol className="term-log" ref={ref} aria-label={t('terminal.log')} tabIndex={0}>
      {entries.map((e) =>
        e.kind === 'rejected' ? (
          <li key={`r${e.index}`} className="term-entry rejected" data-testid="terminal-rejected">
            <div className="term-cmd">
              <span className="prompt">$</span> {e.r.cmd}
            </div>
            <pre className="term-err">{t('terminal.rejected', { message: say(e.r.message) })}</pre>
          </li>
        ) : (
          <li key={`c${e.index}`} className={`term-entry${e.c.first + e.c.count <= position ? '' : ' pending'}`} data-testid="terminal-entry">
            <div className="term-cmd">
              <span className="prompt">{prompt(e.c.cwdBefore)}</span> {e.c.cmd}
              {e.c.status !== 0 && <span className="status-badge">{t('terminal.status', { status: e.c.status })}</span>}
            </div>
            {e.c.stdout !== '' && <pre className="term-out">{e.c.stdout}</pre>}
            {e.c.stderr !== '' && <pre className="term-err">{say(e.c.stderr)}</pre>}
          </li>
        ),
      )}
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
