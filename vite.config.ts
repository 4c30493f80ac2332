import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { contentPlugin } from './scripts/content-plugin.ts';

// CONTENT_DIR lets a test build from a deliberately broken copy of content/.
const contentDir = resolve(process.env['CONTENT_DIR'] ?? resolve(import.meta.dirname, 'content'));

/**
 * In development every address is served index.html, which has no <base> (the prerenderer adds
 * one to each built page): point it at the server's root so relative links and assets resolve.
 */
function devBase(): Plugin {
  return {
    name: 'dev-base',
    apply: 'serve',
    transformIndexHtml: () => [{ tag: 'base', attrs: { href: '/' }, injectTo: 'head-prepend' }],
  };
}

/**
 * The small modules the pages share (content, the store, the rules, the common components) go
 * in one file rather than twenty: a result link otherwise waits on about thirty requests, which an
 * HTTP/1.1 host answers six at a time. The modules the first page needs (the app's frame and the start page's spectrum, named in the first exclusion)
 * stays out, so the start page never loads this file; `npm run size` fails if it ever does.
 */
const sharedByPages = {
  name: 'shared',
  test: (id: string) =>
    /src[\\/](ui[\\/](components|lib)|domain|state|content)[\\/]/.test(id) &&
    !/[\\/](page|layout|error-boundary|hash|preload|saved|idle|urls|storage-key|journeys|spectrum|qr-code|service-worker)\.tsx?$/.test(
      id,
    ) &&
    !/domain[\\/](group|review)\.ts|links[\\/](group|session|hands|review)-link/.test(id),
  includeDependenciesRecursively: false,
};

export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset paths, resolved against each page's <base>, so dist/ works from any sub-folder of any host.
  base: './',
  plugins: [contentPlugin(contentDir), react(), devBase()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The prerenderer reads which files each page's code and styles are in.
    manifest: true,
    // Every browser the tool supports preloads modules natively: no polyfill on the first page.
    modulePreload: { polyfill: false },
    // Only in the browser build: the build for prerendering (--ssr) splits as it likes.
    rolldownOptions: isSsrBuild === true ? {} : { output: { codeSplitting: { groups: [sharedByPages] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
