// `npm run --silent replay -- [--json] FILE...`: replays scenarios through
// the engine. Without --json, narrates each step in plain words (what was
// looked up where, what was copied up, what was whited out); with --json,
// prints one overlay-trace/1 document per file, one per line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ScriptRejected } from '../src/scenario/run.ts';
import { ScenarioFormatError } from '../src/scenario/script.ts';
import { replayScenario, timelineToTrace, type Timeline } from '../src/replay/timeline.ts';
import { narrate } from '../src/replay/narrate.ts';

function usage(): never {
  process.stderr.write('usage: npm run --silent replay -- [--json] FILE...\n');
  process.exit(2);
}

function load(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message };
  }
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('-') && f !== '-')) usage();
  let status = 0;
  for (const file of files) {
    const loaded = file === '-' ? { text: readFileSync(0, 'utf8') } : load(file);
    if ('error' in loaded) {
      process.stderr.write(`replay: ${file}: ${loaded.error}\n`);
      status = 1;
      continue;
    }
    let timeline: Timeline;
    try {
      timeline = replayScenario(loaded.text);
    } catch (e) {
      if (e instanceof ScriptRejected) {
        for (const d of e.diagnostics) process.stderr.write(`replay: ${file}:${d.line}:${d.column}: ${d.message}\n`);
      } else if (e instanceof ScenarioFormatError) {
        process.stderr.write(`replay: ${file}: ${e.message}\n`);
      } else throw e;
      status = 1;
      continue;
    }
    const name = basename(file === '-' ? 'stdin.sh' : file);
    if (json) process.stdout.write(`${JSON.stringify(timelineToTrace(timeline, name))}\n`);
    else process.stdout.write(narrate(timeline, name));
  }
  return status;
}

process.exit(main(process.argv.slice(2)));
