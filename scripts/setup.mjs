#!/usr/bin/env node
// Brings a clone to the point where `npm start` and `npm test` work, so the
// README needs no other set-up step. Plain Node with no dependencies: it runs
// before node_modules exists. It does nothing, quickly, when all is in place.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** What the tests need from Debian, and how to tell each is installed without asking dpkg (too slow). */
export const DEBIAN_NEEDS = [
  // Playwright's config looks for exactly this path; its own browser download is not available here.
  { pkg: 'chromium', files: ['/usr/bin/chromium'], why: 'browser tests' },
  { pkg: 'attr', commands: ['setfattr', 'getfattr'], why: 'kernel oracle: overlay xattrs' },
  { pkg: 'tree', commands: ['tree'], why: 'kernel oracle: scenarios that call tree' },
  { pkg: 'util-linux', commands: ['unshare'], why: 'kernel oracle: one mount namespace per scenario' },
  // Debian's chromium brings no CJK font: without one the Chinese screenshots show empty boxes.
  { pkg: 'fonts-wqy-microhei', files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'], why: 'browser tests: Chinese text in screenshots' },
];

/** `>=20.19` style lower bound against a `20.20.2` style version. */
export function nodeTooOld(range, version) {
  const want = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range ?? '');
  if (!want) return false;
  const [major, minor] = version.split('.').map(Number);
  const [wMajor, wMinor] = [Number(want[1]), Number(want[2] ?? 0)];
  return major < wMajor || (major === wMajor && minor < wMinor);
}

/** npm writes node_modules/.package-lock.json after every install, so its age says whether the lock moved since. */
export function npmInstallNeeded(installedMtimeMs, lockMtimeMs) {
  return installedMtimeMs === undefined || installedMtimeMs < lockMtimeMs;
}

export function missingPackages(needs, hasFile, hasCommand) {
  return needs.filter((n) => !(n.files ?? []).every(hasFile) || !(n.commands ?? []).every(hasCommand));
}

/** apt-get only where it is sure to be the right tool and allowed to act; elsewhere, advice. */
export function aptAction({ missing, isRoot, isDebian }) {
  if (missing.length === 0) return 'none';
  return isRoot && isDebian ? 'install' : 'advise';
}

/**
 * The whole set-up, with every effect passed in so tests can check the
 * decisions and the exact commands without touching the machine.
 */
export function setup(sys) {
  const pkg = JSON.parse(sys.readText(join(ROOT, 'package.json')));
  if (nodeTooOld(pkg.engines?.node, sys.nodeVersion)) {
    sys.fail(`Node ${sys.nodeVersion} is too old: this project needs Node ${pkg.engines.node} (Vite 8 requires it).`);
    return;
  }

  if (npmInstallNeeded(sys.mtimeMs(join(ROOT, 'node_modules/.package-lock.json')), sys.mtimeMs(join(ROOT, 'package-lock.json')) ?? 0)) {
    sys.log('setup: installing npm packages (npm ci)...');
    const started = sys.now();
    // --no-audit/--no-fund: they need the network beyond the registry and only add noise.
    const r = sys.run(sys.npm[0], [...sys.npm.slice(1), 'ci', '--no-audit', '--no-fund', '--no-progress', '--loglevel=error'], {});
    if (r.status !== 0) {
      sys.fail(`\`npm ci\` failed (exit ${r.status}); its output:\n${r.output}\nFix the cause above, then run the command again.`);
      return;
    }
    sys.log(`setup: npm packages installed in ${((sys.now() - started) / 1000).toFixed(0)} s`);
  }

  const missing = missingPackages(DEBIAN_NEEDS, sys.hasFile, sys.hasCommand);
  const action = aptAction({ missing, isRoot: sys.isRoot, isDebian: sys.isDebian });
  const names = missing.map((m) => m.pkg);
  if (action === 'advise') {
    const list = missing.map((m) => `${m.pkg} (${m.why})`).join(', ');
    sys.log(
      `setup: missing system packages: ${list}.\n` +
        `       On Debian: sudo apt-get install ${names.join(' ')}\n` +
        '       Without them, browser tests use Playwright\'s own Chromium if you have one, and kernel tests report the kernel unavailable.',
    );
  } else if (action === 'install') {
    const slow = names.includes('chromium') ? '; chromium takes a minute or two' : '';
    sys.log(`setup: installing Debian packages with apt-get: ${names.join(' ')}${slow}...`);
    const started = sys.now();
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    // Wait for another apt (unattended upgrades) rather than fail on its lock.
    const lock = ['-o', 'DPkg::Lock::Timeout=300'];
    for (const args of [
      ['update', '-qq', ...lock],
      ['install', '-y', '-qq', '--no-install-recommends', ...lock, ...names],
    ]) {
      const r = sys.run('apt-get', args, env);
      if (r.status !== 0) {
        sys.fail(
          `\`apt-get ${args.join(' ')}\` failed (exit ${r.status}); its output:\n${r.output}\n` +
            `Install the packages by hand (apt-get install ${names.join(' ')}), then run the command again.`,
        );
        return;
      }
    }
    sys.log(`setup: Debian packages installed in ${((sys.now() - started) / 1000).toFixed(0)} s`);
  }
}

/** npm states the cause first and then dumps usage; apt-get ends with its `E:` lines: keep both ends. */
export function excerpt(text, head = 25, tail = 15) {
  const lines = text.split('\n');
  if (lines.length <= head + tail) return text;
  return [...lines.slice(0, head), `... (${lines.length - head - tail} lines left out)`, ...lines.slice(-tail)].join('\n');
}

function onPath(command) {
  // /usr/sbin and /sbin too: a non-login root shell may not have them on PATH.
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  return dirs.some((d) => d !== '' && existsSync(join(d, command)));
}

function isDebian() {
  try {
    return /^ID=["']?debian["']?$/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

// Exported so the real apt path can be tried without uninstalling anything:
//   node -e "import('./scripts/setup.mjs').then((s) => s.setup({ ...s.realSystem, hasCommand: (c) => c !== 'tree' }))"
export const realSystem = {
  nodeVersion: process.versions.node,
  isRoot: process.getuid?.() === 0,
  isDebian: isDebian(),
  // Under `npm run`, npm_execpath is the npm that called us: use the same one.
  npm: process.env.npm_execpath?.endsWith('.js') ? [process.execPath, process.env.npm_execpath] : ['npm'],
  now: () => Date.now(),
  log: (line) => process.stdout.write(`${line}\n`),
  fail: (message) => {
    process.stderr.write(`\nsetup FAILED: ${message}\n`);
    process.exit(1);
  },
  readText: (path) => readFileSync(path, 'utf8'),
  mtimeMs: (path) => (existsSync(path) ? statSync(path).mtimeMs : undefined),
  hasFile: (path) => existsSync(path),
  hasCommand: onPath,
  run: (cmd, args, env) => {
    const r = spawnSync(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `${r.error.message}\n` : ''}`.trim();
    return { status: r.status ?? 1, output: excerpt(output) };
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) setup(realSystem);
