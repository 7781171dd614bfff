// Where the session runs, behind one asynchronous interface: in a Web
// Worker in the browser (the page stays responsive through a long command,
// which can be cancelled), or in the same thread (tests, Node, a browser
// without workers). The engine is loaded with the first call, so a page
// that talks to a worker never carries it.
import type { SessionCore } from './core.ts';
import type { HostResult, LoadRequest, OpName, Progress, SessionChange, SessionOps } from './protocol.ts';

export type Call = <K extends OpName>(op: K, ...args: Parameters<SessionOps[K]>) => Promise<HostResult<Awaited<ReturnType<SessionOps[K]>>>>;

export interface SessionHost {
  call: Call;
  /** Told how a long operation goes, and null when it is over. */
  onProgress(listener: (p: Progress | null) => void): void;
  /** Whether a running operation can be stopped (only a worker can be). */
  readonly canCancel: boolean;
  /**
   * Whether the session runs beside the page (a worker): views asked for ahead of a step (its
   * neighbours) then cost the page nothing. In the same thread they would cost each step twice.
   */
  readonly background: boolean;
  /**
   * Stops what is running: its call answers with a `cancelled` error, and
   * the session is opened again from `restore` (what it was before).
   */
  cancel(restore: LoadRequest): Promise<HostResult<SessionChange>>;
}

/** Resolves in a later task (macrotask), in the order asked. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/** The session in this thread: each call runs once the engine is loaded, in a task of its own. */
export class LocalHost implements SessionHost {
  readonly canCancel = false;
  background = false;
  private listener: (p: Progress | null) => void = () => undefined;
  private core: Promise<{ core: SessionCore; hostError: typeof import('./core.ts').hostError }> | null = null;

  /** The session core itself (tests look at its timeline). */
  async session(): Promise<SessionCore> {
    return (await this.load()).core;
  }

  private load() {
    this.core ??= import('./core.ts').then(({ SessionCore, hostError }) => {
      const core = new SessionCore();
      core.progress = (p) => this.listener(p);
      return { core, hostError };
    });
    return this.core;
  }

  call: Call = async (op, ...args) => {
    const { core, hostError } = await this.load();
    // Each call answers in a task of its own, in the order made, as a worker's messages do: what a caller
    // does with one answer (apply a view: views are sent as changes from the one before) is done before
    // the next answer exists.
    await nextTask();
    try {
      const fn = core[op] as (...a: unknown[]) => unknown;
      return { ok: true, value: await fn.apply(core, args) } as never;
    } catch (e) {
      return { ok: false, error: hostError(e) };
    } finally {
      this.listener(null);
    }
  };

  onProgress(listener: (p: Progress | null) => void): void {
    this.listener = listener;
  }

  cancel(restore: LoadRequest): Promise<HostResult<SessionChange>> {
    // Nothing runs in the background here: every call has already finished.
    return this.call('load', restore);
  }
}
