// Serves dist/ from a sub-folder (/app/) with a plain static file server and no rewrite rules,
// the way a basic web host or a USB stick would. Used by the browser tests and the audit.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const prefix = '/app';
const files = sirv(resolve(import.meta.dirname, '../dist'), { dev: false, etag: true });
// Compress responses as any real web host does, so audits measure what users download.
const compress = compression();

createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === prefix) {
    res.writeHead(301, { Location: `${prefix}/` }).end();
    return;
  }
  if (!url.startsWith(`${prefix}/`)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: the app is served at /app/');
    return;
  }
  req.url = url.slice(prefix.length);
  compress(req, res, () => files(req, res, () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')));
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}${prefix}/`));
