// The command lines (replay, oracle, fuzz, bench) keep their output whole in
// a pipe (issue 10: `process.exit` before stdout drained delivered 24 of 40
// traces), and a reader that closes early ends them quietly with the status
// they had so far (tools/cli/stdout.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const scripts = readdirSync('scenarios')
  .filter((f) => f.endsWith('.sh'))
  .sort()
  .slice(0, 100)
  .map((f) => `scenarios/${f}`);

// A reader slower than the writer: it only starts reading once Node and the
// script have loaded, so the pipe's 64 KiB fill long before it drains.
const READER = String.raw`
let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { buf += d; });
process.stdin.on('end', () => {
  const lines = buf.split('\n');
  const tail = lines.pop();
  let complete = 0;
  for (const l of lines) {
    const doc = JSON.parse(l);
    if (doc.format === 'overlay-trace/1' && Array.isArray(doc.steps) && doc.steps.length > 0) complete++;
  }
  console.log(JSON.stringify({ complete, lines: lines.length, tail }));
});`;

const bash = (cmd: string) => spawnSync('bash', ['-c', cmd], { encoding: 'utf8', maxBuffer: 64 << 20 });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const replay = `node --import tsx tools/replay.ts`;

describe('replay --json in a pipe', () => {
  test('100 scripts piped into a reader arrive as 100 complete traces, and the status is 0', () => {
    expect(scripts).toHaveLength(100);
    const r = bash(`${replay} --json ${scripts.join(' ')} | node -e ${quote(READER)}; echo "status \${PIPESTATUS[0]} \${PIPESTATUS[1]}"`);
    expect(r.stderr).toBe('');
    const [json, status] = r.stdout.trim().split('\n');
    expect(JSON.parse(json)).toEqual({ complete: 100, lines: 100, tail: '' });
    expect(status).toBe('status 0 0');
  });

  test('a reader that closes early (head -c 100) ends it quietly with status 0', () => {
    const r = bash(`${replay} --json ${scripts.join(' ')} | head -c 100; echo; echo "status \${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe('');
    const [first, status] = r.stdout.split('\n');
    expect(first).toHaveLength(100);
    expect(first.startsWith('{"format":"overlay-trace/1"')).toBe(true);
    expect(status).toBe('status 0');
  });

  test('...and with the status it had so far when a file had already failed', () => {
    const r = bash(`${replay} --json scenarios/no-such-file.sh ${scripts.join(' ')} | head -n 1 | wc -l; echo "status \${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe('replay: scenarios/no-such-file.sh: no such file\n');
    expect(r.stdout).toBe('1\nstatus 1\n');
  });

  test('the narration too ends quietly under head -1', () => {
    const r = bash(`${replay} ${scripts.join(' ')} | head -n 1; echo "status \${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# copy-cp-r-dir\.sh: .*\nstatus 0\n$/);
  });

  test('bad usage exits 2 with the usage line on stderr, nothing on stdout', () => {
    const r = bash(`${replay} --nope | cat; echo "status \${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe('usage: npm run --silent replay -- [--json | --simple] FILE...\n');
    expect(r.stdout).toBe('status 2\n');
  });
});

describe('oracle and fuzz in a pipe', () => {
  test('oracle: bad usage exits 2, set rather than forced', () => {
    const r = bash(`node --import tsx tools/oracle.ts | cat; echo "status \${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe('usage: npm run --silent oracle -- [--pretty] FILE...\n');
    expect(r.stdout).toBe('status 2\n');
  });

  test('no tool calls process.exit once it may have written to stdout', () => {
    // The one process.exit left is the EPIPE handler's: the reader is gone.
    const grep = bash(`grep -n 'process\\.exit(' tools/*.ts tools/fuzz/*.ts tools/bench/*.ts tools/bench/browser/*.ts tools/cli/*.ts tools/image/*.ts`);
    expect(grep.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^tools\/cli\/stdout\.ts:\d+: +process\.exit\(process\.exitCode \?\? 0\);$/)]);
  });
});
