// A share of bench:analytics' graphql-ws subscribers, in a worker thread of the benchmark process, so
// that parsing thousands of updates is spread over threads and the client is not what is measured.
// Plain JavaScript: worker threads load it with Node, outside vitest's transform.
// workerData: { url, key, query, variables, count }. Messages in: 'mark' (start counting arrivals),
// 'count' (answer how many arrived since the mark), 'collect' (answer every arrival's time), 'close'.
// Arrival times are absolute (performance.timeOrigin + performance.now()), comparable across threads.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, key, query, variables, count } = workerData;
const now = () => performance.timeOrigin + performance.now();
const clients = [];
const arrivals = [];
let sinceMark = 0;
let connected = 0;
let failed = 0;
let errors = 0;

function open() {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok) => {
      if (settled) return;
      settled = true;
      if (ok) connected++;
      else failed++;
      resolve();
    };
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${key}` },
      on: { connected: () => settle(true), error: () => settle(false), closed: () => settle(false) },
    });
    clients.push(client);
    client.subscribe(
      { query, variables },
      {
        next: () => {
          arrivals.push(now());
          sinceMark++;
        },
        error: () => errors++,
        complete: () => {},
      },
    );
  });
}

for (let i = 0; i < count; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, count - i) }, open));
}
parentPort.postMessage({ type: 'ready', connected, failed });

parentPort.on('message', async (message) => {
  if (message === 'mark') {
    sinceMark = 0;
    parentPort.postMessage({ type: 'marked' });
  } else if (message === 'count') {
    parentPort.postMessage({ type: 'count', arrived: sinceMark });
  } else if (message === 'collect') {
    parentPort.postMessage({ type: 'collect', arrivals, errors });
  } else if (message === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    parentPort.postMessage({ type: 'closed' });
  }
});
