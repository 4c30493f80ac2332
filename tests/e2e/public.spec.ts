import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { scrollsSideways, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const SAVED = JSON.stringify({
  version: 1,
  state: {
    answers: {
      goals: ['g-shared-clients', 'g-change-systems'],
      outputs: [],
      context: { challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
    },
    ticks: {},
    reviewMonths: null,
  },
});

test('the built index.html carries a strict Content Security Policy', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline scripts
});

test('once loaded, the app works with no network: a journey and a result link', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready) !== undefined && navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 15_000 },
  );
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText('Choose how your service works with another');

  await page.getByRole('link', { name: 'Start from the results you want' }).click();
  await page.getByRole('checkbox', { name: /regular outreach or co-located clinic/i }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of [
    /^Recurring/,
    /^Regular time for joint planning/,
    /^We know each other/,
    /^For several months/,
    /^Yes, they support us/,
  ]) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'See your recommendation' }).click();
  await expect(heading(page)).toHaveText('Coordination fits your answers best');

  await page.goto('./#/r/1g.g5gbgf.cdhykslsrl');
  await expect(heading(page)).toHaveText(/^Start with networking/);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});

test('the web manifest makes the app installable', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href ?? '', page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'Ways of working together', display: 'standalone', start_url: './' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

// 320 CSS pixels is a small phone; 640 is a 1280-pixel screen zoomed to 200%.
for (const width of [320, 640]) {
  test(`every questionnaire page, result and handout reflows at ${width} px with no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('./');
    await page.evaluate((s) => localStorage.setItem('ways-of-working:v1', s), SAVED);
    for (const route of [
      'goal/goals',
      'goal/challenge',
      'goal/capacity',
      'goal/relationship',
      'goal/horizon',
      'goal/leadership',
      'goal/check',
      'goal/result',
      'goal/handout',
      'outputs/outputs',
      'r/1g.g5gbgf.cdhykslsrl',
      'r/nonsense',
    ]) {
      await page.goto(`./#/${route}`);
      await page.reload();
      await expect(heading(page)).toBeVisible();
      expect(await scrollsSideways(page), route).toBe(false);
    }
  });
}

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('./#/goal/goals');
  await expect(heading(page)).toBeVisible();
  // Skip link, site name, three navigation links, Back, then the first checkboxes.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      return { what: `${el.tagName} ${el.textContent?.slice(0, 30) ?? ''}`, visible: outline || style.boxShadow !== 'none' };
    });
    expect(focus.visible, `focus on ${focus.what}`).toBe(true);
  }
});
