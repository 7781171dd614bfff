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
   * Stops what is running: its call answers with a `cancelled` error, and
   * the session is opened again from `restore` (what it was before).
   */
  cancel(restore: LoadRequest): Promise<HostResult<SessionChange>>;
}

/** The session in this thread: each call runs as soon as the engine is loaded. */
export class LocalHost implements SessionHost {
  readonly canCancel = false;
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
