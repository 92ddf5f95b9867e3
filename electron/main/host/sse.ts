import type { ServerResponse } from 'node:http';
import type { EventBus } from '../registry/event-bus';

/** Heartbeat keeps proxies and the browser from dropping an idle stream. */
const HEARTBEAT_MS = 15_000;

/** Streams every bus event to one page as Server-Sent Events until the page goes away. */
export function openEventStream(res: ServerResponse, events: EventBus): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  res.write(`event: ready\ndata: {}\n\n`);
  const unsubscribe = events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': nhịp\n\n'), HEARTBEAT_MS);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  res.on('close', close);
  return close;
}
