/**
 * How queries share one solver session.
 *
 * A query opens with one self-contained command group: (reset), settings, prelude, goal
 * labels and the first check. Most queries are proved by that group alone. On a shared
 * native session the group is queued behind other queries' groups, so z3 goes from one
 * query to the next without waiting for this thread to read a reply and answer it; that
 * wait was most of the engine's overhead. Anything after the opening (reading a model,
 * re-checking without the goals that failed) needs the session to itself and the state its
 * opening left: `claim()` waits for sole use and says whether that state is still there.
 */
import type { SmtBackend, TimedReply } from './backend.js';
import type { NativeZ3Backend } from './native-backend.js';

export interface SessionLease {
  /** Sends the query's opening group, which must begin with (reset); it may wait its turn. */
  open(commands: string, guardMs?: number): Promise<TimedReply>;
  /**
   * Takes the session for this query alone until release(). True when the state the
   * opening left is intact; false when other commands ran since (run the opening again).
   */
  claim(): Promise<boolean>;
  /** A follow-up command group; only between claim() and release(). */
  send(commands: string, guardMs?: number): Promise<TimedReply>;
  release(): void;
}

/** A session used by one query at a time: nothing else runs in it, so its state stays. */
export function soleLease(backend: SmtBackend): SessionLease {
  const send = async (commands: string, guardMs?: number): Promise<TimedReply> => {
    const start = performance.now();
    const out = await backend.send(commands, guardMs);
    return { out, ms: performance.now() - start };
  };
  return { open: send, send, claim: () => Promise.resolve(true), release: () => undefined };
}

/**
 * One native z3 session shared by the queries running on it at once. Each wait for the
 * session and what follows it (writing an opening, taking the session) happen in one turn
 * of the event loop, so no other lease can slip in between.
 */
export class SharedSession {
  /** The lease holding the session alone, if any; openings and claims wait while one does. */
  private holder: Lease | undefined;
  private waiters: (() => void)[] = [];
  /** Whose commands were written last: only that query's state can still be in z3. */
  private lastWriter: Lease | undefined;

  constructor(readonly backend: NativeZ3Backend) {}

  lease(): SessionLease {
    return new Lease(this);
  }

  async writeOpening(lease: Lease, commands: string, guardMs?: number): Promise<TimedReply> {
    while (this.holder) await this.released();
    this.lastWriter = lease;
    return this.backend.sendFresh(commands, guardMs);
  }

  /** Takes the session for `lease` alone; true if `lease` wrote last, in z3 process `process`. */
  async take(lease: Lease, process: number): Promise<boolean> {
    while (this.holder) await this.released();
    this.holder = lease;
    // Openings written before the claim run first; follow-ups must not queue behind them.
    await this.backend.idle();
    return this.lastWriter === lease && this.backend.processNumber === process;
  }

  writeFollowUp(lease: Lease, commands: string, guardMs?: number): Promise<TimedReply> {
    if (this.holder !== lease) return Promise.reject(new Error('internal: solver follow-up without a claim'));
    this.lastWriter = lease;
    return this.backend.sendTimed(commands, guardMs);
  }

  give(lease: Lease): void {
    if (this.holder !== lease) return;
    this.holder = undefined;
    for (const w of this.waiters.splice(0)) w();
  }

  private released(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

class Lease implements SessionLease {
  /** The z3 process that answered the opening (a restart loses the state). */
  private process = -1;

  constructor(private readonly session: SharedSession) {}

  async open(commands: string, guardMs?: number): Promise<TimedReply> {
    const reply = await this.session.writeOpening(this, commands, guardMs);
    this.process = this.session.backend.processNumber;
    return reply;
  }

  claim(): Promise<boolean> {
    return this.session.take(this, this.process);
  }

  send(commands: string, guardMs?: number): Promise<TimedReply> {
    return this.session.writeFollowUp(this, commands, guardMs);
  }

  release(): void {
    this.session.give(this);
  }
}
