// The terminal: type a line of the scenario language, Enter runs it after
// the last command. Arrow keys walk the history, Tab completes paths from
// the workspace as it stands at the end of the session.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { labStore, useLab } from '../../store/index.ts';
import { promptOf } from './prompt.ts';
import { logEntries, TerminalLog } from './TerminalLog.tsx';

export function Terminal() {
  const { t } = useTranslation();
  const commands = useLab((s) => s.commands);
  const rejected = useLab((s) => s.rejected);
  const running = useLab((s) => (s.busy?.kind === 'run' ? s.busy.label : null));
  const runCommand = useLab((s) => s.runCommand);
  const [value, setValue] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  // Where in the history the arrows are: history.length means the line being typed.
  const [at, setAt] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const entries = useMemo(() => logEntries(commands, rejected), [commands, rejected]);
  const history = useMemo(() => entries.map((e) => (e.kind === 'cmd' ? e.c.cmd : e.r.cmd)), [entries]);
  const container = useLab((s) => s.image?.container);
  const containers = useLab((s) => s.image?.containers);
  // Before the first command: the home directory, or the container's root on an opened image.
  const cwd = commands.at(-1)?.cwd ?? container?.merged ?? '';

  const recall = (i: number) => {
    if (i < 0 || i > history.length) return;
    if (at === null) setDraft(value);
    setAt(i);
    setValue(i === history.length ? draft : history[i]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      recall((at ?? history.length) - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (at !== null) recall(at + 1);
    } else if (e.key === 'Tab' && !e.shiftKey && value.trim() !== '') {
      e.preventDefault();
      const typed = value;
      void labStore
        .getState()
        .host.call('complete', typed)
        .then((r) => {
          // Only if the line is still what was completed.
          if (!r.ok) return;
          setValue((v) => (v === typed ? r.value.line : v));
          setOptions(r.value.options);
        });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (value.trim() === '') return;
      void runCommand(value);
      setValue('');
      setOptions([]);
      setAt(null);
      setDraft('');
    }
  };

  return (
    <section className="panel terminal" aria-labelledby="terminal-title">
      <h2 id="terminal-title" className="panel-title">
        {t('terminal.title')}
      </h2>
      <TerminalLog entries={entries} running={running} />
      {options.length > 0 && (
        <ul className="completions" aria-label={t('terminal.completions')} data-testid="terminal-completions">
          {options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      <div className="term-input-line">
        <label htmlFor="terminal-input" className="prompt">
          <span className="visually-hidden">{t('terminal.inputLabel')}</span>
          <span aria-hidden="true" data-testid="terminal-prompt">{promptOf(cwd, containers ?? container)}</span>
        </label>
        <input
          id="terminal-input"
          data-testid="terminal-input"
          className="term-input"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setAt(null);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby="terminal-help"
          placeholder={t('terminal.placeholder')}
        />
      </div>
      <p id="terminal-help" className="visually-hidden">
        {t('terminal.help')}
      </p>
    </section>
  );
}
