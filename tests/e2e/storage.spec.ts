/*
 * Saved answers must never be lost silently: when the browser will not save, the page says so and
 * offers a link that keeps them; what cannot be read, or was saved by a newer version, gets its own
 * word; two tabs stay in step; and every step survives a reload.
 */
import type { Page } from '@playwright/test';
import { explain } from '../../src/domain/explain.ts';
import { journeySteps } from '../../src/domain/flow.ts';
import { recommend } from '../../src/domain/recommend.ts';
import { STORAGE_KEY } from '../../src/state/storage-key.ts';
import { realContent } from '../helpers/content.ts';
import { expect, test } from './fixtures.ts';
import { open, ready, watchErrors } from './helpers.ts';
import { answer, GUIDE_CASE, next } from './journey.ts';

const content = realContent();
const words = content.wording.saved;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const notices = (page: Page) => page.locator('.notice[role="status"]');

const statementText = (id: string) => content.goals.statements.find((s) => s.id === id)?.text ?? id;
const optionLabel = (question: string, option: string) =>
  content.context.questions.find((q) => q.id === question)?.options.find((o) => o.id === option)?.label ?? option;

/** The answers of GUIDE_CASE (journey.ts), by id. */
const GUIDE_CONTEXT: Record<string, string> = {
  partners: 'one',
  challenge: 'deep',
  capacity: 'little',
  relationship: 'some',
  horizon: 'years',
  leadership: 'support',
};
const PICKS = ['g-shared-clients', 'g-share-info'];
const SHARE_CLIENTS = /share clients with another service/;
const LETTER = /letter of support from another service/;

/** What the check page lists, row by row. */
const checkRows = (page: Page) => page.locator('main .summary-row').allInnerTexts();

/** Saved state as the store writes it. */
const saved = (state: unknown, version = 2) => JSON.stringify({ state, version });

/** Puts a value in this origin's storage, then loads the app afresh on a page so it reads it. */
async function seed(page: Page, value: string, path = './') {
  await open(page, path);
  await page.evaluate(([key, v]) => localStorage.setItem(key ?? '', v ?? ''), [STORAGE_KEY, value]);
  await page.reload();
  await ready(page);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
/** The answers in what is saved now. */
const storedAnswers = async (page: Page): Promise<unknown> =>
  (JSON.parse((await stored(page)) ?? 'null') as { state?: { answers?: unknown } } | null)?.state?.answers;

test.describe('when the browser will not save', () => {
  test('a full storage: the page says so once, plainly, and its link brings the answers back in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page, './goal/clients/');
    await expect(notices(page)).toHaveCount(0);
    await page.getByRole('checkbox', { name: SHARE_CLIENTS }).check();
    const notice = notices(page);
    await expect(notice).toHaveCount(1);
    await expect(notice.getByText(words['not-saving'], { exact: true })).toBeVisible();
    const keep = notice.getByRole('textbox', { name: words.keepLink });
    await expect(keep).toHaveValue(/\/app\/resume\/#2\./);
    await expect(notice.getByRole('button', { name: words.keepLink })).toBeVisible();

    // Answering on (all in this page: a reload would lose what is not saved) says it no more than once.
    for (const step of journeySteps(content, 'goal')) {
      if (step.kind !== 'picks') continue;
      await expect(page).toHaveURL(new RegExp(`/goal/${step.id}/$`));
      for (const s of step.set.statements.filter((x) => x.theme === step.theme.id && PICKS.includes(x.id)))
        await page.getByRole('checkbox', { name: s.text, exact: true }).check();
      await next(page);
    }
    for (const [question, option] of Object.entries(GUIDE_CONTEXT)) {
      await page.getByRole('radio', { name: optionLabel(question, option), exact: true }).check();
      await next(page);
    }
    await expect(heading(page)).toHaveText('Check your answers');
    await expect(page.getByText(words['not-saving'], { exact: true })).toHaveCount(1);
    const rows = await checkRows(page);
    const link = await keep.inputValue();
    expect(link).toMatch(/\/app\/resume\/#2\.g[a-z0-9]+\.c[a-z0-9]+\.[0-9a-z]{6}$/);

    // Dismissed, it stays dismissed for this page.
    await notice.getByRole('button', { name: words.dismiss }).click();
    await expect(notices(page)).toHaveCount(0);
    await page
      .getByRole('link', { name: /^Change/ })
      .first()
      .click();
    await page.getByRole('checkbox', { name: LETTER }).check();
    await expect(notices(page)).toHaveCount(0);

    const fresh = await browser.newContext(baseURL === undefined ? {} : { baseURL });
    const other = await fresh.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await ready(other);
    await expect(heading(other)).toHaveText('Check your answers');
    await expect(other).toHaveURL(/\/app\/goal\/check\/$/);
    expect(await checkRows(other)).toEqual(rows);
    for (const id of PICKS) await expect(other.locator('main')).toContainText(statementText(id));
    // Restored there, they are saved there.
    await other.reload();
    await ready(other);
    expect(await checkRows(other)).toEqual(rows);
    expect(otherErrors).toEqual([]);
    await fresh.close();
    expect(errors).toEqual([]);
  });

  test('storage that throws on every access: the app still works to a result, and says answers are not being saved', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await open(page, './');
    await expect(heading(page)).toHaveText(/^Choose how your service works with another/);
    await answer(page, 'goal', [SHARE_CLIENTS, /meet regularly and share information/], GUIDE_CASE);
    const r = recommend(content, { picks: PICKS, context: GUIDE_CONTEXT });
    const title = r === null ? 'no result' : explain(content, r, { journey: 'goal', voice: 'own', reviewDate: '' }).title;
    await expect(heading(page)).toHaveText(title);
    await expect(page.getByText(words['not-saving'], { exact: true })).toHaveCount(1);
    await expect(notices(page).getByRole('textbox', { name: words.keepLink })).toHaveValue(/\/app\/resume\/#2\./);
    expect(errors).toEqual([]);
  });
});

test('two tabs stay in step: answering in one updates the other without a reload', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  const oneErrors = watchErrors(one);
  const twoErrors = watchErrors(two);
  await open(one, './goal/check/');
  await open(two, './goal/clients/');
  await expect(one.locator('main')).not.toContainText(statementText('g-shared-clients'));
  const mark = (page: Page) => page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  await mark(one);

  // A statement chosen in the second tab appears on the first tab's check page.
  await two.getByRole('checkbox', { name: SHARE_CLIENTS }).check();
  await expect(one.locator('main')).toContainText(statementText('g-shared-clients'));

  // And the other way: both on the same question, a choice in one is checked in the other.
  await open(two, './goal/partners/');
  await mark(two);
  await one
    .getByRole('link', { name: /^Change/ })
    .nth(4)
    .click();
  await expect(heading(one)).toHaveText(content.context.questions.find((q) => q.id === 'partners')?.question ?? '');
  await one.getByRole('radio', { name: optionLabel('partners', 'few'), exact: true }).check();
  await expect(two.getByRole('radio', { name: optionLabel('partners', 'few'), exact: true })).toBeChecked();
  await two.getByRole('radio', { name: optionLabel('partners', 'one'), exact: true }).check();
  await expect(one.getByRole('radio', { name: optionLabel('partners', 'one'), exact: true })).toBeChecked();
  // Neither tab was reloaded to see it: each is still the document it was.
  expect(await one.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await two.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(oneErrors).toEqual([]);
  expect(twoErrors).toEqual([]);
});

test('answers saved by a newer version get their own message and are never overwritten', async ({ page }) => {
  const errors = watchErrors(page);
  const newer = saved({ answers: { goals: ['g-shared-clients'], outputs: [], context: { partners: 'one' } }, ticks: {}, future: 'x' }, 99);
  await seed(page, newer, './goal/clients/');
  await expect(page.getByText(words['newer-version'], { exact: true })).toBeVisible();
  await expect(notices(page)).toHaveCount(1);
  // This older copy works, but leaves them untouched: choosing here does not write over them.
  await page.getByRole('checkbox', { name: LETTER }).check();
  await next(page);
  expect(await stored(page)).toBe(newer);
  await page.reload();
  await ready(page);
  await expect(page.getByText(words['newer-version'], { exact: true })).toBeVisible();
  expect(await stored(page)).toBe(newer);
  expect(errors).toEqual([]);
});

test('saved answers that cannot be read start afresh, with a notice and no crash', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, '{"state": {"answers": {"goals": ["g-shared-cl', './goal/clients/');
  await expect(page.getByText(words.unreadable, { exact: true })).toBeVisible();
  await expect(notices(page)).toHaveCount(1);
  await expect(heading(page)).toHaveText(content.goals.themes.find((t) => t.id === 'clients')?.question ?? '');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  // Answering works and saves again, as valid state.
  await page.getByRole('checkbox', { name: SHARE_CLIENTS }).check();
  await expect.poll(() => storedAnswers(page)).toEqual({ goals: ['g-shared-clients'], outputs: [], context: {} });
  await page.reload();
  await ready(page);
  await expect(page.getByRole('checkbox', { name: SHARE_CLIENTS })).toBeChecked();
  await expect(notices(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('saved answers that are no longer in the tool are dropped with a notice, and the rest stay', async ({ page }) => {
  const errors = watchErrors(page);
  const state = {
    answers: {
      goals: ['g-shared-clients', 'g-retired-statement', 'g-share-info'],
      outputs: ['o-retired-output'],
      context: { partners: 'one', challenge: 'an-old-option', 'old-question': 'yes', horizon: 'years' },
    },
    ticks: { 'net-time': true, 'an-old-input': true },
  };
  await seed(page, saved(state), './goal/check/');
  await expect(page.getByText(words.dropped, { exact: true })).toBeVisible();
  await expect(notices(page)).toHaveCount(1);
  const main = page.locator('main');
  for (const id of PICKS) await expect(main).toContainText(statementText(id));
  await expect(main).toContainText(optionLabel('partners', 'one'));
  await expect(main).toContainText(optionLabel('horizon', 'years'));
  const challenge = page.locator('main .summary-row', {
    hasText: content.context.questions.find((q) => q.id === 'challenge')?.label ?? '',
  });
  await expect(challenge).not.toContainText(/Contained|Recurring|Deep-rooted|not sure/);
  // What was kept is saved as it is now, and the notice is not repeated on the next visit.
  await page
    .getByRole('link', { name: /^Change/ })
    .nth(5)
    .click();
  await page.getByRole('radio', { name: optionLabel('challenge', 'deep'), exact: true }).check();
  await expect
    .poll(() => storedAnswers(page))
    .toEqual({
      goals: PICKS,
      outputs: [],
      context: { partners: 'one', horizon: 'years', challenge: 'deep' },
    });
  await page.reload();
  await ready(page);
  await expect(notices(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('answers survive a reload on every step, through to the result and its ticks', async ({ page }) => {
  const errors = watchErrors(page);
  const steps = journeySteps(content, 'goal');
  const reload = async () => {
    await page.reload();
    await ready(page);
  };
  await open(page, `./goal/${steps[0]?.id ?? ''}/`);
  for (const step of steps) {
    if (step.kind === 'check') break;
    await expect(page).toHaveURL(new RegExp(`/goal/${step.id}/$`));
    if (step.kind === 'picks') {
      const here = step.set.statements.filter((s) => s.theme === step.theme.id && PICKS.includes(s.id));
      for (const s of here) await page.getByRole('checkbox', { name: s.text, exact: true }).check();
      await reload();
      for (const s of here) await expect(page.getByRole('checkbox', { name: s.text, exact: true })).toBeChecked();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(here.length);
    } else {
      const label = optionLabel(step.id, GUIDE_CONTEXT[step.id] ?? '');
      await page.getByRole('radio', { name: label, exact: true }).check();
      await reload();
      await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
    }
    await next(page);
  }
  await expect(heading(page)).toHaveText('Check your answers');
  const rows = await checkRows(page);
  await reload();
  expect(await checkRows(page)).toEqual(rows);
  await page.getByRole('link', { name: 'See your suggestion' }).click();
  await expect(page).toHaveURL(/\/goal\/result\/$/);
  const title = (await heading(page).innerText()).trim();
  await page.locator('.takes input[type="checkbox"]').nth(1).check();
  await reload();
  await expect(heading(page)).toHaveText(title);
  await expect(page.locator('.takes input[type="checkbox"]').nth(1)).toBeChecked();
  await expect(page.locator('.takes input[type="checkbox"]:checked')).toHaveCount(1);
  await expect(notices(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});
