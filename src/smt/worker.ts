/**
 * A solver worker thread: one solver instance (one WASM `init()`, or one `z3 -in`) that
 * checks the queries the pool sends it, one at a time. Bundled as dist/smt-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SmtBackend } from './backend.js';
import { checkQuery } from './check-goals.js';
import { NativeZ3Backend } from './native-backend.js';
import { WasmZ3Backend } from './wasm-backend.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('smt worker must run in a worker thread');
  const config = workerData as WorkerConfig;
  const post = (m: FromWorker): void => port.postMessage(m);
  let backend: SmtBackend;
  try {
    backend = config.backend === 'native' ? NativeZ3Backend.create() : await WasmZ3Backend.create();
  } catch (e) {
    post({ type: 'start-failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  post({ type: 'ready', solverName: backend.solverName });
  port.on('message', (m: ToWorker) => {
    if (m.type !== 'check') return;
    void checkQuery(backend, m.query, config).then((result) => post({ type: 'result', id: m.id, result }));
  });
}

void main();
