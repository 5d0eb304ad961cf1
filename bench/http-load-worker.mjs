/* global performance, fetch */
// The clients of an HTTP benchmark, run in a worker thread so that their own work (fetch,
// reading the replies) is not charged to the server being measured. Plain JavaScript because
// worker threads do not inherit tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';

const spec = workerData;
const latencies = [];
let sent = 0;
const client = async () => {
  while (sent < spec.requests) {
    sent++;
    const s = performance.now();
    const res = await fetch(spec.url, {
      method: spec.method,
      headers: spec.headers,
      ...(spec.body ? { body: spec.body } : {}),
    });
    await res.arrayBuffer();
    if (res.status !== spec.expectStatus) throw new Error(`${spec.url}: ${res.status}`);
    latencies.push(performance.now() - s);
  }
};
const t = performance.now();
await Promise.all(Array.from({ length: spec.clients }, client));
parentPort.postMessage({ latencies, seconds: (performance.now() - t) / 1000 });
