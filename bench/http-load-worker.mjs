/* global performance */
// The clients of an HTTP benchmark, run in a worker thread so that their own work is not charged
// to the server being measured. node:http over kept-alive sockets rather than fetch: fetch's web
// streams cost more CPU per request than the server under test, on a machine with two cores.
// Plain JavaScript because worker threads do not inherit tsx's loader.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const spec = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.clients });
const body = spec.body ? Buffer.from(spec.body) : null;
const headers = { ...spec.headers, ...(body ? { 'content-length': String(body.length) } : {}) };

const once = () =>
  new Promise((resolve, reject) => {
    const sent = spec.freshKey ? { ...headers, [spec.freshKey]: randomUUID() } : headers;
    const req = http.request(spec.url, { method: spec.method, headers: sent, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () =>
        res.statusCode === spec.expectStatus
          ? resolve()
          : reject(new Error(`${spec.url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });

const latencies = [];
let sent = 0;
const client = async () => {
  while (sent < spec.requests) {
    sent++;
    const s = performance.now();
    await once();
    latencies.push(performance.now() - s);
  }
};
const t = performance.now();
await Promise.all(Array.from({ length: spec.clients }, client));
agent.destroy();
parentPort.postMessage({ latencies, seconds: (performance.now() - t) / 1000 });
