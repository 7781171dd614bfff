// The Web Worker that runs the engine: it owns the session and answers the
// page's calls one at a time, telling how a long one goes along the way.
import { hostError, SessionCore } from './core.ts';
import type { OpName, Progress } from './protocol.ts';

export interface Request {
  id: number;
  op: OpName;
  args: unknown[];
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof hostError> } | { id: number; progress: Progress };

const core = new SessionCore();
let current = 0;
let lastSent = 0;
core.progress = (p) => {
  // A few times a second is enough for a progress bar, and cheap for the engine.
  const now = performance.now();
  if (now - lastSent < 60) return;
  lastSent = now;
  postMessage({ id: current, progress: p } satisfies Reply);
};

addEventListener('message', (e: MessageEvent<Request>) => {
  const { id, op, args } = e.data;
  current = id;
  lastSent = performance.now();
  try {
    const fn = core[op] as (...a: unknown[]) => unknown;
    postMessage({ id, ok: true, value: fn.apply(core, args) } satisfies Reply);
  } catch (err) {
    postMessage({ id, ok: false, error: hostError(err) } satisfies Reply);
  }
});
