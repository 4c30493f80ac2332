import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { encodeResult } from '../../src/domain/links/result-link.ts';
import { realContent } from '../helpers/content.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, open, watchErrors } from './helpers.ts';
import { answer, GUIDE_CASE } from './journey.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const content = realContent();
const STATEMENTS = [/share clients with another service/, /meet regularly and share information/, /change the conditions and systems/];

/** Answers the guide's case by mouse (the keyboard journeys are proven elsewhere) and returns the link the page shares. */
async function sharedLink(page: Page, context: BrowserContext): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answer(page, 'goal', STATEMENTS, GUIDE_CASE);
  await expect(heading(page)).toHaveText(/^Start with networking/);
  await page.getByRole('button', { name: 'Share this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: doc.numPages, text };
}

test('a shared link reproduces the result in a fresh browser, written for the person opening it, with the sender’s ticks', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answer(page, 'goal', STATEMENTS, GUIDE_CASE);
  await page.getByRole('checkbox', { name: /Someone with a little time/ }).check();
  await page.getByText('Name the two services (optional)').click();
  await page.getByLabel('Your service').fill('Riverside Hospital');
  await page.getByLabel('The service you want to work with').fill('Northside Legal');
  await page.getByRole('button', { name: 'Share this result' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/app\/r\/#2\.g[a-z0-9]+\.c[a-z0-9]+\.t[a-z0-9]+\.p[0-9a-z]{5}\.n[A-Za-z0-9_-]+~[A-Za-z0-9_-]+\.d[0-9a-z]{5,6}\.[0-9a-z]{6}$/,
  );
  const mine = (await heading(page).textContent()) ?? '';

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(link);
  await expect(heading(other)).toHaveText(
    mine.replace(/^Start with (\w+), and aim for (\w+)$/, 'These answers point to $1 now, and $2 later'),
  );
  await expect(other.getByText('Shared with you.')).toBeVisible();
  await expect(other.getByText(/named by the person who shared this link/)).toBeVisible();
  await expect(other.locator('q', { hasText: 'Riverside Hospital' })).toBeVisible();
  await expect(other.locator('.checklist li', { hasText: /Someone with a little time/ })).toContainText('Have');
  await expect(other.locator('main')).not.toContainText(/You chose|Your answers are saved/);
  await expectNoAxeViolations(other, { forcedColors: true });
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link whose clipboard copy fails is shown selected, to copy by hand', async ({ page }) => {
  await answer(page, 'goal', STATEMENTS, GUIDE_CASE);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.getByRole('button', { name: 'Share this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: /did not let us copy/ })).toBeVisible();
  await expect(page.getByLabel('Link', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/\/r\/#2\./);
});

for (const [name, code] of [
  ['cut off', '2.gg5gbgf.cdhykslsrl'],
  ['edited', '2.gg5gbgf.cdhykslsrlpo.abcdef'],
  ['random', 'qwerty%20uiop'],
  ['markup', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['older than any version', '0g.g1.cd'],
  ['oversized', `2.g${'g1'.repeat(800)}.abcdef`],
  ['empty', ''],
] as const) {
  test(`a ${name} result link shows a clear message and a way on, with no errors`, async ({ page }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await open(page, `./r/#${code}`);
    await expect(heading(page)).toHaveText("We can't open this result link");
    await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('the QR code loads only when asked for', async ({ page }) => {
  const qrRequests: string[] = [];
  page.on('request', (r) => {
    if (/qr-code/.test(r.url())) qrRequests.push(r.url());
  });
  await answer(page, 'goal', STATEMENTS, GUIDE_CASE);
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  expect(qrRequests).toEqual([]);
  await page.getByRole('button', { name: 'QR code' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
  expect(qrRequests.length).toBe(1);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on one ${format} page with the link, the QR code and what is in place`, async ({ page, context }) => {
    const link = await sharedLink(page, context);
    await page.getByRole('checkbox', { name: /Someone with a little time/ }).check();
    await page.getByRole('link', { name: 'Print', exact: true }).click();
    await expect(heading(page)).toHaveText(/^Start with networking/);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
    const { pages, text } = await pdfText(await page.pdf({ format }));
    expect(pages).toBe(1);
    // The link printed is the current one, with the tick, and the same person's token as the one shared before.
    const token = /\.p([0-9a-z]{5})\./.exec(link)?.[1] ?? 'none';
    expect(text).toMatch(new RegExp(`/app/r/#2\\.g[a-z0-9]+\\.c[a-z0-9]+\\.t[a-z0-9]+\\.p${token}\\.`));
    expect(text).toMatch(/Start with networking, and aim for/);
    expect(text).toContain('What networking takes');
    expect(text).toMatch(/Someone with a little time[^]*Have/);
    expect(text).toContain('Next steps');
  });
}

test('handouts stay on one page however many statements were chosen, on A4 and Letter', async ({ page }) => {
  const all = content.goals.statements.map((s) => s.id);
  const situation = {
    partners: 'few',
    challenge: 'deep',
    capacity: 'unsure',
    relationship: 'unsure',
    horizon: 'unsure',
    leadership: 'unsure',
  };
  for (const n of [1, 9, 17, all.length]) {
    const code = encodeResult(content, { journey: 'goal', answers: { picks: all.slice(0, n), context: situation } });
    await open(page, `./r/handout/#${code}`);
    await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const { pages } = await pdfText(await page.pdf({ format }));
      expect(pages, `${n} statements on ${format}`).toBe(1);
    }
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the review reminder downloads as a calendar file carrying the link, for the period chosen', async ({ page, context }) => {
  const link = await sharedLink(page, context);
  await page.getByText('Keep it: a review reminder, and a summary').click();
  await page.getByLabel('Review in (months)').fill('3');
  await expect(page.getByText(/^In 3 months, by /)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add a review reminder to your calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('review-reminder.ics');
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  const event = new ICAL.Event(ICAL.Component.fromString(ics).getFirstSubcomponent('vevent') ?? undefined);
  expect(event.summary).toBe('Review how we work together (networking)');
  expect(event.description).toContain(link.slice(0, link.indexOf('#')));
  const expected = new Date();
  expected.setMonth(expected.getMonth() + 3);
  expect(event.startDate.month).toBe(expected.getMonth() + 1);
});

test('the summary downloads as plain text to paste into notes or an email', async ({ page }) => {
  await answer(page, 'goal', STATEMENTS, GUIDE_CASE);
  await page.getByText('Keep it: a review reminder, and a summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a summary to paste into notes or an email' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text).toMatch(/^Start with networking, and aim for/);
  expect(text).toContain('What networking takes:');
  expect(text).toMatch(/\(need\)/);
});

test('changing a shared link’s answers asks before replacing your own', async ({ page, context }) => {
  const link = await sharedLink(page, context);
  // Now answer differently on this device, then open the earlier link.
  await open(page, './goal/clients/');
  await page.getByRole('checkbox', { name: /letter of support/i }).check();
  await page.goto(link);
  await page.getByRole('button', { name: 'Start from these answers' }).click();
  const confirm = page.getByRole('group', { name: 'Replace your own answers?' });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep my answers' }).click();
  await open(page, './goal/check/');
  await expect(page.locator('.summary-row').first()).toContainText('letter of support');

  await page.goto(link);
  await page.getByRole('button', { name: 'Start from these answers' }).click();
  await page.getByRole('button', { name: 'Replace my answers' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('main')).not.toContainText('letter of support');
  await expect(page.locator('main')).toContainText('share clients with another service');
});

test('a link shows the review date counted from the day it was made, whenever it is opened, and its answers', async ({ page }) => {
  const code = encodeResult(content, {
    journey: 'goal',
    answers: {
      picks: ['g-shared-clients', 'g-share-info', 'g-change-systems'],
      context: { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
    },
    madeOn: { year: 2026, month: 1, day: 31 },
  });
  await open(page, `./r/#${code}`);
  await expect(page.locator('.shared-notice')).toContainText('made on 31 January 2026');
  // Six months for work lasting years, from 31 January: the end of July.
  await expect(page.getByText(/^In 6 months, by 31 July 2026$/)).toBeVisible();
  const answers = page.getByRole('region', { name: 'The answers in this link' });
  await expect(answers).toContainText(content.goals.statements.find((s) => s.id === 'g-change-systems')?.text ?? 'missing');
  await expect(answers).toContainText("Leaders' backing");
  await expect(answers.getByRole('link')).toHaveCount(0);
});
