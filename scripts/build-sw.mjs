// Makes the service worker (offline use) after the pages are prerendered, so it precaches all of
// them. Workbox gives every file a revision from its content: when any file changes, sw.js changes,
// browsers fetch the new version, and the page reloads into it (src/ui/lib/service-worker.ts).
// A navigation to an address that is not a page gets 404.html, which finds the right one.
import { generateSW } from 'workbox-build';
import { resolve } from 'node:path';

const dist = resolve(process.env.DIST ?? resolve(import.meta.dirname, '../dist'));
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
  globIgnores: ['.vite/**', 'sw.js'],
  swDest: resolve(dist, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  directoryIndex: 'index.html',
  // Links carry their codes after the #, which never reaches the service worker; ignore any query.
  ignoreURLParametersMatching: [/.*/],
  navigateFallback: '404.html',
  // Hashed files never change; the revision Workbox computes covers the rest.
  dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8}\.(js|css)$/,
  maximumFileSizeToCacheInBytes: 3_000_000,
});
for (const w of warnings) console.warn(`build-sw: ${w}`);
console.log(`Service worker precaches ${count} files (${(size / 1000).toFixed(0)} KB).`);
