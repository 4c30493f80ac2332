// npm run build: the whole static site, in four steps.
//   1. the browser code (vite build), after the content check (the content plugin runs it)
//   2. the same app for Node (vite build --ssr), used only to prerender
//   3. every page as HTML (prerender.mjs)
//   4. the service worker, precaching all of it (build-sw.mjs)
// DIST=folder builds somewhere other than dist/ (so two builds can run side by side).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? resolve(root, 'dist'));
// The Node build stays inside the project, so its bare imports (react, …) resolve from
// node_modules wherever DIST points.
const ssr = resolve(root, 'node_modules/.cache/prerender', dist.replace(/[^A-Za-z0-9]+/g, '-'));

await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: resolve(root, 'src/app/prerender.tsx'), outDir: ssr, emptyOutDir: true, manifest: false },
});
const env = { ...process.env, DIST: dist, PRERENDER: ssr };
execFileSync('node', [resolve(root, 'scripts/prerender.mjs')], { stdio: 'inherit', env });
execFileSync('node', [resolve(root, 'scripts/build-sw.mjs')], { stdio: 'inherit', env });
