// One step -> a list of and-or chains of simple commands, as bash's grammar
// has it for `a && b || c; d`. Words in command position are checked for the
// keywords and assignments the language leaves out.
import { ShellSyntaxError, tokenize, type RedirToken, type Token, type WordToken } from './lex.ts';

export interface Word {
  text: string;
  column: number;
}

export type Redirect =
  /**
   * Opens `target` onto `fd` (`both`: `&>`, stdout and stderr). `readwrite`
   * is `<>` (O_RDWR|O_CREAT, no truncation). `force` is `>|`: it truncates
   * even under noclobber, which guards the other `truncate` ones (`>`, `&>`,
   * `>&file`), as bash's CLOBBERING_REDIRECT does.
   */
  | { kind: 'file'; fd: 0 | 1 | 2 | 'both'; mode: 'read' | 'truncate' | 'append' | 'readwrite'; force?: true; target: Word; column: number }
  /** `2>&1`, `>&2`: `fd` becomes a copy of `to`. */
  | { kind: 'dup'; fd: 1 | 2; to: 1 | 2; column: number };

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
  column: number;
}

export interface AndOr {
  first: SimpleCommand;
  rest: { op: '&&' | '||'; command: SimpleCommand }[];
}

/** A step: and-or chains separated by `;`. */
export type Step = AndOr[];

const KEYWORDS = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done',
  'in', 'function', 'time', 'coproc', '!', '[[', ']]',
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[.*\])?\+?=/;

export { ShellSyntaxError };

function tokenText(t: Token | undefined): string {
  if (!t) return 'newline';
  if (t.kind === 'word') return t.text;
  if (t.kind === 'op') return t.op;
  return `${t.fd ?? ''}${t.op}`;
}

function unexpected(t: Token | undefined, line: string): never {
  const column = t ? t.column : line.length + 1;
  throw new ShellSyntaxError(column, `syntax error near unexpected token \`${tokenText(t)}'`);
}

function redirectOf(r: RedirToken, target: WordToken): Redirect {
  const word = { text: target.text, column: target.column };
  switch (r.op) {
    case '<':
      return { kind: 'file', fd: 0, mode: 'read', target: word, column: r.column };
    case '<>':
      return { kind: 'file', fd: (r.fd ?? 0) as 0 | 1 | 2, mode: 'readwrite', target: word, column: r.column };
    case '>|':
      return { kind: 'file', fd: (r.fd ?? 1) as 1 | 2, mode: 'truncate', force: true, target: word, column: r.column };
    case '>':
    case '>>': {
      const fd = (r.fd ?? 1) as 1 | 2;
      return { kind: 'file', fd, mode: r.op === '>' ? 'truncate' : 'append', target: word, column: r.column };
    }
    case '&>':
    case '&>>':
      return { kind: 'file', fd: 'both', mode: r.op === '&>' ? 'truncate' : 'append', target: word, column: r.column };
    case '>&': {
      const fd = (r.fd ?? 1) as 1 | 2;
      if (!target.quoted && /^[0-9]+$/.test(target.text)) {
        const to = Number(target.text);
        if (to !== 1 && to !== 2) {
          throw new ShellSyntaxError(target.column, `duplicating file descriptor ${to} is not part of the scenario language`);
        }
        return { kind: 'dup', fd, to, column: r.column };
      }
      if (!target.quoted && target.text === '-') {
        throw new ShellSyntaxError(r.column, 'closing a file descriptor with `>&-` is not part of the scenario language');
      }
      // `>&file` is bash's old spelling of `&>file`, only without a descriptor.
      if (r.fd !== null) throw new ShellSyntaxError(target.column, `${r.fd}>&${target.text}: ambiguous redirect`);
      return { kind: 'file', fd: 'both', mode: 'truncate', target: word, column: r.column };
    }
  }
}

function parseCommand(tokens: Token[], pos: number, line: string): [SimpleCommand, number] {
  const words: Word[] = [];
  const redirects: Redirect[] = [];
  const first = tokens[pos];
  let i = pos;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'op') break;
    if (t.kind === 'redir') {
      const target = tokens[i + 1];
      if (!target || target.kind !== 'word') unexpected(target, line);
      redirects.push(redirectOf(t, target));
      i += 2;
      continue;
    }
    if (words.length === 0) {
      // Only unquoted text can be a keyword or an assignment, as in bash.
      if (!t.quoted && KEYWORDS.has(t.text)) {
        throw new ShellSyntaxError(t.column, `the shell keyword \`${t.text}\` is not part of the scenario language`);
      }
      if (ASSIGNMENT.test(t.plainPrefix)) {
        const name = t.plainPrefix.slice(0, t.plainPrefix.indexOf('='));
        throw new ShellSyntaxError(t.column, `the variable assignment \`${name}=...\` is not part of the scenario language`);
      }
    }
    words.push({ text: t.text, column: t.column });
    i++;
  }
  if (words.length === 0 && redirects.length === 0) unexpected(tokens[i], line);
  return [{ words, redirects, column: first.column }, i];
}

/** Parses one step; throws ShellSyntaxError naming the construct and its column. */
export function parseStep(line: string): Step {
  const tokens = tokenize(line);
  const step: Step = [];
  let i = 0;
  while (i < tokens.length) {
    let [cmd, next] = parseCommand(tokens, i, line);
    const chain: AndOr = { first: cmd, rest: [] };
    i = next;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.kind !== 'op' || t.op === ';') break;
      [cmd, next] = parseCommand(tokens, i + 1, line);
      chain.rest.push({ op: t.op, command: cmd });
      i = next;
    }
    step.push(chain);
    if (i < tokens.length) {
      // Only `;` can be here; a trailing one ends the step.
      i++;
    }
  }
  if (step.length === 0) throw new ShellSyntaxError(1, 'empty step');
  return step;
}
