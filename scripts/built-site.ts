// What the browser scripts share (bench:steps, bench:group, screenshots) and the browser tests'
// Chromium flags: the built site served as the browser tests serve it (at /app/), and Chromium.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

/** Headless Chromium in a container, without the background traffic a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = resolve(import.meta.dirname, '..');

/** The build in DIST (or dist/), served at http://127.0.0.1:PORT/app/, and a Chromium to open it with. */
export async function openBuiltSite(port: number): Promise<{ browser: Browser; base: string; close: () => Promise<void> }> {
  const dist = resolve(process.env['DIST'] ?? resolve(root, 'dist'));
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`no build in ${dist}: run npm run build first`);
  const server = spawn('node', [resolve(root, 'scripts/serve-dist.mjs')], {
    env: { ...process.env, PORT: String(port), DIST: dist },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    base: `http://127.0.0.1:${port}/app/`,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}
