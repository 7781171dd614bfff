// The shell's words in Chinese: every message the shell and the scenario
// reader can write is known to a template (read from their source, so a new
// message without a translation fails here), every line the recorded
// scenarios and a list of mistakes actually print comes out in Chinese, and
// English is left exactly as the tools wrote it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { STRERROR } from '../../engine/errno.ts';
import { checkStep, COMMANDS } from '../../shell/index.ts';
import { appendCommand, emptyTimeline, replayScenario } from '../../replay/timeline.ts';
import { translateDiagnostics, translateLine, translateFragment } from './diagnostics.ts';
import en from './en.json';
import { ZH_CN } from './zh-CN.ts';

let zh: TFunction;
let english: TFunction;
beforeAll(async () => {
  const make = async (lng: string, ui: Record<string, string>) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { [lng]: { ui } }, defaultNS: 'ui', keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
    return i.t;
  };
  zh = await make('zh-CN', ZH_CN.ui);
  english = await make('en', en);
});

const CJK = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'testing' ? [] : sources(p);
    return /\.ts$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

/** Where the shell and the scenario reader hand words to people. */
const SAYS = new Set(['error', 'stderr', 'usage', 'reject', 'fail', 'failure', 'ShellSyntaxError', 'ShareLinkError', 'ScenarioFormatError']);
/** Literals those calls receive that are not words: formats and the pieces messages are built from. */
const NOT_WORDS = /^(\$\{[^}]*\}|\\n|\s|:)*$/;

/** Sample values for what a `${...}` holds, by the expression's wording. */
function samples(expr: ts.Expression, sf: ts.SourceFile): string[] {
  if (ts.isParenthesizedExpression(expr)) return samples(expr.expression, sf);
  if (ts.isConditionalExpression(expr)) return [...samples(expr.whenTrue, sf), ...samples(expr.whenFalse, sf)];
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr)) return instantiate(expr, sf);
  const text = expr.getText(sf);
  // A failure's message: those the same file spells out (`message: '...'`), else getopt's.
  if (/\.message$/.test(text)) {
    const own: string[] = [];
    const find = (n: ts.Node) => {
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'message' && ts.isStringLiteral(n.initializer)) own.push(n.initializer.text);
      ts.forEachChild(n, find);
    };
    find(sf);
    return own.length ? own : ["rm: option '--x' is not supported"];
  }
  if (/attrError/.test(text)) return ['No such attribute'];
  if (/^MESSAGES\b/.test(text)) return ['not mounted', `umount(2) system call failed: ${STRERROR.EBUSY}`];
  if (/STRERROR/.test(text)) return [STRERROR.ENOENT];
  if (/quote/.test(text)) return ["'x y'"];
  // The program's name, and mount's explanation of a failure.
  if (/^(cmd|name|this\.name)$/.test(text)) return ['rm'];
  if (text === 'text') return ['bad usage'];
  if (text === 'message') return ['missing operand'];
  // A constant of the same file (a usage text): its own words.
  if (/^[A-Z_]+$/.test(text)) {
    let value: string[] = [];
    const find = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === text && n.initializer) value = samples(n.initializer, sf);
      ts.forEachChild(n, find);
    };
    find(sf);
    return value;
  }
  return ['x'];
}

/** A message literal as it reads at run time, once per combination of its conditional parts. */
function instantiate(node: ts.TemplateExpression, sf: ts.SourceFile): string[] {
  let out = [node.head.text];
  for (const span of node.templateSpans) out = out.flatMap((s) => samples(span.expression, sf).map((v) => s + v + span.literal.text));
  return out;
}

/** Every literal given to a call that speaks, as it reads at run time (one entry per line). */
function messagesInSource(): { file: string; text: string; source: string }[] {
  const out: { file: string; text: string; source: string }[] = [];
  for (const file of [...sources('src/shell'), ...sources('src/scenario')]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      const callee = ts.isCallExpression(n) || ts.isNewExpression(n) ? n.expression : null;
      const name = callee && (ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '');
      const args = name && SAYS.has(name) ? [...((n as ts.CallExpression).arguments ?? [])] : [];
      // `{ message: '...' }` objects and `? '...' : '...'` branches inside the arguments count too.
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'message') args.push(n.initializer);
      const literals = (e: ts.Node): ts.Node[] => (ts.isConditionalExpression(e) ? [...literals(e.whenTrue), ...literals(e.whenFalse)] : ts.isParenthesizedExpression(e) ? literals(e.expression) : [e]);
      for (const a of args.flatMap(literals)) {
        const texts = ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a) ? [a.text] : ts.isTemplateExpression(a) ? instantiate(a, sf) : [];
        const raw = ts.isTemplateExpression(a) ? a.getText(sf).slice(1, -1) : texts[0] ?? '';
        // Wrappers (`${name}: ${message}`) and a program's name given to usage() are not words of their own.
        if (texts.length === 0 || NOT_WORDS.test(raw) || COMMANDS.has(raw)) continue;
        for (const text of texts) for (const line of text.split('\n')) if (line.trim() !== '') out.push({ file, text: line, source: raw });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe('shell diagnostics in Chinese', () => {
  it('knows every message the shell and the scenario reader can write', () => {
    const found = messagesInSource();
    expect(found.length).toBeGreaterThan(120);
    const unknown = found.filter(({ text }) => translateLine(zh, text) === null && translateFragment(zh, text) === null);
    expect(unknown).toEqual([]);
  });

  it('says in Chinese every line the recorded scenarios print on stderr', () => {
    const dirs = ['scenarios', 'src/shell/testdata', '../shared/scenarios'].filter((d) => {
      try {
        return statSync(d).isDirectory();
      } catch {
        return false;
      }
    });
    const lines = new Set<string>();
    for (const d of dirs)
      for (const f of readdirSync(d).filter((f) => f.endsWith('.sh'))) {
        let t;
        try {
          t = replayScenario(readFileSync(join(d, f), 'utf8'));
        } catch {
          continue; // scripts the language refuses are checked below
        }
        for (const c of t.commands) for (const l of c.stderr.split('\n')) if (l !== '') lines.add(l);
      }
    expect(lines.size).toBeGreaterThan(20);
    // Output sent to stderr on purpose (`ls out.txt >&2`) is a listing, not a message.
    const listings = new Set(['out.txt']);
    // A usage synopsis's continuation line holds no words, only the synopsis.
    const said = [...lines].filter((l) => !listings.has(l)).map((l) => [l, translateLine(zh, l)] as const);
    expect(said.filter(([l, z]) => z === null || !(CJK.test(z) || /^ +setfattr /.test(l))).map(([l]) => l)).toEqual([]);
  });

  it('says in Chinese what typical mistakes print, keeping the program name and the paths', () => {
    const mistakes = [
      'mkdir lower upper work merged',
      'echo hi > lower/a',
      'mount -t overlay overlay -o lowerdir=lower,upperdir=upper,workdir=work merged',
      'rm merged/nosuch',
      'rmdir merged/a',
      'mkdir merged/a',
      'cat merged/nosuch',
      'ls merged/nosuch',
      'mv merged/nosuch merged/b',
      'cp merged/nosuch merged/b',
      'ln merged merged/hard',
      'cd merged/nosuch',
      'cd lower upper',
      'rm',
      'touch',
      'chmod 999 merged/a',
      'truncate merged/a',
      'stat merged/nosuch',
      'readlink -f merged/nosuch/x merged/y',
      'mount -t overlay overlay -o lowerdir=nosuch,upperdir=upper,workdir=work merged',
      'umount lower',
      'getfattr -n user.none merged/a',
      'setfattr -x user.none merged/a',
      'mknod merged/p x',
      "printf '%d' abc",
      'tree -L 0 merged',
      'nosuchcommand',
      'cat < merged/nosuch',
      'chown nosuch merged/a',
      'chown 4242: merged/a',
      'chgrp nosuch merged/a',
      'ln -s nowhere merged/dangling',
      'chown 0 merged/dangling',
      'setpriv --reuid=1000 --clear-groups chown 0 merged/a',
      'setpriv --reuid=1000 --clear-groups chgrp 5 merged/a',
      'setpriv --reuid=nosuch ls',
      'mkdir merged/d',
      'ln -s d merged/ld',
      'rmdir merged/ld/',
      'set -C',
      'echo again > merged/a',
    ];
    let t = emptyTimeline();
    for (const m of mistakes) t = appendCommand(t, m);
    const lines = t.commands.flatMap((c) => c.stderr.split('\n')).filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(mistakes.length - 5);
    for (const l of lines) {
      const z = translateLine(zh, l);
      expect(z, l).not.toBeNull();
      expect(z, l).toMatch(CJK);
    }
    expect(translateLine(zh, "rm: cannot remove 'merged/nosuch': No such file or directory")).toBe("rm: 无法删除 'merged/nosuch': 没有那个文件或目录");
    expect(translateLine(zh, 'bash: cd: too many arguments')).toBe('bash: cd: 参数太多');
    // coreutils 9.1's own zh_CN wording, not the catch-all "{{path}}: {{error}}".
    expect(translateLine(zh, "chown: changing ownership of 'merged/a': Operation not permitted")).toBe("chown: 更改 'merged/a' 的所有者: 不允许的操作");
    expect(translateLine(zh, "rmdir: failed to remove 'merged/ld/': Symbolic link not followed")).toBe("rmdir: 无法删除 'merged/ld/'：未跟随符号链接");
  });

  it('says in Chinese why the language refuses a line', () => {
    const refused = ['ls | cat', 'echo $HOME', 'ls *', 'for x in a; do ls; done', 'cat <<EOF', 'echo "open', 'ls /etc', 'frobnicate x', 'rm --recursive-please x', 'ls > /tmp/x', 'echo `date`', 'ls &', 'X=1 ls', 'cd -'];
    for (const line of refused) {
      const problems = checkStep(line);
      expect(problems.length, line).toBeGreaterThan(0);
      for (const p of problems) {
        const text = `column ${p.column}: ${p.message}`;
        const z = translateDiagnostics(zh, 'zh-CN', text);
        expect(z.split('\n').every((l) => CJK.test(l)), `${text}\n→ ${z}`).toBe(true);
      }
    }
  });

  it('leaves English as the tools wrote it, and keeps lines it does not know', () => {
    const text = "rm: cannot remove 'a': No such file or directory\n";
    expect(translateDiagnostics(english, 'en', text)).toBe(text);
    expect(translateDiagnostics(zh, 'zh-CN', 'something no tool says\n')).toBe('something no tool says\n');
    // A hostile file name that looks like a message is a path, not words.
    expect(translateLine(zh, "rm: cannot remove 'No such file or directory': No such file or directory")).toBe("rm: 无法删除 'No such file or directory': 没有那个文件或目录");
  });
});
