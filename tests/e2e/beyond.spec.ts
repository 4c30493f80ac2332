import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, keyboardChooseRadio, open, tabTo, watchErrors } from './helpers.ts';
import { answer, next, type Situation } from './journey.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const STRONG: Situation = {
  partners: /^One other service/,
  challenge: /^Deep-rooted/,
  capacity: /^Substantial, ongoing/,
  relationship: /^We've worked together for a while/,
  horizon: /^For years/,
  leadership: /^Yes, and they will commit/,
};

const ONE_OFF: Situation = {
  partners: /^One other service/,
  challenge: /^Contained/,
  capacity: /^Some staff time/,
  relationship: /^We know each other and have helped/,
  horizon: /^Once, or for a few weeks/,
  leadership: /^Yes, they support us/,
};

test('the readiness check is its own optional step, and can move the start when little is in place', async ({ page }) => {
  await answer(page, 'goal', [/change the conditions and systems/, /simpler ways of working/], STRONG);
  await expect(heading(page)).toHaveText('Partnership fits your answers best');
  await keyboardActivate(page, page.getByRole('link', { name: 'Check your readiness for partnership (optional)' }));
  await expect(heading(page)).toHaveText('Are you ready for this way of working?');
  await expectNoAxeViolations(page);
  await keyboardActivate(page, page.getByRole('checkbox', { name: /knows who to contact in the other/ }), 'Space');
  await keyboardActivate(page, page.getByRole('button', { name: 'Save and see your result' }));
  await expect(heading(page)).toHaveText(/^Start with (networking|cooperation), and aim for partnership$/);
  await expect(page.getByText(/Your readiness check: 1 of 14 things partnership relies on are in place/)).toBeVisible();
  await expect(page.getByText(/Because fewer than 50% of the things partnership relies on are in place/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a two-activity plan, built by keyboard, opens from its link in a fresh browser with both activities', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answer(page, 'goal', [/change the conditions and systems/], STRONG);
  await page.getByText('Planning more than one activity?').click();
  await tabTo(page, page.getByLabel('Name this activity'));
  await page.keyboard.type('Partnership governance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Partnership governance” to your plan.' })).toBeVisible();
  await keyboardActivate(page, page.getByRole('link', { name: /See your plan \(1 activity\)/ }));
  await expect(heading(page)).toHaveText('Your plan');
  await keyboardActivate(page, page.getByRole('button', { name: 'Add another activity' }));
  await expect(heading(page)).toHaveText('Where would you like to start?');

  await answer(page, 'outputs', [/one-off joint activity/], ONE_OFF);
  await expect(heading(page)).toHaveText('Cooperation fits your answers best');
  await page.getByText('Planning more than one activity?').click();
  await page.getByLabel('Name this activity').fill('Community legal education');
  await page.getByRole('button', { name: 'Add to your plan' }).click();
  await page.getByRole('link', { name: /See your plan \(2 activities\)/ }).click();
  await expect(page.locator('.plan-item')).toHaveCount(2);
  await expectNoAxeViolations(page, { forcedColors: true });

  await page.getByRole('button', { name: 'Share this plan' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/p\/#2\.i/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(link);
  await expect(heading(other)).toHaveText('A shared plan');
  const items = other.locator('.plan-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Partnership governance');
  await expect(items.nth(0)).toContainText('Partnership');
  await expect(items.nth(1)).toContainText('Community legal education');
  await expect(items.nth(1)).toContainText('Cooperation');
  await expect(items.nth(0).getByText('named by the person who shared this link')).toBeVisible();
  await expectNoAxeViolations(other);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('the review journey runs to a change strategy with the keyboard alone, axe-clean', async ({ page }) => {
  await open(page, './');
  await keyboardActivate(page, page.getByRole('link', { name: 'Review a way of working you already have' }));
  const steps: [RegExp, RegExp[]][] = [
    [/which way of working do you have/i, [/^Coordination:/]],
    [/what has changed/i, [/champion of the work has moved on/, /cut or are ending/]],
    [/relationships between the two services/i, [/^Strained/]],
    [/resources each service gives/i, [/^Short/]],
    [/ways you work together holding up/i, [/^Patchy/]],
    [/next stage/i, [/not sure yet/]],
  ];
  for (const [question, answers] of steps) {
    await expect(heading(page)).toHaveText(question);
    await expectNoAxeViolations(page);
    for (const option of answers) {
      const target = page.getByRole('main').getByLabel(option);
      if ((await target.getAttribute('type')) === 'radio') await keyboardChooseRadio(page, target);
      else await keyboardActivate(page, target, 'Space');
    }
    await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
  }
  await expect(heading(page)).toHaveText('Check your answers');
  await expectNoAxeViolations(page);
  await keyboardActivate(page, page.getByRole('link', { name: 'See your change strategy' }));
  await expect(heading(page)).toHaveText('Your change strategy: scaling back or winding up');
  await expect(page.getByText('How current clients will be transitioned', { exact: false })).toBeVisible();
  await expect(page.getByText('How the change will be communicated', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check what you may have missed' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/\d+\s*points?\b|%/);
  await expectNoAxeViolations(page, { forcedColors: true });
});

test('"nothing much has changed" cannot sit beside a change', async ({ page }) => {
  await open(page, './review/changes/');
  await page.getByRole('checkbox', { name: /Staff have changed/ }).check();
  await page.getByRole('checkbox', { name: 'Nothing much has changed' }).check();
  await expect(page.getByRole('checkbox', { name: /Staff have changed/ })).not.toBeChecked();
  await page.getByRole('checkbox', { name: /Staff have changed/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Nothing much has changed' })).not.toBeChecked();
});

for (const [scenario, changes, nextStage] of [
  ['translating', [/working well and others want/], /^Take what works to another/],
  ['trying something new', [/priorities or our clients' needs/], /^Try a different approach/],
  ['deepening engagement', [/New funding or resources/], /^Do more together/],
  ['scaling back or winding up', [/cut or are ending/], /^Do less together/],
] as const) {
  test(`the review journey reaches ${scenario}, and its link reopens it`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, './review/current/');
    await page.getByRole('radio', { name: /^Cooperation:/ }).check();
    await next(page);
    for (const c of changes) await page.getByRole('checkbox', { name: c }).check();
    await next(page);
    for (const a of [/^Mixed/, /^Stretched/, /^Patchy/, nextStage]) {
      await page.getByRole('radio', { name: a }).check();
      await next(page);
    }
    await page.getByRole('link', { name: 'See your change strategy' }).click();
    await expect(heading(page)).toHaveText(`Your change strategy: ${scenario}`);
    await page.getByRole('button', { name: 'Share this change strategy' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => localStorage.clear());
    await page.goto(link);
    await expect(heading(page)).toHaveText(`A change strategy: ${scenario}`);
    await expect(page.getByText('Shared with you.')).toBeVisible();
  });
}
