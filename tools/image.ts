// `npm run --silent image -- COMMAND IMAGE ...`: container images through
// the simulator.
//   tree IMAGE                   the merged tree, one path a line (see src/image/tree.ts)
//   inspect IMAGE [--json]       layers, history, hiddenBytes, efficiency, top wasted paths
//     [--ci [--lowest-efficiency F] [--highest-wasted-bytes N] [--highest-user-wasted-percent F]]
//   commit IMAGE SCRIPT.sh -o OUT.tar [--format oci|docker|layer] [--tag T] [--narrate]
// Options for every command: --image REF (an archive with several images),
// --platform OS/ARCH. Exit status: 0 done, 1 a bad image or a failed check,
// 2 bad usage.
import { analyzeImage } from '../src/image/analysis.ts';
import { isImageError } from '../src/image/errors.ts';
import type { Image } from '../src/image/image.ts';
import { openImage } from '../src/image/open.ts';
import { formatTree } from '../src/image/tree.ts';
import { imageTree } from '../src/image/view.ts';
import { runCommit } from './image/commit-cli.ts';
import { ciFailures, inspectJson, inspectText, parseSize, type CiThresholds } from './image/inspect-text.ts';
import { fileSource, nodeSha256, quietStdout } from './image/node-io.ts';

const USAGE = `usage: npm run --silent image -- tree IMAGE [--image REF] [--platform OS/ARCH]
       npm run --silent image -- inspect IMAGE [--json] [--ci [--lowest-efficiency F] [--highest-wasted-bytes N] [--highest-user-wasted-percent F]]
       npm run --silent image -- commit IMAGE SCRIPT.sh -o OUT.tar [--format oci|docker|layer] [--tag NAME:TAG] [--narrate]
`;

interface Args {
  cmd: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(['--image', '--platform', '-o', '--format', '--tag', '--lowest-efficiency', '--highest-wasted-bytes', '--highest-user-wasted-percent']);
const BOOLEAN = new Set(['--json', '--ci', '--narrate']);

function parseArgs(argv: string[]): Args | string {
  const [cmd, ...rest] = argv;
  if (!cmd) return 'no command';
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (VALUED.has(a)) {
      if (i + 1 >= rest.length) return `${a} needs a value`;
      flags.set(a, rest[++i]);
    } else if (BOOLEAN.has(a)) flags.set(a, true);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else positional.push(a);
  }
  return { cmd, positional, flags };
}

export async function open(path: string, flags: Args['flags']): Promise<{ image: Image; close(): void }> {
  const src = fileSource(path);
  const image = await openImage(src, { hash: nodeSha256, image: flags.get('--image') as string | undefined, platform: flags.get('--platform') as string | undefined });
  return { image, close: () => src.close() };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`image: ${args}\n${USAGE}`);
    return 2;
  }
  const out = quietStdout();
  const want = (n: number) => {
    if (args.positional.length !== n) throw new UsageError(`${args.cmd} takes ${n === 1 ? 'one image' : 'an image and a script'}`);
  };
  try {
    switch (args.cmd) {
      case 'tree': {
        want(1);
        const { image } = await open(args.positional[0], args.flags);
        out(formatTree(imageTree(image, { hash: nodeSha256 })));
        return 0;
      }
      case 'inspect': {
        want(1);
        const { image } = await open(args.positional[0], args.flags);
        const a = analyzeImage(image);
        out(args.flags.has('--json') ? `${JSON.stringify(inspectJson(image, a), null, 1)}\n` : inspectText(image, a));
        if (!args.flags.has('--ci')) return 0;
        const num = (k: string, parse: (s: string) => number = Number) => {
          const v = args.flags.get(k);
          if (v === undefined) return undefined;
          const n = parse(String(v));
          if (!Number.isFinite(n)) throw new UsageError(`${k}: not a number: ${String(v)}`);
          return n;
        };
        const t: CiThresholds = {
          lowestEfficiency: num('--lowest-efficiency') ?? 0.9,
          highestWastedBytes: num('--highest-wasted-bytes', parseSize),
          highestUserWastedPercent: num('--highest-user-wasted-percent') ?? 0.1,
        };
        const fails = ciFailures(a, t);
        for (const f of fails) process.stderr.write(`image: FAIL ${f}\n`);
        process.stderr.write(fails.length ? `image: CI check failed (${fails.length} rule${fails.length > 1 ? 's' : ''})\n` : 'image: CI check passed\n');
        return fails.length ? 1 : 0;
      }
      case 'commit': {
        want(2);
        const o = args.flags.get('-o');
        if (typeof o !== 'string') throw new UsageError('commit needs -o OUT.tar');
        const format = (args.flags.get('--format') ?? 'oci') as string;
        if (format !== 'oci' && format !== 'docker' && format !== 'layer') throw new UsageError('--format is oci, docker or layer');
        return await runCommit(args.positional[0], args.positional[1], { out: o, format, tag: args.flags.get('--tag') as string | undefined, narrate: args.flags.has('--narrate'), flags: args.flags, print: out });
      }
      default:
        throw new UsageError(`unknown command ${args.cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`image: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (isImageError(e)) {
      process.stderr.write(`image: ${e.message}${e.code === 'ambiguous-image' ? ' with --image REF' : ''}\n`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      process.stderr.write(`image: ${(e as NodeJS.ErrnoException).path ?? ''}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied'}\n`);
      return 1;
    }
    throw e;
  }
}

export class UsageError extends Error {}

main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
