import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, keyboardChooseRadio, open, tabTo, watchErrors } from './helpers.ts';
import { answer, GUIDE_CASE, next, OUTREACH, type Situation } from './journey.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('align by goal runs from the start page to a result with the keyboard alone, axe-clean on every page', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, './');
  await keyboardActivate(page, page.getByRole('link', { name: 'Start now' }));
  await expect(heading(page)).toHaveText('Where would you like to start?');
  await expect(heading(page)).toBeFocused();
  await expectNoAxeViolations(page);
  await keyboardChooseRadio(page, page.getByRole('radio', { name: 'From your goals' }));
  await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));

  // Pages of statements: tick one on the first, leave the rest empty.
  await expect(heading(page)).toHaveText('What do you want for the people you work with?');
  await expectNoAxeViolations(page, { forcedColors: true });
  await keyboardActivate(page, page.getByRole('checkbox', { name: /smooth referral pathway/ }), 'Space');
  await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
  while ((await page.getByRole('radio').count()) === 0) {
    const before = await heading(page).textContent();
    await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
    await expect(heading(page)).not.toHaveText(before ?? '');
  }
  for (const option of Object.values(OUTREACH)) {
    await expectNoAxeViolations(page);
    const before = await heading(page).textContent();
    await keyboardChooseRadio(page, page.getByRole('radio', { name: option }));
    await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
    await expect(heading(page)).not.toHaveText(before ?? '');
  }
  await expect(heading(page)).toHaveText('Check your answers');
  await expectNoAxeViolations(page);
  await keyboardActivate(page, page.getByRole('link', { name: 'See your suggestion' }));
  await expect(heading(page)).toHaveText('Coordination fits your answers best');
  await expect(heading(page)).toBeFocused();
  await expectNoAxeViolations(page, { forcedColors: true });
  expect(errors).toEqual([]);
});

test('align by results reaches a result that talks about results, never goals', async ({ page }) => {
  await answer(page, 'outputs', [/regular outreach or co-located clinic/i, /agreed referral pathway/i], OUTREACH);
  await expect(heading(page)).toHaveText('Coordination fits your answers best');
  await expect(page.getByText(/The results you chose point to coordination/).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/\bgoals?\b/i);
});

test('the guide’s hospital and legal service case: start with networking, aim deeper, review in six months', async ({ page }) => {
  await answer(
    page,
    'goal',
    [/share clients with another service/, /meet regularly and share information/, /change the conditions and systems/],
    GUIDE_CASE,
  );
  await expect(heading(page)).toHaveText(/^Start with networking, and aim for (coordination|partnership)$/);
  await expect(page.getByText(/^In 6 months, by /)).toBeVisible();
  await expect(
    page.getByText(/there is very little time or money to spare, so start with networking, which you also chose/).first(),
  ).toBeVisible();
});

test('networking picks with a deep-rooted, long challenge stay networking and say a deeper way may come later', async ({ page }) => {
  await answer(page, 'goal', [/feel connected to services in our region/, /understand who does what locally/], {
    ...GUIDE_CASE,
    capacity: /^Substantial, ongoing/,
    leadership: /^Yes, and they will commit/,
  });
  await expect(heading(page)).toHaveText('Networking fits your answers best');
  await expect(page.locator('main')).not.toContainText(/goals call for partnership/i);
  await expect(page.getByText(/that often calls for partnership/)).toBeVisible();
});

test('a tie is said out loud and names both ways', async ({ page }) => {
  const open: Situation = {
    partners: /^One other service/,
    challenge: /^We're not sure yet/,
    capacity: /^Substantial, ongoing/,
    relationship: /^We've worked together for a while/,
    horizon: /^We don't know yet/,
    leadership: /^Yes, and they will commit/,
  };
  await answer(page, 'goal', [/feel connected to services in our region/, /change the conditions and systems/], open);
  await expect(page.getByText(/It's a tie between networking and partnership/)).toBeVisible();
});

test('a one-off activity is not told to look again in six months', async ({ page }) => {
  await answer(page, 'goal', [/stall or talk at a community event/], {
    partners: /^One other service/,
    challenge: /^Contained/,
    capacity: /^Some staff time for a specific/,
    relationship: /^We know each other a little/,
    horizon: /^Once, or for a few weeks/,
    leadership: /^Yes, they support us/,
  });
  await expect(heading(page)).toHaveText('Cooperation fits your answers best');
  await expect(page.getByText(/^Once the activity is over, by /)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/6 months/);
});

test('"not sure" answers never hold the start back: they become things to find out first', async ({ page }) => {
  await answer(page, 'outputs', [/regular outreach or co-located clinic/i], {
    ...OUTREACH,
    capacity: /^Not sure yet/,
    leadership: /^We haven't asked yet/,
  });
  await expect(heading(page)).toHaveText('Coordination fits your answers best');
  await expect(page.getByRole('heading', { name: 'Find out first' })).toBeVisible();
  await expect(page.getByText(/Ask your manager whether your leaders would back this/)).toBeVisible();
});

test('after an error, focus stays on the control being changed', async ({ page }) => {
  await open(page, './goal/partners/');
  await keyboardActivate(page, page.getByRole('button', { name: 'Continue' }));
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  const radio = page.getByRole('radio', { name: /^A few services/ });
  await keyboardChooseRadio(page, radio);
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Many organisations/ })).toBeFocused();
  await expect(summary).not.toBeFocused();
});

test('a reload on any step keeps every answer, and Back returns to the page as it was left', async ({ page }) => {
  await open(page, './goal/clients/');
  await page.getByRole('checkbox', { name: /smooth referral pathway/ }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /smooth referral pathway/ })).toBeChecked();
  await next(page);
  await page.goBack();
  await expect(heading(page)).toHaveText('What do you want for the people you work with?');
  await expect(page.getByRole('checkbox', { name: /smooth referral pathway/ })).toBeChecked();
});

test('a Change link goes to its question and back to check answers, keeping the other answers', async ({ page }) => {
  await answer(page, 'goal', [/smooth referral pathway/], OUTREACH);
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await page.getByRole('link', { name: /Change your answer to: How long/ }).click();
  await expect(heading(page)).toHaveText('How long do you expect to work together on this?');
  await page.getByRole('radio', { name: /^For years/ }).check();
  await next(page);
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.getByText('For years, or with no end date')).toBeVisible();
  await expect(page.getByText(/Recurring: the same gaps/)).toBeVisible();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(heading(page)).toHaveText('Do the leaders of your service back working together on this?');
});

test.describe('on a 360 x 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every page of statements fits in about one and a half screens', async ({ page }) => {
    for (const [journey, themes] of [
      ['goal', content.goals.themes],
      ['outputs', content.outputs.themes],
    ] as const) {
      for (const theme of themes) {
        await open(page, `./${journey}/${theme.id}/`);
        const bottom = await page
          .getByRole('button', { name: 'Continue' })
          .evaluate((b) => b.getBoundingClientRect().bottom + window.scrollY);
        expect(bottom / 740, `${journey}/${theme.id} to Continue`).toBeLessThanOrEqual(1.55);
      }
    }
  });

  test('the result’s first screen says where to start, when to look again, and links to what it takes; the page is at most four screens', async ({
    page,
  }) => {
    await answer(
      page,
      'goal',
      [/share clients with another service/, /meet regularly and share information/, /change the conditions and systems/],
      GUIDE_CASE,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const within = async (text: RegExp | string) => {
      const box = await page.getByText(text).first().boundingBox();
      expect(box, String(text)).not.toBeNull();
      expect((box?.y ?? 999) + (box?.height ?? 0), String(text)).toBeLessThanOrEqual(740);
    };
    await within('Start now');
    await within(/^Networking$/);
    await within(/^In 6 months, by /);
    await within(/^See what networking takes$/);
    await within(/so start with networking/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 740).toBeLessThanOrEqual(4);
    // The picture agrees with the headline: marks, not competing percentages.
    await expect(page.getByText('Start here')).toBeVisible();
    await expect(page.getByText('Aim', { exact: true })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('%');
  });
});

test('the link to what it takes moves focus to the checklist', async ({ page }) => {
  await answer(page, 'goal', [/smooth referral pathway/], OUTREACH);
  await tabTo(page, page.getByRole('link', { name: 'See what coordination takes' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What coordination takes' })).toBeFocused();
});
