/**
 * The operations endpoints, on their own port (HARBOUR_OPS_PORT) so a load balancer and
 * Prometheus can reach them without the platforms' routes: `GET /healthz` (200 when the
 * database answers and migrations are current, 503 otherwise, as JSON) and `GET /metrics`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HarbourDb } from '../db/database.ts';
import { checkHealth } from './health.ts';
import type { Metrics } from './metrics.ts';

export type OpsServer = { port: number; close(): Promise<void> };

export async function startOpsServer(db: HarbourDb, metrics: Metrics, port: number, host?: string): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = async () => {
      if (path === '/healthz') {
        const health = await checkHealth(db);
        res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(health));
      } else if (path === '/metrics') {
        const { contentType, body } = await metrics.scrape();
        res.writeHead(200, { 'content-type': contentType }).end(body);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: try /healthz or /metrics\n');
      }
    };
    answer().catch(() => {
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('unavailable\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
