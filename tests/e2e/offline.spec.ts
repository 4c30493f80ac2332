/*
 * Offline use and the service worker's life: the app works with no network once loaded; a new
 * version takes over and reloads the page into it; and a site that was retired (the documented
 * way, or simply taken down) never keeps serving the old app from the cache.
 *
 * Each test serves its own copy of the build from its own server (scripts/serve-dist.mjs with
 * DEV_SERVE=1, so files changed mid-test are served as they are now), so it can change, retire or
 * stop that copy without touching the build other tests use.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { explain } from '../../src/domain/explain.ts';
import { encodeResult } from '../../src/domain/links/result-link.ts';
import { recommend } from '../../src/domain/recommend.ts';
import { realContent } from '../helpers/content.ts';
import { expect, test as guarded } from './fixtures.ts';
import { open, ready, watchErrors } from './helpers.ts';
import { answer, GUIDE_CASE } from './journey.ts';

const root = resolve(import.meta.dirname, '../..');
const built = resolve(process.env['DIST'] ?? join(root, 'dist'));
const content = realContent();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const PICKS = ['g-shared-clients', 'g-share-info'];
const SHARE_CLIENTS = /share clients with another service/;
const PICK_PATTERNS = [SHARE_CLIENTS, /meet regularly and share information/];
const SITUATION = { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' };
const r = recommend(content, { picks: PICKS, context: SITUATION });
const OWN_TITLE = r === null ? 'no result' : explain(content, r, { journey: 'goal', voice: 'own', reviewDate: '' }).title;
const SHARED_TITLE = r === null ? 'no result' : explain(content, r, { journey: 'goal', voice: 'shared', reviewDate: '' }).title;

/** A copy of the build, served by its own server process. */
type Copy = { dir: string; url: string; stop: () => Promise<void> };

/** A port no one is listening on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function serveCopy(): Promise<Copy> {
  const dir = mkdtempSync(join(tmpdir(), 'wow-offline-'));
  cpSync(built, dir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts/serve-dist.mjs')], {
    env: { ...process.env, DIST: dir, PORT: String(port), DEV_SERVE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the copy's server did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving')) {
        clearTimeout(timer);
        done();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the copy's server exited (${code}): ${output}`));
    });
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  };
  return { dir, url: `http://127.0.0.1:${port}/app/`, stop };
}

/** The guarded test, with the app served from a copy of its own (the page's baseURL is the copy). */
const test = guarded.extend<{ copy: Copy }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  copy: async ({}, provide) => {
    const copy = await serveCopy();
    await provide(copy);
    await copy.stop();
    rmSync(copy.dir, { recursive: true, force: true });
  },
  baseURL: async ({ copy }, provide) => {
    await provide(copy.url);
  },
});

// Each test installs a service worker (precaching the whole build) and some rebuild one: on a busy
// machine that takes a while, so these get longer than the default, but still a bounded, time.
test.describe.configure({ timeout: 150_000 });

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const registrations = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Failed loads are expected once the network or the site is gone (the browser logs each one): anything else is an error. */
const unexpected = (errors: string[]) =>
  errors.filter(
    (e) =>
      !/^Failed to load resource: (net::ERR_INTERNET_DISCONNECTED|net::ERR_CONNECTION_REFUSED|the server responded with a status of 404)/.test(
        e,
      ),
  );

test('once loaded, the app works offline: a journey to a result, and a shared result link', async ({ page, context, copy }) => {
  const errors = watchErrors(page);
  await open(page, './');
  await controlled(page);
  // No network at all: the server is gone and the browser is offline.
  await copy.stop();
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await answer(page, 'goal', PICK_PATTERNS, GUIDE_CASE);
  await expect(heading(page)).toHaveText(OWN_TITLE);
  await expect(page.locator('.takes .checklist li').first()).toBeVisible();

  const code = encodeResult(content, { journey: 'goal', answers: { picks: PICKS, context: SITUATION } });
  await page.goto('about:blank');
  await page.goto(`./r/#${code}`);
  await ready(page);
  await expect(heading(page)).toHaveText(SHARED_TITLE);
  await expect(page.getByText('Shared with you.')).toBeVisible();
  // An address that is not a page still finds its way, from the cache.
  await page.goto(`./r/${code}`);
  await page.waitForURL(`./r/#${code}`);
  await ready(page);
  await expect(heading(page)).toHaveText(SHARED_TITLE);
  expect(unexpected(errors)).toEqual([]);
});

test('a retired service worker clears everything and the page says the tool is no longer here', async ({ page, copy }) => {
  const errors = watchErrors(page);
  await open(page, './goal/clients/');
  await page.getByRole('checkbox', { name: SHARE_CLIENTS }).check();
  await controlled(page);
  expect((await cacheNames(page)).length).toBeGreaterThan(0);

  // Published the documented way: the retired files in place of the tool.
  for (const entry of readdirSync(copy.dir)) rmSync(join(copy.dir, entry), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'scripts/build-retired.mjs')], {
    env: { ...process.env, RETIRED_DIST: copy.dir },
    stdio: 'pipe',
  });
  expect(readdirSync(copy.dir).sort()).toEqual(['404.html', 'index.html', 'sw.js']);

  await page.reload();
  await expect(heading(page)).toHaveText('This tool is no longer here', { timeout: 30_000 });
  await expect.poll(() => registrations(page), { timeout: 20_000 }).toBe(0);
  await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([]);

  // From now on, nothing of the old tool is served: not the start page, not a page, not a link.
  for (const path of [
    './',
    './goal/clients/',
    `./r/#${encodeResult(content, { journey: 'goal', answers: { picks: PICKS, context: SITUATION } })}`,
  ]) {
    await page.goto(path);
    await expect(heading(page)).toHaveText('This tool is no longer here');
    await expect(page.locator('html[data-app]')).toHaveCount(0);
    await expect(page.locator('#root')).toHaveCount(0);
  }
  expect(await registrations(page)).toBe(0);
  expect(unexpected(errors)).toEqual([]);
});

test('a site taken down (its sw.js gone) retires its cached copy on the next visit', async ({ page, copy }) => {
  const errors = watchErrors(page);
  await open(page, './');
  await controlled(page);
  expect(await registrations(page)).toBe(1);

  // Taken down: the host now answers every address with "not found".
  for (const entry of readdirSync(copy.dir)) rmSync(join(copy.dir, entry), { recursive: true, force: true });

  await page.reload();
  // The cached app finds its service worker gone, unregisters, clears the caches and loads the address again.
  await expect(page.locator('body')).toHaveText('Not found', { timeout: 30_000 });
  await expect.poll(() => registrations(page), { timeout: 20_000 }).toBe(0);
  await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([]);
  await page.reload();
  await expect(page.locator('body')).toHaveText('Not found');
  expect(await registrations(page)).toBe(0);
  expect(unexpected(errors)).toEqual([]);
});

test('a new version takes over and the page reloads into it, with the answers saved before', async ({ page, copy }) => {
  const errors = watchErrors(page);
  await open(page, './goal/clients/');
  await page.getByRole('checkbox', { name: SHARE_CLIENTS }).check();
  await controlled(page);
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(before).toBeDefined();

  // A new version: every page changes (a marker in its head), and its service worker lists the new revisions.
  const oldWorker = readFileSync(join(copy.dir, 'sw.js'), 'utf8');
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  for (const file of pages(copy.dir)) {
    writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', '<meta name="app-version" content="new"></head>'));
  }
  execFileSync(process.execPath, [join(root, 'scripts/build-sw.mjs')], { env: { ...process.env, DIST: copy.dir }, stdio: 'pipe' });
  expect(readFileSync(join(copy.dir, 'sw.js'), 'utf8')).not.toBe(oldWorker);

  let loads = 0;
  page.on('load', () => loads++);
  await page.reload();
  // The reload is served from the cache (the old version); the new one installs, takes over and reloads the page.
  await expect(page.locator('meta[name="app-version"][content="new"]')).toBeAttached({ timeout: 45_000 });
  await ready(page);
  expect(loads, 'the page reloaded itself into the new version').toBeGreaterThanOrEqual(2);
  await expect(page).toHaveURL(/\/app\/goal\/clients\/$/);
  await expect(page.getByRole('checkbox', { name: SHARE_CLIENTS })).toBeChecked();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(unexpected(errors)).toEqual([]);
});
