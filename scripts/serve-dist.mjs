// Serves dist/ from a sub-folder (/app/) with a plain static file server and no rewrite rules,
// the way a basic web host or a USB stick would. Like GitHub Pages or Netlify, it answers an
// unknown address with 404.html, and sends a folder without its final "/" to the address with it.
// Used by the browser tests and the audit.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const dir = resolve(process.env.DIST ?? resolve(import.meta.dirname, '../dist'));
const prefix = '/app';
const files = sirv(dir, { dev: process.env.DEV_SERVE === '1', etag: true });
// Compress responses as any real web host does, so audits measure what users download.
const compress = compression();

function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

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
  // A folder asked for without its final "/" (someone typing …/app/join) is sent to the address
  // with it, as GitHub Pages, Netlify and Apache do, so the page's relative addresses resolve.
  const [path = '/', query] = req.url.split('?');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && existsSync(join(dir, safeDecode(path), 'index.html'))) {
    res.writeHead(301, { Location: `${prefix}${path}/${query === undefined ? '' : `?${query}`}` }).end();
    return;
  }
  compress(req, res, () => files(req, res, () => notFound(res)));
}).listen(port, '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}/`));
