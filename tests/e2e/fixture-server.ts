import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureServer {
  /** The port it listens on (a free one: Chrome's match patterns ignore the port). */
  port: number;
  /** A kaspi.kz address as this server serves it: the same address with the server's port. */
  at(url: string): string;
  close(): Promise<void>;
  /** Every path the browser asked this server for. */
  requests: string[];
}

/** A self-signed certificate for kaspi.kz and its subdomains, made now with openssl. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'kgh-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=kaspi.kz',
    '-addext', 'subjectAltName=DNS:kaspi.kz,DNS:*.kaspi.kz', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Serves the fixture pages over HTTPS on a free port of 127.0.0.1, where
 * Chromium's host resolver rules send kaspi.kz; no root, and two test runs
 * can share a machine. `pages` maps "host/path" to HTML.
 */
export async function startFixtureServer(pages: Record<string, string>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${host}${req.url}`);
    // A single-page app serves one document for every path it routes itself.
    const html = pages[`${host}${path}`] ?? pages[`${host}/*`];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    at(url) {
      const address = new URL(url);
      address.port = String(port);
      return address.href;
    },
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
