import { chromium, defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/built-site.ts';

/*
 * Browser tests drive real Chromium against the built app, served from a sub-folder.
 * Playwright's own Chromium is used when installed, otherwise Debian's; with neither, the run
 * stops with one line saying what to install, rather than skipping.
 */
function chromiumPath(): string | undefined {
  const own = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  if (own !== '' && existsSync(own)) return undefined; // Playwright finds its own
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('No Chromium for the browser tests: run `apt-get install chromium` (Debian) or `npx playwright install chromium`.');
}

const executablePath = chromiumPath();
// E2E_PORT and DIST let two browser runs work side by side on one machine.
const port = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  // Sized for a busy two-core CI machine: tests wait on real conditions, never on fixed sleeps.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/app/`,
    trace: 'off',
    launchOptions: {
      ...(executablePath !== undefined ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node scripts/serve-dist.mjs',
    env: { PORT: String(port), ...(process.env['DIST'] !== undefined ? { DIST: process.env['DIST'] } : {}) },
    url: `http://127.0.0.1:${port}/app/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
