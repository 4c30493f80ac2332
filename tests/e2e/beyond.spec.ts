import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, keyboardChooseRadio, tabTo, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function answerByMouse(page: Page, journey: 'goal' | 'outputs', picks: RegExp[], context: RegExp[]) {
  await page.goto(journey === 'goal' ? './#/goal/goals' : './#/outputs/outputs');
  for (const p of picks) await page.getByRole('checkbox', { name: p }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of context) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'See your recommendation' }).click();
}

const STRONG = [/^Deep-rooted/, /^Substantial, ongoing/, /^We've worked together for a while/, /^For years/, /^Yes, and they will commit/];

test('the readiness check, by keyboard alone, moves the start when little is in place', async ({ page }) => {
  await answerByMouse(page, 'goal', [/change the systems that make/, /tried simpler ways/], STRONG);
  await expect(heading(page)).toHaveText('Partnership fits your answers best');
  await keyboardActivate(page, page.getByRole('link', { name: 'Check your readiness' }));
  await expect(heading(page)).toHaveText('Are you ready for this way of working?');
  await expectNoAxeViolations(page);
  await keyboardActivate(page, page.getByRole('checkbox', { name: /knows who to contact in the other/ }), 'Space');
  await keyboardActivate(page, page.getByRole('checkbox', { name: /say in a sentence why working together/ }), 'Space');
  await keyboardActivate(page, page.getByRole('button', { name: 'Save and see your result' }));
  await expect(heading(page)).toHaveText('Start with cooperation, and work towards partnership');
  await expect(page.getByText(/2 of 14 things partnership relies on are in place/)).toBeVisible();
  await expect(page.getByText(/What to do: Propose a small joint steering group/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Next steps name the ways either side of the start, with what would have to be true.
  await expect(page.getByRole('heading', { name: 'One step lighter: networking' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'One step deeper: coordination' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See what coordination takes' })).toBeVisible();
});

test('a two-activity plan, built by keyboard, opens from its link in a fresh browser with both activities', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answerByMouse(page, 'goal', [/change the systems that make/], STRONG);
  await tabTo(page, page.getByLabel('Name this activity'));
  await page.keyboard.type('Partnership governance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Partnership governance” to your plan.' })).toBeVisible();

  await keyboardActivate(page, page.getByRole('link', { name: /See your plan \(1 activity\)/ }));
  await expect(heading(page)).toHaveText('Your plan');
  await keyboardActivate(page, page.getByRole('button', { name: 'Add another activity' }));
  await expect(heading(page)).toHaveText('Choose how your service works with another');

  await answerByMouse(
    page,
    'outputs',
    [/one-off joint activity/],
    [/^Contained/, /^Some staff time/, /^We know each other/, /^Once, or for a few weeks/, /^Yes, they support us/],
  );
  await expect(heading(page)).toHaveText('Cooperation fits your answers best');
  await tabTo(page, page.getByLabel('Name this activity'));
  await page.keyboard.type('Community legal education');
  await page.keyboard.press('Enter');
  await keyboardActivate(page, page.getByRole('link', { name: /See your plan \(2 activities\)/ }));
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership governance' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Community legal education' })).toBeVisible();
  await expectNoAxeViolations(page);

  await keyboardActivate(page, page.getByRole('button', { name: 'Copy link' }));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/p\/1~/);

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
  await expectNoAxeViolations(other);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a broken plan link says which activity is wrong', async ({ page }) => {
  await page.goto('./#/p/1~QQ~1g.zz.');
  await expect(heading(page)).toHaveText("We can't open this plan link");
  await expect(page.getByText(/Activity 1 in this plan can't be opened/)).toBeVisible();
});

test('the review journey runs to a change strategy with the keyboard alone, with no axe violations', async ({ page }) => {
  await page.goto('./');
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
    for (const answer of answers) {
      const target = page.getByRole('main').getByLabel(answer);
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
  await expect(page.getByRole('heading', { name: 'Check the inputs you may have missed' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const [scenario, changes, next] of [
  ['translating', [/working well and others want/], /^Take what works to another/],
  ['trying something new', [/priorities or our clients' needs/], /^Try a different approach/],
  ['deepening engagement', [/New funding or resources/], /^Do more together/],
  ['scaling back or winding up', [/cut or are ending/], /^Do less together/],
] as const) {
  test(`the review journey reaches ${scenario}, and its link reopens it`, async ({ page }) => {
    await page.goto('./#/review/current');
    await page.getByRole('radio', { name: /^Cooperation:/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const c of changes) await page.getByRole('checkbox', { name: c }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const a of [/^Mixed/, /^Stretched/, /^Patchy/, next]) {
      await page.getByRole('radio', { name: a }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('link', { name: 'See your change strategy' }).click();
    await expect(heading(page)).toHaveText(`Your change strategy: ${scenario}`);
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await page.evaluate(() => localStorage.clear());
    await page.goto(link);
    await page.reload();
    await expect(heading(page)).toHaveText(`Your change strategy: ${scenario}`);
    await expect(page.getByText('This change strategy was shared with you by link.')).toBeVisible();
  });
}

test('keeping a shared plan asks before replacing your own', async ({ page }) => {
  const own = '1~T3du~1g.g1.crhmkslsrr';
  const shared = '1~U2hhcmVk~1g.gb.crhmkslsrr';
  await page.goto(`./#/p/${own}`);
  await page.getByRole('button', { name: 'Keep this plan on this device' }).click();
  await expect(heading(page)).toHaveText('Your plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Own' })).toBeVisible();

  await page.goto(`./#/p/${shared}`);
  await page.getByRole('button', { name: 'Keep this plan on this device' }).click();
  const confirm = page.getByRole('group', { name: 'Replace your own plan?' });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Keep my plan' }).click();
  await page.goto('./#/plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Own' })).toBeVisible();

  await page.goto(`./#/p/${shared}`);
  await page.getByRole('button', { name: 'Keep this plan on this device' }).click();
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(heading(page)).toHaveText('Your plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Shared' })).toBeVisible();
});
