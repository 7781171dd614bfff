// `npm run --silent replay -- [--json | --simple] FILE...`: replays scenarios
// through the engine. Without --json, narrates each step in plain words (what
// was looked up where, what was copied up, what was whited out; --simple:
// each act once, as the app's simple view shows it); with --json,
// prints one overlay-trace/1 document per file, one per line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ScriptRejected } from '../src/scenario/run.ts';
import { ScenarioFormatError } from '../src/scenario/script.ts';
import { replayScenario, timelineToTrace, type Timeline } from '../src/replay/timeline.ts';
import { narrate } from '../src/replay/narrate.ts';
import { err, finish, out, settle } from './cli/stdout.ts';

function load(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message };
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const simple = argv.includes('--simple');
  const files = argv.filter((a) => a !== '--json' && a !== '--simple');
  if (files.length === 0 || files.some((f) => f.startsWith('-') && f !== '-')) {
    err('usage: npm run --silent replay -- [--json | --simple] FILE...\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    await settle();
    const loaded = file === '-' ? { text: readFileSync(0, 'utf8') } : load(file);
    if ('error' in loaded) {
      err(`replay: ${file}: ${loaded.error}\n`);
      status = process.exitCode = 1; // kept so far, should the reader go away
      continue;
    }
    let timeline: Timeline;
    try {
      timeline = replayScenario(loaded.text);
    } catch (e) {
      if (e instanceof ScriptRejected) {
        for (const d of e.diagnostics) err(`replay: ${file}:${d.line}:${d.column}: ${d.message}\n`);
      } else if (e instanceof ScenarioFormatError) {
        err(`replay: ${file}: ${e.message}\n`);
      } else throw e;
      status = process.exitCode = 1; // kept so far, should the reader go away
      continue;
    }
    const name = basename(file === '-' ? 'stdin.sh' : file);
    if (json) out(`${JSON.stringify(timelineToTrace(timeline, name))}\n`);
    else out(narrate(timeline, name, { simple }));
  }
  return status;
}

// Exit status: 0 all replayed, 1 some file missing or rejected, 2 bad usage;
// set, not forced, so stdout drains into a pipe first.
finish(await main(process.argv.slice(2)));
