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

export default defineConfig({
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
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
