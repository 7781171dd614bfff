// The Web Worker that runs the engine: it owns the session and answers the
// page's calls one at a time, telling how a long one goes along the way.
import { hostError, SessionCore } from './core.ts';
import { hashHelper } from './hash-helper.ts';
import type { OpName, Progress } from './protocol.ts';

export interface Request {
  id: number;
  op: OpName;
  args: unknown[];
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof hostError> } | { id: number; progress: Progress };

const core = new SessionCore();
// Layer blobs and their tars are hashed on another core while this one unpacks them (workers that start workers: Chromium, Firefox, Safari 15.5+).
if (typeof Worker !== 'undefined') core.hashHelper = hashHelper(() => new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'overlay-hashes' }));
let current = 0;
let lastSent = 0;
core.progress = (p) => {
  // A few times a second is enough for a progress bar, and cheap for the engine.
  const now = performance.now();
  if (now - lastSent < 60) return;
  lastSent = now;
  postMessage({ id: current, progress: p } satisfies Reply);
};

// One call at a time, in order: opening an image awaits its stream, and the calls behind it wait their turn.
let queue: Promise<void> = Promise.resolve();

/** Calls waiting or running: after a command, when none is, the worker prepares its end (core.prepare). */
let pending = 0;

addEventListener('message', (e: MessageEvent<Request>) => {
  const { id, op, args } = e.data;
  if (op === 'imageChecks') {
    // Beside the queue: it waits for checks running in the background, and commands go on meanwhile.
    core.imageChecks().then(
      (value) => postMessage({ id, ok: true, value } satisfies Reply),
      (err: unknown) => postMessage({ id, ok: false, error: hostError(err) } satisfies Reply),
    );
    return;
  }
  pending++;
  queue = queue.then(async () => {
    current = id;
    lastSent = performance.now();
    try {
      const fn = core[op] as (...a: unknown[]) => unknown;
      postMessage({ id, ok: true, value: await fn.apply(core, args) } satisfies Reply);
    } catch (err) {
      postMessage({ id, ok: false, error: hostError(err) } satisfies Reply);
    }
    pending--;
    // In a task of its own, after the answer is on its way and only if nothing else was asked meanwhile.
    if (op === 'run') setTimeout(() => {
      if (pending === 0) queue = queue.then(() => core.prepare());
    }, 0);
  });
});
