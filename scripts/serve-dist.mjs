// Serves dist/ from a sub-folder (/app/) with a plain static file server and no rewrite rules,
// the way a basic web host or a USB stick would. Like GitHub Pages or Netlify, it answers an
// unknown address with 404.html. Used by the browser tests and the audit.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const dir = resolve(process.env.DIST ?? resolve(import.meta.dirname, '../dist'));
const prefix = '/app';
const files = sirv(dir, { dev: process.env.DEV_SERVE === '1', etag: true });
// Compress responses as any real web host does, so audits measure what users download.
const compress = compression();

function notFound(res) {
  let body = 'Not found';
  let type = 'text/plain';
  try {
    body = readFileSync(resolve(dir, '404.html'), 'utf8');
    type = 'text/html; charset=utf-8';
  } catch {
    // no 404 page: plain text
  }
  res.writeHead(404, { 'Content-Type': type }).end(body);
}

createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === prefix) {
    res.writeHead(301, { Location: `${prefix}/` }).end();
    return;
  }
  if (!url.startsWith(`${prefix}/`)) {
    notFound(res);
    return;
  }
  req.url = url.slice(prefix.length);
  compress(req, res, () => files(req, res, () => notFound(res)));
}).listen(port, '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}/`));
