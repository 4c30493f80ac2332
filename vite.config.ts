import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';
import { checkContentDir } from './scripts/read-content.ts';
import { formatProblems } from './src/content/validate.ts';

// CONTENT_DIR lets a test build from a deliberately broken copy of content/.
const contentDir = resolve(process.env['CONTENT_DIR'] ?? resolve(import.meta.dirname, 'content'));

/**
 * Runs the content check before every build and dev server start, and again whenever a content
 * file changes in development, so invalid content can never ship and an editor sees why at once.
 */
function contentCheck(): Plugin {
  const check = () => {
    const result = checkContentDir(contentDir);
    return result.ok ? null : `Content check failed:\n${formatProblems(result.problems)}`;
  };
  return {
    name: 'content-check',
    buildStart() {
      const message = check();
      if (message !== null) this.error(message);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return;
      const message = check();
      if (message !== null) {
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
        return [];
      }
      return undefined;
    },
  };
}

/*
 * The Content Security Policy, added to the built index.html only: Vite's dev server needs inline
 * scripts and styles for hot reload, which this policy rightly forbids.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset paths so dist/ works from any sub-folder of any static host.
  base: './',
  plugins: [
    contentCheck(),
    react(),
    contentSecurityPolicy(),
    // Offline and installable. The service worker precaches every built file, so once loaded the
    // app works with no network (workshops with bad wifi). autoUpdate: a new version activates at
    // once and the page reloads into it; answers are saved, so nothing is lost.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from main.tsx after the page has loaded, to keep workbox-window off the first page.
      injectRegister: null,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Ways of working together',
        short_name: 'Working together',
        description: 'Choose how your service works with another: networking, cooperation, coordination or partnership.',
        lang: 'en-AU',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d4f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
