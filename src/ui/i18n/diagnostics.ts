// The shell's diagnostics in the reader's language. The terminal shows what
// the commands wrote to stderr, which is coreutils' and util-linux's English
// (the trace keeps it byte for byte, since the kernel oracle prints the same).
// Here each line is recognised against the English templates of the "diag."
// keys and said again through the same key in the UI's language, as GNU tools
// do under a zh_CN locale: "rm: 无法删除 'x': 没有那个文件或目录". A line no
// template knows is shown as it is, never lost.
//
// Template parameters are read back verbatim, except three kinds that are
// themselves words: {{error}} is a strerror text (the "errno." keys),
// {{construct}} names a shell construct ("diag.construct."), {{reason}} is a
// mount(8) explanation ("diag.reason."); {{diagnostic}} is a whole nested line.
import type { TFunction } from 'i18next';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { COMMANDS } from '../../shell/index.ts';
import en from './en.json';

type Family = 'line' | 'construct' | 'reason';

interface Template {
  key: string;
  regex: RegExp;
  params: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** strerror text → i18n key, longest first so "No such file or directory" is not cut short by a prefix. */
const ERROR_TEXTS = new Map<string, string>([
  ...(Object.entries(STRERROR) as [Errno, string][]).map(([errno, text]) => [text, `errno.${errno}`] as [string, string]),
  [en['diag.error.noattr'], 'diag.error.noattr'],
]);
const ERROR_ALTERNATIVES = [...ERROR_TEXTS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

function compile(key: string, text: string): Template {
  const params: string[] = [];
  let source = '';
  let last = 0;
  for (const m of text.matchAll(/\{\{(\w+)\}\}/g)) {
    source += escape(text.slice(last, m.index));
    params.push(m[1]);
    source += m[1] === 'error' ? `(${ERROR_ALTERNATIVES})` : m[1] === 'diagnostic' || m[1] === 'construct' || m[1] === 'reason' ? '(.+)' : '(.*?)';
    last = m.index + m[0].length;
  }
  source += escape(text.slice(last));
  return { key, regex: new RegExp(`^${source}$`, 's'), params };
}

/** The templates of one family, the most literal first: "cannot remove {{path}}: {{error}}" before "{{path}}: {{error}}". */
function family(name: Family): Template[] {
  const prefix = `diag.${name}.`;
  const literal = (t: string) => t.replace(/\{\{\w+\}\}/g, '').length;
  return Object.entries(en as Record<string, string>)
    .filter(([k]) => k.startsWith(prefix))
    .sort(([, a], [, b]) => literal(b) - literal(a))
    .map(([k, v]) => compile(k, v));
}

let families: Record<Family, Template[]> | null = null;
const templates = (f: Family) => (families ??= { line: family('line'), construct: family('construct'), reason: family('reason') })[f];

/** "rm: ", "bash: cd: ", "mount: ": the program's name leads most lines. */
const PREFIX = new RegExp(`^((?:bash: )?(?:${[...COMMANDS.keys(), 'bash'].map(escape).join('|')}): )(.*)$`, 's');

function matchFamily(t: TFunction, f: Family, text: string): string | null {
  for (const tpl of templates(f)) {
    const m = tpl.regex.exec(text);
    if (!m) continue;
    const values: Record<string, string> = {};
    let ok = true;
    tpl.params.forEach((p, i) => {
      const v = m[i + 1];
      const said =
        p === 'error' ? t(ERROR_TEXTS.get(v)!) : p === 'construct' ? matchFamily(t, 'construct', v) : p === 'reason' ? matchFamily(t, 'reason', v) : p === 'diagnostic' ? translateLine(t, v) : v;
      if (said === null) ok = false;
      else values[p] = said;
    });
    if (ok) return t(tpl.key, { ...values, ns: 'ui' });
  }
  return null;
}

/** One line in the UI's language, or null when no template knows it. */
export function translateLine(t: TFunction, line: string): string | null {
  if (line === '') return '';
  const prefixed = PREFIX.exec(line);
  if (prefixed) {
    const rest = matchFamily(t, 'line', prefixed[2]);
    if (rest !== null) return prefixed[1] + rest;
  }
  return matchFamily(t, 'line', line);
}

/** Whole stderr text (or a rejection message) in the UI's language; lines no template knows stay as they are. */
export function translateDiagnostics(t: TFunction, language: string, text: string): string {
  if (language === 'en' || text === '') return text;
  return text
    .split('\n')
    .map((line) => translateLine(t, line) ?? line)
    .join('\n');
}

/** A piece a message is built from (a shell construct, a mount(8) reason), or null. */
export function translateFragment(t: TFunction, text: string): string | null {
  return matchFamily(t, 'construct', text) ?? matchFamily(t, 'reason', text);
}
