import { Worker } from 'node:worker_threads';

export interface LoadSpec {
  url: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
  /** A header given a fresh UUID on every request, as a client's Idempotency-Key is. */
  freshKey?: string;
  expectStatus: number;
  requests: number;
  clients: number;
}

export interface LoadResult {
  /** Every request's time from send to the last byte of the reply, in ms. */
  latencies: number[];
  seconds: number;
}

/** Runs `spec` from a worker thread, off the server's event loop. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
      workerData: spec,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
