// The session in a Web Worker: calls go as messages and come back as
// promises, in order. Cancelling ends the worker (a command cannot be
// stopped half-way from outside) and starts a new one on the session as it
// was before: the worker is deterministic, so replaying the commands gives
// back the very same session.
import type { SessionHost, Call } from './host.ts';
import type { HostResult, LoadRequest, Progress, SessionChange } from './protocol.ts';
import type { Reply, Request } from './worker.ts';

interface Pending {
  resolve: (r: HostResult<never>) => void;
}

export class WorkerHost implements SessionHost {
  readonly canCancel = true;
  readonly background = true;
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private listener: (p: Progress | null) => void = () => undefined;

  constructor(private readonly make: () => Worker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const w = this.make();
    w.addEventListener('message', (e: MessageEvent<Reply>) => this.receive(e.data));
    w.addEventListener('error', (e) => this.failAll(`the engine stopped: ${e.message}`));
    return w;
  }

  private receive(r: Reply): void {
    if ('progress' in r) {
      if (this.pending.has(r.id)) this.listener(r.progress);
      return;
    }
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    if (this.pending.size === 0) this.listener(null);
    p.resolve((r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error }) as HostResult<never>);
  }

  private failAll(detail: string, kind: 'internal' | 'cancelled' = 'internal'): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.listener(null);
    for (const p of all) p.resolve({ ok: false, error: { kind, detail } });
  }

  call: Call = (op, ...args) =>
    new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as Pending['resolve'] });
      this.worker.postMessage({ id, op, args } satisfies Request);
    });

  onProgress(listener: (p: Progress | null) => void): void {
    this.listener = listener;
  }

  cancel(restore: LoadRequest): Promise<HostResult<SessionChange>> {
    this.worker.terminate();
    this.failAll('cancelled', 'cancelled');
    this.worker = this.start();
    this.listener({ phase: 'restore', done: 0, of: restore.commands?.length ?? 0, label: '' });
    return this.call('load', restore);
  }
}
