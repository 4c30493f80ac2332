import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeResult } from '../../src/domain/links/result-link.ts';
import { realContent } from '../helpers/content.ts';
import { expect, test } from './fixtures.ts';
import { open, scrollsSideways, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const dist = resolve(process.env['DIST'] ?? resolve(import.meta.dirname, '../../dist'));
const content = realContent();

/** Every HTML page the build wrote, as addresses relative to the app's folder. */
function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'assets' && name !== '.vite') walk(path);
      } else if (name === 'index.html') out.push(`${relative(dist, dir).split('\\').join('/')}/`.replace(/^\/$/, ''));
    }
  };
  walk(dist);
  return out.sort();
}

const SAVED = JSON.stringify({
  version: 2,
  state: {
    answers: {
      goals: ['g-share-info', 'g-shared-clients', 'g-change-systems'],
      outputs: [],
      context: { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
    },
    ticks: {},
  },
});

test('every built page carries a strict Content Security Policy, its own <base> and its own title, with no inline script', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, page).toContain("script-src 'self'");
    expect(csp, page).toContain("style-src 'self'");
    expect(csp, page).toContain("default-src 'self'");
    expect(csp, page).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html, page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html, page).not.toMatch(/\sstyle="/);
    const depth = page.split('/').filter(Boolean).length;
    expect(html, page).toContain(`<base href="${depth === 0 ? './' : '../'.repeat(depth)}">`);
    expect(html, page).toMatch(/<title>[^<]+ – Ways of working together<\/title>/);
    expect(html, page).toMatch(/<div id="root" data-route="[^"]+"><(a class="skip-link"|main)/);
  }
});

test('every built page opens, hydrates and runs with no CSP violation, console error or layout shift', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  for (const path of builtPages()) {
    await open(page, `./${path}`);
    await expect(heading(page).first()).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolveShift) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => setTimeout(() => resolveShift(total), 300));
        }),
    );
    expect(shift, `layout shift on ${path}`).toBeLessThan(0.001);
  }
  expect(errors).toEqual([]);
});

test('a result opened from a link paints its frame at once and fills in without moving anything', async ({ page }) => {
  const code = encodeResult(content, {
    journey: 'goal',
    answers: { picks: ['g-seamless-referral'], context: { partners: 'one', challenge: 'recurring' } },
  });
  await page.goto(`./r/#${code}`);
  await expect(heading(page)).toHaveText('These answers point to coordination');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolveShift) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolveShift(total), 500);
      }),
  );
  expect(shift).toBe(0);
});

test('the web manifest makes the app installable, and the icons arrive only after the page is up', async ({ page, request }) => {
  await open(page, './');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(new URL(href ?? '', page.url()).href)).json()) as { name: string; icons: { sizes: string }[] };
  expect(manifest).toMatchObject({ name: 'Ways of working together', display: 'standalone', start_url: './' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(html).not.toMatch(/rel="manifest"|favicon\.svg/);
});

// 320 CSS pixels is a small phone; 640 is a 1280-pixel screen zoomed to 200%.
for (const width of [320, 640]) {
  test(`every questionnaire page, result and handout reflows at ${width} px with no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await open(page, './');
    await page.evaluate((s) => localStorage.setItem('ways-of-working:v1', s), SAVED);
    const code = encodeResult(content, { journey: 'goal', answers: { picks: ['g-seamless-referral'], context: {} } });
    const steps = [
      ...content.goals.themes.map((t) => `goal/${t.id}/`),
      ...content.context.questions.map((q) => `goal/${q.id}/`),
      ...content.outputs.themes.map((t) => `outputs/${t.id}/`),
    ];
    for (const route of [
      'begin/',
      ...steps,
      'goal/check/',
      'goal/result/',
      'goal/handout/',
      `r/#${code}`,
      'r/#nonsense',
      'workshop/',
      'group/',
      'hands/',
    ]) {
      await open(page, `./${route}`);
      await expect(heading(page).first()).toBeVisible();
      expect(await scrollsSideways(page), route).toBe(false);
    }
  });
}

test('keyboard focus is always visible', async ({ page }) => {
  await open(page, './goal/clients/');
  // Skip link, site name, the navigation, Back, then the checkboxes.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return { what: 'nothing', visible: false };
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      return { what: `${el.tagName} ${el.textContent?.slice(0, 30) ?? ''}`, visible: outline || style.boxShadow !== 'none' };
    });
    expect(focus.visible, `focus on ${focus.what}`).toBe(true);
  }
});

test('a page typed without its final "/" (the join address read off a slide) opens properly', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./join');
  await expect(page).toHaveURL(/\/app\/begin\/$/);
  await expect(page.locator('.notice')).toContainText("You're answering for a workshop.");
  // Styled: the page's stylesheet loaded from the right folder.
  expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(errors).toEqual([]);
});
