import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A minimal editor side of the Language Server Protocol: framed JSON-RPC over
 * the stdio of `argmap lsp`, started from the CLI at `bin`. For the tests
 * (test/lsp/client.ts) and the benchmark (bench/lsp.ts).
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: { code: number; message: string } }) => void>();
  private readonly waiters: { method: string; resolve: (params: unknown) => void }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly exited: Promise<number | null>;

  constructor(bin: string, cwd: string) {
    this.child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString())![1]);
      if (this.buffer.length < head + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(head + 4, head + 4 + length).toString());
      this.buffer = this.buffer.subarray(head + 4 + length);
      if (message.id !== undefined && this.pending.has(message.id)) {
        this.pending.get(message.id)!(message);
        this.pending.delete(message.id);
      } else if (message.method !== undefined) {
        this.notifications.push(message);
        const waiter = this.waiters.findIndex((w) => w.method === message.method);
        if (waiter >= 0) this.waiters.splice(waiter, 1)[0]!.resolve(message.params);
      }
    }
  }

  /** Writes raw bytes, for malformed input. */
  raw(text: string): void {
    this.child.stdin.write(text);
  }

  notify(method: string, params: unknown): void {
    const body = JSON.stringify({ jsonrpc: '2.0', method, params });
    this.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T = unknown>(method: string, params: unknown): Promise<{ result?: T; error?: { code: number; message: string } }> {
    const id = ++this.nextId;
    const body = JSON.stringify({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => {
      this.pending.set(id, resolve as never);
      this.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
  }

  /** The next notification with this method. */
  next<T = unknown>(method: string): Promise<T> {
    return new Promise((resolve) => this.waiters.push({ method, resolve: resolve as (params: unknown) => void }));
  }

  kill(): void {
    this.child.kill();
  }
}
