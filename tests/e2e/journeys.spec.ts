import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, keyboardChooseRadio, tabTo, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Ticks a checkbox (Tab to it, then Space) or chooses a radio (Tab into the group, then arrows). */
async function choose(page: Page, name: RegExp) {
  const target = page.getByRole('main').getByLabel(name);
  if ((await target.getAttribute('type')) === 'radio') await keyboardChooseRadio(page, target);
  else await keyboardActivate(page, target, 'Space');
}

async function continueByKeyboard(page: Page) {
  await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
}

const CONTEXT_ANSWERS: [RegExp, RegExp][] = [
  [/how deep and widespread/i, /^Recurring/],
  [/how much time and resources/i, /^Regular time for joint planning/],
  [/how well do you know/i, /^We know each other/],
  [/how long do you expect/i, /^For several months/],
  [/leaders of your service/i, /^Yes, they support us/],
];

async function answerContext(page: Page, checkEachPage: boolean) {
  for (const [question, answer] of CONTEXT_ANSWERS) {
    await expect(heading(page)).toHaveText(question);
    if (checkEachPage) await expectNoAxeViolations(page);
    await choose(page, answer);
    await continueByKeyboard(page);
  }
}

test('align by goal runs from the start page to a result with the keyboard alone, with no axe violations', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await keyboardActivate(page, page.getByRole('link', { name: 'Start from your goal' }));
  await expect(heading(page)).toHaveText('Which of these sound like what you want to achieve?');
  await expect(heading(page)).toBeFocused();
  await expectNoAxeViolations(page);

  // Continue with nothing chosen: the error summary takes focus and links to the field.
  await continueByKeyboard(page);
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Select at least one statement that sounds like your goal');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);

  await choose(page, /smooth referral pathway/);
  await choose(page, /not coming through our doors/);
  await continueByKeyboard(page);
  await answerContext(page, true);

  await expect(heading(page)).toHaveText('Check your answers');
  await expectNoAxeViolations(page);
  await keyboardActivate(page, page.getByRole('link', { name: 'See your recommendation' }));
  await expect(heading(page)).toHaveText('Coordination fits your answers best');
  await expect(page.getByRole('figure', { name: /how well each way fits/i }).getByRole('listitem')).toHaveCount(4);
  await expect(
    page.getByText(
      /You chose “We want a smooth referral pathway between services, so people don't fall through the gaps”, which points to coordination \(3 points\)/,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Tick an input with the keyboard; it leaves "what to put in place" and survives a reload.
  await choose(page, /regular time for joint planning, and for keeping/i);
  await expect(page.getByRole('heading', { name: 'What to put in place' }).locator('..').getByRole('listitem')).toHaveCount(6);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /regular time for joint planning, and for keeping/i })).toBeChecked();
  expect(errors).toEqual([]);
});

test('align by outputs runs to a result with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await keyboardActivate(page, page.getByRole('link', { name: 'Start from the results you want' }));
  await expect(heading(page)).toHaveText('Which of these results do you want from working together?');
  await expectNoAxeViolations(page);
  await choose(page, /change in how the system works/i);
  await choose(page, /joint advocacy/i);
  await continueByKeyboard(page);
  for (const [question, answer] of [
    [/how deep and widespread/i, /^Deep-rooted and widespread/],
    [/how much time and resources/i, /^Substantial, ongoing/],
    [/how well do you know/i, /^We've worked together for a while/],
    [/how long do you expect/i, /^For years/],
    [/leaders of your service/i, /^Yes, and they will commit/],
  ] as const) {
    await expect(heading(page)).toHaveText(question);
    await choose(page, answer);
    await continueByKeyboard(page);
  }
  await keyboardActivate(page, page.getByRole('link', { name: 'See your recommendation' }));
  await expect(heading(page)).toHaveText('Partnership fits your answers best');
  await expectNoAxeViolations(page);
});

test('a reload on any step keeps every answer, and Back returns to the page as it was left', async ({ page }) => {
  await page.goto('./#/goal/goals');
  await page.getByRole('checkbox', { name: /letter of support/i }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /letter of support/i })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /^Contained/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('radio', { name: /^Some staff time/ }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Some staff time/ })).toBeChecked();

  await page.goBack(); // browser Back
  await expect(heading(page)).toHaveText(/how deep and widespread/i);
  await expect(page.getByRole('radio', { name: /^Contained/ })).toBeChecked();
  await page.getByRole('link', { name: 'Back' }).click(); // the page's Back link
  await expect(heading(page)).toHaveText(/which of these sound like/i);
  await expect(page.getByRole('checkbox', { name: /letter of support/i })).toBeChecked();
});

test('a Change link goes to its question and back to check answers, keeping the other answers', async ({ page }) => {
  await page.goto('./#/goal/goals');
  await page.getByRole('checkbox', { name: /letter of support/i }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of [/^Contained/, /^Some staff time/, /^We haven't worked together/, /^Once, or for a few weeks/, /^Not yet/]) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(heading(page)).toHaveText('Check your answers');
  const rows = page.locator('.summary-row');
  await expect(rows).toHaveCount(6);
  await rows
    .nth(4)
    .getByRole('link', { name: /^Change/ })
    .click();
  await expect(heading(page)).toHaveText(/how long do you expect/i);
  await expect(page.getByRole('radio', { name: /^Once, or for a few weeks/ })).toBeChecked();
  await page.getByRole('radio', { name: /^For years/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(rows.nth(4)).toContainText('For years, or with no end date');
  await expect(rows.nth(0)).toContainText('letter of support');
  await page.getByRole('link', { name: 'See your recommendation' }).click();
  await expect(heading(page)).toHaveText('Cooperation fits your answers best');
});

test('the guide’s hospital and legal service case: start with networking, aim deeper, review in six months', async ({ page }) => {
  await page.goto('./#/goal/goals');
  await page.getByRole('checkbox', { name: /share clients with another service/i }).check();
  await page.getByRole('checkbox', { name: /change the systems that make or keep people unwell/i }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of [/^Deep-rooted/, /^Very little beyond/, /^We know each other/, /^For years/, /^Yes, they support us/]) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'See your recommendation' }).click();
  await expect(heading(page)).toHaveText(/^Start with networking, and work towards (coordination|partnership)$/);
  await expect(page.getByText(/review how it is going in 6 months/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why start with networking' })).toBeVisible();
});

test('corrupt saved answers lead to a fresh start with a notice, not a crash', async ({ page }) => {
  for (const saved of [
    '{not json',
    JSON.stringify({ version: 0, state: {} }),
    JSON.stringify({ version: 1, state: { answers: { goals: ['g-vanished'], outputs: [], context: {} }, ticks: {} } }),
  ]) {
    const errors = watchErrors(page);
    await page.goto('./');
    await page.evaluate((value) => localStorage.setItem('ways-of-working:v1', value), saved);
    await page.goto('./#/goal/goals');
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /started afresh/ })).toBeVisible();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(heading(page)).toHaveText(/which of these sound like/i);
    await tabTo(page, page.getByRole('button', { name: 'Dismiss' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /started afresh/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  }
});
