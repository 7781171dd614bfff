// The host a page gets: the engine in a Web Worker where there are workers,
// in this thread elsewhere (Node, tests).
import { LocalHost, type SessionHost } from './host.ts';
import { WorkerHost } from './worker-host.ts';

export function defaultHost(): SessionHost {
  if (typeof Worker === 'undefined') return new LocalHost();
  return new WorkerHost(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'overlay-engine' }));
}
