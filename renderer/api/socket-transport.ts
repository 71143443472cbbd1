import type { Reply, Transport } from './transport';

type Pending = { resolve: (reply: Reply) => void };

/**
 * Talks to `journey-studio serve` over one WebSocket, reconnecting when it drops.
 * The session cookie set by the tokenized URL authorizes the socket.
 */
export class SocketTransport implements Transport {
  private socket: WebSocket | null = null;
  private opening: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly url: string) {}

  async invoke(channel: string, input: unknown): Promise<Reply> {
    const socket = await this.connect();
    const id = this.nextId++;
    return new Promise<Reply>((resolve) => {
      this.pending.set(id, { resolve });
      socket.send(JSON.stringify({ id, channel, input }));
    });
  }

  private connect(): Promise<WebSocket> {
    if (this.socket?.readyState === WebSocket.OPEN) return Promise.resolve(this.socket);
    if (this.opening) return this.opening;
    this.opening = new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(this.url);
      socket.onopen = () => {
        this.socket = socket;
        this.opening = null;
        resolve(socket);
      };
      socket.onerror = () => {
        this.opening = null;
        reject(
          new Error(
            'Cannot reach the Journey Studio host. Is `journey-studio serve` still running?',
          ),
        );
      };
      socket.onclose = () => this.failPending('The connection to the Journey Studio host closed.');
      socket.onmessage = (event) => this.receive(String(event.data));
    });
    return this.opening;
  }

  private receive(text: string): void {
    const reply = JSON.parse(text) as Reply & { id: number };
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    waiting.resolve(reply);
  }

  private failPending(message: string): void {
    this.socket = null;
    for (const [id, p] of this.pending) {
      p.resolve({ ok: false, error: { code: 'internal', message } });
      this.pending.delete(id);
    }
  }
}

/** The socket URL of the host that served this page. */
export function hostSocketUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}
