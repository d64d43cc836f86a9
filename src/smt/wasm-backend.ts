/**
 * The WASM backend: z3-solver's low-level API driven with SMT-LIB text through
 * Z3_eval_smtlib2_string on one context, so it behaves like a `z3 -in` session.
 *
 * The generated wrapper for eval_smtlib2_string passes the script in stack memory that is
 * released before the solver thread reads it (Z3-NOTES: corrupted scripts). We copy the
 * text into memory we malloc, and free it only after the call has finished.
 */
import { SolverCrashError, SolverTimeoutError, type SmtBackend } from './backend.js';
import type { Z3_context } from 'z3-solver/build/low-level/index.js';
import { loadZ3Wasm, type Z3Wasm } from './wasm-loader.js';

interface Emscripten {
  HEAPU8: Uint8Array;
  _malloc(n: number): number;
  _free(p: number): void;
  _async_Z3_eval_smtlib2_string: (ctx: Z3_context, script: number) => void;
  async_call<T>(f: (ctx: Z3_context, script: number) => void, ctx: Z3_context, script: number): Promise<T>;
}

export class WasmZ3Backend implements SmtBackend {
  private busy = false;
  private closed = false;
  /** After an interrupt the context may be unusable; we make a new one. */
  private ctx: Z3_context;

  private constructor(
    private readonly z3: Z3Wasm,
    readonly solverName: string,
  ) {
    this.ctx = this.newContext();
  }

  static async create(): Promise<WasmZ3Backend> {
    const z3 = await loadZ3Wasm();
    const m = /(\d+\.\d+\.\d+)/.exec(z3.Z3.get_full_version());
    const backend = new WasmZ3Backend(z3, `z3 ${m ? m[1] : '?'} (wasm)`);
    // The first check starts Emscripten's solver thread (~1 s); pay it at start-up, in parallel.
    await backend.send('(check-sat)\n(reset)');
    return backend;
  }

  async send(commands: string, guardMs?: number): Promise<string> {
    if (this.closed) throw new Error('solver session is closed');
    if (this.busy) throw new Error('solver session is busy');
    // A new query starts on a new context: `(reset)` keeps the resource counter, and a query
    // stopped by its rlimit leaves the context refusing commands ("push canceled").
    if (commands.startsWith('(reset)')) this.replaceContext();
    this.busy = true;
    const em = this.z3.em as unknown as Emscripten;
    const bytes = new TextEncoder().encode(commands);
    const ptr = em._malloc(bytes.length + 1);
    if (!ptr) throw new SolverCrashError('WASM heap exhausted');
    em.HEAPU8.set(bytes, ptr);
    em.HEAPU8[ptr + bytes.length] = 0;
    let interrupted = false;
    const ctx = this.ctx;
    const timer = guardMs === undefined ? undefined : setTimeout(() => {
      interrupted = true;
      this.z3.Z3.interrupt(ctx);
    }, guardMs);
    try {
      // Always awaited to the end: an abandoned check keeps the process alive (Z3-NOTES).
      const out = await em.async_call<string>(em._async_Z3_eval_smtlib2_string, ctx, ptr);
      if (interrupted) {
        this.replaceContext();
        throw new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; interrupted it`);
      }
      return out;
    } catch (e) {
      if (e instanceof SolverTimeoutError) throw e;
      this.replaceContext();
      throw new SolverCrashError(`z3 (wasm) failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (timer) clearTimeout(timer);
      em._free(ptr);
      this.busy = false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.z3.Z3.del_context(this.ctx);
    const em = this.z3.em as unknown as { PThread?: { terminateAllThreads(): void } };
    em.PThread?.terminateAllThreads();
  }

  private newContext(): Z3_context {
    const cfg = this.z3.Z3.mk_config();
    const ctx = this.z3.Z3.mk_context_rc(cfg);
    this.z3.Z3.del_config(cfg);
    return ctx;
  }

  private replaceContext(): void {
    try {
      this.z3.Z3.del_context(this.ctx);
    } catch {
      /* a broken context is simply dropped */
    }
    this.ctx = this.newContext();
  }
}
