// Splits one step into words and operators with bash's quoting rules, and
// stops at the first construct outside the scenario language, naming it.
// Rejecting is the point: a construct bash would expand (a variable, a glob,
// a tilde) must never be taken literally here, or the simulator and the
// kernel would run different commands from the same line.

export class ShellSyntaxError extends Error {
  constructor(
    /** 1-based column of the offending character. */
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export interface WordToken {
  kind: 'word';
  /** The word after quote removal. */
  text: string;
  column: number;
  /** True when any part of the word was quoted or escaped. */
  quoted: boolean;
  /** The unquoted prefix up to the first quoted character (for keyword and assignment checks). */
  plainPrefix: string;
}

export type ListOp = '&&' | '||' | ';';
export interface OpToken {
  kind: 'op';
  op: ListOp;
  column: number;
}

/** `<>` opens read-write without truncating; `>|` truncates even under noclobber (`set -C`). */
export type RedirOp = '>' | '>>' | '<' | '<>' | '>|' | '&>' | '&>>' | '>&';
export interface RedirToken {
  kind: 'redir';
  op: RedirOp;
  /** An explicit descriptor written before the operator (`2>`), if any. */
  fd: number | null;
  column: number;
}

export type Token = WordToken | OpToken | RedirToken;

const BLANK = /[ \t]/;
const NAME_START = /[A-Za-z_]/;
const ASSIGNMENT_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

function dollarConstruct(line: string, i: number): string | null {
  const next = line[i + 1];
  if (next === undefined) return null;
  if (NAME_START.test(next)) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i + 1))![0];
    return `variable \`$${name}\``;
  }
  if (/[0-9]/.test(next)) return `positional parameter \`$${next}\``;
  if (/[@*#?$!-]/.test(next)) return `special parameter \`$${next}\``;
  if (next === '{') return 'parameter expansion `${...}`';
  if (next === '(') return line[i + 2] === '(' ? 'arithmetic expansion `$((...))`' : 'command substitution `$(...)`';
  if (next === "'") return "ANSI-C quoting `$'...'`";
  if (next === '"') return 'locale quoting `$"..."`';
  return null;
}

const notInLanguage = (what: string) => `${what} is not part of the scenario language`;

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let start = -1; // column index (0-based) where the current word began
  let quoted = false;
  let plainPrefix = '';
  let prefixOpen = true; // still collecting the unquoted prefix

  const inWord = () => start >= 0;
  const begin = (i: number) => {
    if (start < 0) start = i;
  };
  const addPlain = (ch: string) => {
    text += ch;
    if (prefixOpen) plainPrefix += ch;
  };
  const addQuoted = (ch: string) => {
    text += ch;
    quoted = true;
    prefixOpen = false;
  };
  const endWord = () => {
    if (start < 0) return;
    tokens.push({ kind: 'word', text, column: start + 1, quoted, plainPrefix });
    text = '';
    start = -1;
    quoted = false;
    plainPrefix = '';
    prefixOpen = true;
  };
  const fail = (i: number, message: string): never => {
    throw new ShellSyntaxError(i + 1, message);
  };

  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (BLANK.test(ch)) {
      endWord();
      i++;
      continue;
    }
    if (ch === '#' && !inWord()) break; // a comment runs to the end of the line
    if (ch === '\n' || ch === '\r') fail(i, 'a step is one line; a line break inside it is not allowed');

    switch (ch) {
      case "'": {
        begin(i);
        const close = line.indexOf("'", i + 1);
        if (close < 0) fail(i, 'unterminated single quote');
        const body = line.slice(i + 1, close);
        if (body === '') {
          quoted = true;
          prefixOpen = false;
        }
        for (const c of body) addQuoted(c);
        i = close + 1;
        continue;
      }
      case '"': {
        begin(i);
        quoted = true;
        prefixOpen = false;
        let j = i + 1;
        for (;;) {
          if (j >= line.length) fail(i, 'unterminated double quote');
          const c = line[j];
          if (c === '"') break;
          if (c === '\\') {
            const n = line[j + 1];
            if (n === undefined) fail(i, 'unterminated double quote');
            // Inside double quotes a backslash only escapes $ ` " \ (and a newline).
            if (n === '$' || n === '`' || n === '"' || n === '\\') {
              addQuoted(n);
              j += 2;
            } else {
              addQuoted('\\');
              j += 1;
            }
            continue;
          }
          if (c === '`') fail(j, notInLanguage('command substitution `...`'));
          if (c === '$') {
            const what = dollarConstruct(line, j);
            if (what && !what.startsWith('ANSI') && !what.startsWith('locale')) fail(j, notInLanguage(what));
          }
          addQuoted(c);
          j++;
        }
        i = j + 1;
        continue;
      }
      case '\\': {
        begin(i);
        if (i + 1 >= line.length) fail(i, notInLanguage('line continuation (a trailing backslash)'));
        addQuoted(line[i + 1]);
        i += 2;
        continue;
      }
      case '$': {
        const what = dollarConstruct(line, i);
        if (what) fail(i, notInLanguage(what));
        begin(i);
        addPlain(ch);
        i++;
        continue;
      }
      case '`':
        fail(i, notInLanguage('command substitution `...`'));
        break;
      case '*':
      case '?':
      case '[':
        fail(i, notInLanguage(`the glob character \`${ch}\` (quote it to mean the character itself)`));
        break;
      case '{':
      case '}':
        fail(i, notInLanguage(`\`${ch}\` (brace expansion or a command group; quote it to mean the character itself)`));
        break;
      case '(':
      case ')':
        fail(i, notInLanguage(`\`${ch}\` (a subshell or function definition)`));
        break;
      case '~': {
        const afterAssign = /[=:]$/.test(plainPrefix) && ASSIGNMENT_PREFIX.test(plainPrefix) && prefixOpen;
        if (!inWord() || afterAssign) fail(i, notInLanguage('tilde expansion `~`'));
        addPlain(ch);
        i++;
        continue;
      }
      case ';':
        if (line[i + 1] === ';') fail(i, notInLanguage('`;;` (a case clause)'));
        if (line[i + 1] === '&') fail(i, notInLanguage('`;&` (a case clause)'));
        endWord();
        tokens.push({ kind: 'op', op: ';', column: i + 1 });
        i++;
        continue;
      case '|':
        if (line[i + 1] === '|') {
          endWord();
          tokens.push({ kind: 'op', op: '||', column: i + 1 });
          i += 2;
          continue;
        }
        fail(i, notInLanguage(line[i + 1] === '&' ? 'the pipe `|&`' : 'the pipe `|`'));
        break;
      case '&':
        if (line[i + 1] === '&') {
          endWord();
          tokens.push({ kind: 'op', op: '&&', column: i + 1 });
          i += 2;
          continue;
        }
        if (line[i + 1] === '>') {
          endWord();
          const append = line[i + 2] === '>';
          tokens.push({ kind: 'redir', op: append ? '&>>' : '&>', fd: null, column: i + 1 });
          i += append ? 3 : 2;
          continue;
        }
        fail(i, notInLanguage('running in the background with `&`'));
        break;
      case '<':
      case '>': {
        // A word of bare digits right before the operator is its descriptor: `2>`.
        let fd: number | null = null;
        let column = i + 1;
        if (inWord() && !quoted && /^[0-9]+$/.test(text)) {
          fd = Number(text);
          column = start + 1;
          text = '';
          start = -1;
          plainPrefix = '';
        } else {
          endWord();
        }
        const two = line.slice(i, i + 2);
        const three = line.slice(i, i + 3);
        let op: RedirOp;
        let len: number;
        if (three === '<<<') fail(i, notInLanguage('the here-string `<<<`'));
        if (two === '<<') fail(i, notInLanguage('the here-document `<<`'));
        if (two === '<&') fail(i, notInLanguage('input duplication `<&`'));
        if (two === '<(' || two === '>(') fail(i, notInLanguage(`process substitution \`${two}...)\``));
        if (two === '<>') {
          op = '<>';
          len = 2;
        } else if (two === '>|') {
          op = '>|';
          len = 2;
        } else if (ch === '<') {
          op = '<';
          len = 1;
        } else if (two === '>>') {
          op = '>>';
          len = 2;
        } else if (two === '>&') {
          op = '>&';
          len = 2;
        } else {
          op = '>';
          len = 1;
        }
        if (fd !== null) {
          const allowed = op === '<' ? fd === 0 : op === '<>' ? fd <= 2 : fd === 1 || fd === 2;
          if (!allowed) fail(column - 1, notInLanguage(`redirecting file descriptor ${fd}`));
        }
        tokens.push({ kind: 'redir', op, fd, column });
        i += len;
        continue;
      }
      default:
        begin(i);
        addPlain(ch);
        i++;
    }
  }
  endWord();
  return tokens;
}
