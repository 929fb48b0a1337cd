/**
 * A minimal JSON-RPC client over the built server's stdio (`node dist/server.js --stdio`), for the
 * benchmarks that time requests (scripts/bench-keystroke.ts, scripts/bench-scaling.ts). It answers
 * the server's own requests (settings: the defaults; registrations) and hands back each answer's
 * raw JSON, so a caller can weigh it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverEnv, serverExecArgv } from '../client/src/serverEnv';

const ROOT = join(__dirname, '..');

export class ServerClient {
  private readonly child;
  private buf: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (body: string) => void>();
  private readonly exited: Promise<void>;

  /** When the first bytes after the last request arrived: the server's answer time, without the transfer and this client's parsing. */
  firstByteAt = 0;
  private sentAt = 0;

  /** `nodeArgs`: options for node itself before the server script (a CPU profile, say). */
  constructor(nodeArgs: string[] = []) {
    // Started as the VS Code client starts it (client/src/serverEnv.ts).
    this.child = spawn(process.execPath, [...serverExecArgv(), ...nodeArgs, join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: serverEnv(process.env),
    });
    this.exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdout.on('data', (d: Buffer) => {
      if (this.firstByteAt < this.sentAt) this.firstByteAt = performance.now();
      this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
      for (;;) {
        const head = this.buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
        if (this.buf.length < head + 4 + len) return;
        const body = this.buf.subarray(head + 4, head + 4 + len).toString();
        this.buf = this.buf.subarray(head + 4 + len);
        this.receive(body);
      }
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private receive(body: string): void {
    const m = JSON.parse(body) as { id?: number; method?: string; params?: { items?: unknown[] } };
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: settings (the defaults) or a registration.
      this.send({ id: m.id, result: m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => ({})) : null });
    } else if (m.method === undefined && m.id !== undefined) {
      this.waiting.get(m.id)?.(body);
      this.waiting.delete(m.id);
    } else if (m.method === 'window/logMessage') {
      const message = (m.params as { message?: string } | undefined)?.message ?? '';
      for (const [pattern, resolve] of this.logWaiters) {
        if (pattern.test(message)) {
          this.logWaiters.delete(pattern);
          resolve(message);
        }
      }
    }
  }

  private readonly logWaiters = new Map<RegExp, (message: string) => void>();

  /** The next log message that matches `pattern`, or undefined after `timeoutMs`. */
  nextLog(pattern: RegExp, timeoutMs: number): Promise<string | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.logWaiters.delete(pattern);
        resolve(undefined);
      }, timeoutMs);
      this.logWaiters.set(pattern, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }

  send(msg: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** The raw JSON of the answer. */
  request(method: string, params: object): Promise<string> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.sentAt = performance.now();
      this.send({ id, method, params });
    });
  }

  /** initialize (default settings) and initialized, with the client capabilities given. */
  async start(capabilities: object): Promise<void> {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions: { settings: {} } });
    this.send({ method: 'initialized', params: {} });
  }

  /** shutdown and exit, as an editor ends a session; resolves when the server has exited. */
  async stop(): Promise<void> {
    await this.request('shutdown', {});
    this.send({ method: 'exit' });
    await this.exited;
  }
}

/** A process's resident memory now, in bytes, from /proc. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}
