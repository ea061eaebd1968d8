/**
 * A minimal client for Firefox's remote debugging protocol (RDP), the protocol about:debugging and
 * web-ext speak. WebDriver BiDi skips extension documents (Firefox bug 1755014) and refuses to
 * navigate to moz-extension:// URLs, so the smoke suite reaches the background page and our extension
 * pages through RDP instead, as a developer would through about:debugging's "Inspect".
 *
 * Wire format: `<byte length>:<JSON>`. Each actor answers its requests in order; packets that carry
 * a `type` are events (except errors), and go to the event listeners.
 * https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html
 */
import net from 'node:net';

/** One decoded packet. */
export type Packet = Readonly<Record<string, unknown>> & {
  readonly from?: string;
  readonly type?: string;
  readonly error?: string;
};

interface Pending {
  readonly resolve: (packet: Packet) => void;
  readonly reject: (error: Error) => void;
}

/** A connected RDP client. */
export interface RdpClient {
  /** Sends a request to an actor and resolves with its answer; rejects on an error packet. */
  request(to: string, type: string, extra?: Readonly<Record<string, unknown>>): Promise<Packet>;
  /** Calls `listener` for every event packet; returns the unsubscribe function. */
  onEvent(listener: (packet: Packet) => void): () => void;
  close(): void;
}

function parsePackets(buffer: Buffer, onPacket: (packet: Packet) => void): Buffer {
  let rest: Buffer = buffer;
  for (;;) {
    const colon = rest.indexOf(0x3a);
    if (colon < 0) return rest;
    const length = Number(rest.subarray(0, colon).toString('ascii'));
    if (rest.length < colon + 1 + length) return rest;
    onPacket(JSON.parse(rest.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet);
    rest = rest.subarray(colon + 1 + length);
  }
}

/** Connects to `--start-debugger-server PORT` and waits for the root actor's greeting. */
export async function connectRdp(port: number): Promise<RdpClient> {
  const socket = net.connect(port, '127.0.0.1');
  const pending = new Map<string, Pending[]>();
  const listeners = new Set<(packet: Packet) => void>();
  let buffer: Buffer = Buffer.alloc(0);
  let greeted: (() => void) | null = null;
  const greeting = new Promise<void>((resolve, reject) => {
    greeted = resolve;
    socket.once('error', reject);
  });

  const dispatch = (packet: Packet): void => {
    if (packet.from === 'root' && 'applicationType' in packet) {
      greeted?.();
      return;
    }
    const queue = packet.from === undefined ? undefined : pending.get(packet.from);
    const isAnswer = packet.type === undefined || packet.error !== undefined;
    if (isAnswer && queue && queue.length > 0) {
      const waiter = queue.shift();
      if (packet.error === undefined) waiter?.resolve(packet);
      else waiter?.reject(new Error(`RDP ${packet.error}: ${JSON.stringify(packet['message'] ?? '')}`));
      return;
    }
    for (const listener of listeners) listener(packet);
  };
  socket.on('data', (chunk: Buffer) => {
    buffer = parsePackets(Buffer.concat([buffer, chunk]), dispatch);
  });
  socket.on('close', () => {
    for (const queue of pending.values())
      for (const waiter of queue) waiter.reject(new Error('RDP connection closed'));
    pending.clear();
  });
  await greeting;

  return {
    request: (to, type, extra = {}) =>
      new Promise<Packet>((resolve, reject) => {
        const queue = pending.get(to) ?? [];
        queue.push({ resolve, reject });
        pending.set(to, queue);
        const text = JSON.stringify({ to, type, ...extra });
        socket.write(`${String(Buffer.byteLength(text))}:${text}`);
      }),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => socket.destroy(),
  };
}
