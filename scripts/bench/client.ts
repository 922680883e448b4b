// A keep-alive HTTP client that times each request from write to last body
// byte. One Agent with maxSockets 1 per "user" means one reused connection.
import http from 'node:http';

export type Sample = { ms: number; bytes: number; status: number; body: Buffer };

export class Client {
  private readonly agent: http.Agent;

  constructor(private readonly port: number, connections = 1) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  get(path: string, timeoutMs = 30_000): Promise<Sample> {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      // No Accept-Encoding: bytes are the raw JSON size, the stricter reading of the 60 KB target.
      const req = http.get({ host: '127.0.0.1', port: this.port, path, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ ms: performance.now() - t0, bytes: body.length, status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${path}`)));
      req.on('error', reject);
    });
  }

  /** Like get, but a non-200 answer is an error: a 4xx here means the benchmark asked wrongly. */
  async ok(path: string): Promise<Sample> {
    const s = await this.get(path);
    if (s.status !== 200) throw new Error(`HTTP ${s.status} for ${path}: ${s.body.toString().slice(0, 200)}`);
    return s;
  }

  close(): void {
    this.agent.destroy();
  }
}
