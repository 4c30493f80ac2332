import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectNoAxeViolations, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Answers the goal questionnaire by mouse; the keyboard journeys are proven elsewhere. */
async function answerGoalJourney(page: Page) {
  await page.goto('./#/goal/goals');
  await page.getByRole('checkbox', { name: /share clients with another service/i }).check();
  await page.getByRole('checkbox', { name: /change the systems that make or keep people unwell/i }).check();
  await page.getByRole('checkbox', { name: /smooth referral pathway/i }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of [/^Deep-rooted/, /^Very little beyond/, /^We know each other/, /^For years/, /^Yes, they support us/]) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'See your recommendation' }).click();
  await expect(heading(page)).toHaveText(/^Start with networking/);
}

/** What a result says, to compare two renderings of it. */
async function resultText(page: Page) {
  return {
    heading: await heading(page).textContent(),
    fit: await page
      .getByRole('figure', { name: /how well each way fits/i })
      .getByRole('listitem')
      .allTextContents(),
    reasons: await page.locator('.reasons li').allTextContents(),
  };
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

test('a copied link reproduces the same result in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answerGoalJourney(page);
  const mine = await resultText(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/app\/#\/r\/1g\.[a-z0-9]+\.[a-z0-9]+$/);
  expect(link.length - 'http://127.0.0.1:4173'.length).toBeLessThan(100);
  await expect(page.getByLabel('Link', { exact: true })).toHaveValue(link);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(link);
  await expect(heading(other)).toHaveText(mine.heading ?? '');
  await expect(other.getByText('This result was shared with you by link.')).toBeVisible();
  expect(await resultText(other)).toEqual(mine);
  await expectNoAxeViolations(other);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link whose clipboard copy fails still offers the link to copy by hand', async ({ page }) => {
  await answerGoalJourney(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /did not let us copy/ })).toBeVisible();
  await expect(page.getByLabel('Link', { exact: true })).toBeFocused();
});

for (const [name, code] of [
  ['truncated', '1g.g1gfg'],
  ['edited', '1g.g1zz.cd'],
  ['random', 'qwerty%20uiop'],
  ['markup', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['old format', '0g.g1.cd'],
  ['oversized', `1g.${'g1'.repeat(400)}.cd`],
] as const) {
  test(`a ${name} link shows a clear message and a way to start, with no errors`, async ({ page }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`./#/r/${code}`);
    await expect(heading(page)).toHaveText("We can't open this result link");
    await expect(page.getByRole('link', { name: 'Start from your goal' })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

test('the QR code loads only when asked for', async ({ page }) => {
  await answerGoalJourney(page);
  const qrRequests: string[] = [];
  page.on('request', (r) => {
    if (/qr-code/.test(r.url())) qrRequests.push(r.url());
  });
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
  expect(qrRequests.length).toBe(1);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on one ${format} page with the link and QR code`, async ({ page }) => {
    await answerGoalJourney(page);
    await page.getByRole('checkbox', { name: /someone with a little time/i }).check();
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await page.getByRole('link', { name: 'Print a one-page handout' }).click();
    await expect(heading(page)).toHaveText(/^Start with networking/);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
    const { pages, text } = await pdfText(await page.pdf({ format }));
    expect(pages).toBe(1);
    expect(text).toContain(link);
    expect(text).toMatch(/Start with networking, and work towards/);
    expect(text).toContain('How well each way fits');
    expect(text).toContain('What networking takes');
    expect(text).toContain('(in place)');
    expect(text).toContain('What to expect');
    expect(text).toContain('Next steps');
  });
}

test('the review reminder downloads as a valid calendar file carrying the link', async ({ page }) => {
  await answerGoalJourney(page);
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.getByLabel('Review in (months)').fill('3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a calendar reminder' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('review-reminder.ics');
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined);
  expect(event.summary).toBe('Review how we work together (networking)');
  expect(event.description).toContain(link);
  const expected = new Date();
  expected.setMonth(expected.getMonth() + 3);
  expect(event.startDate.month).toBe(expected.getMonth() + 1);
  await expect(page.getByText(/review how it is going in 3 months/)).toBeVisible();
});

test('the summary downloads as Markdown', async ({ page }) => {
  await answerGoalJourney(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a summary (Markdown)' }).click(),
  ]);
  const md = readFileSync((await download.path()) ?? '', 'utf8');
  expect(md).toMatch(/^# Start with networking, and work towards/);
  expect(md).toContain('## What networking takes');
});

test('changing a shared link’s answers asks before replacing your own', async ({ page }) => {
  await answerGoalJourney(page);
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  // Now answer differently on this device, then open the earlier link.
  await page.goto('./#/goal/goals');
  await page.getByRole('checkbox', { name: /letter of support/i }).check();
  await page.goto(link);
  await page.getByRole('button', { name: 'Change these answers' }).click();
  const confirm = page.getByRole('group', { name: 'Replace your own answers?' });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep my answers' }).click();
  await page.goto('./#/goal/check');
  await expect(page.locator('.summary-row').first()).toContainText('letter of support');

  await page.goto(link);
  await page.getByRole('button', { name: 'Change these answers' }).click();
  await page.getByRole('button', { name: 'Replace my answers' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.summary-row').first()).not.toContainText('letter of support');
  await expect(page.locator('.summary-row').first()).toContainText('smooth referral pathway');
});

test('handouts stay on one page from one statement up to all twenty, on A4 and Letter', async ({ page }) => {
  const keys = '123456789abcdefghijk';
  for (const n of [1, 8, 14, 20]) {
    const code = `1g.${[...keys.slice(0, n)].map((k) => `g${k}`).join('')}.cdhykslsrl`;
    await page.goto(`./#/r/${code}/handout`);
    await expect(page.getByRole('img', { name: 'QR code of the link to this result' })).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      const { pages } = await pdfText(await page.pdf({ format }));
      expect(pages, `${n} statements on ${format}`).toBe(1);
    }
  }
});
