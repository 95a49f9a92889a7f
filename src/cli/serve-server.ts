import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * The preview server: GET / is the page, GET /events its event stream; any
 * other path is 404 and any other method 405. Bound to 127.0.0.1 unless --host says otherwise;
 * request bodies are never read and headers are capped.
 */
export interface PreviewServer {
  url: string;
  /** Replaces the page and tells every open page to reload. */
  update(html: string): void;
  close(): Promise<void>;
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

export async function startPreviewServer(html: string, port: number, host = '127.0.0.1'): Promise<PreviewServer> {
  let page = html;
  const streams = new Set<ServerResponse>();
  const server: Server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 10_000, headersTimeout: 10_000 }, (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    } else if (path === '/') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : page);
    } else if (path === '/events') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      response.write(': argmap serve\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
    } else {
      response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found: argmap serve has only the page (/) and its event stream.\n');
    }
  });
  // Keep-alive page connections must not hold Ctrl-C up.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}/`,
    update(html) {
      page = html;
      for (const stream of streams) stream.write('event: update\ndata: reload\n\n');
    },
    close() {
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
