import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, watchErrors } from './helpers.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const CONTEXT = [/^Recurring/, /^Regular time for joint planning/, /^We know each other/, /^For several months/, /^Yes, they support us/];

/** One participant answering on their own device, returning the link they would send. */
async function participantLink(page: Page, picks: RegExp[]): Promise<string> {
  await page.goto('./#/goal/goals');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  for (const p of picks) await page.getByRole('checkbox', { name: p }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const answer of CONTEXT) {
    await page.getByRole('radio', { name: answer }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'See your recommendation' }).click();
  return page.getByLabel('Link', { exact: true }).inputValue();
}

test('the group view combines three results, reports duplicates and bad links, and reopens from its own link', async ({
  page,
  browser,
}) => {
  const links = [
    await participantLink(page, [/smooth referral pathway/, /not coming through our doors/]),
    await participantLink(page, [/smooth referral pathway/, /change the systems that make/]),
    await participantLink(page, [/smooth referral pathway/, /letter of support/]),
  ];
  await page.evaluate(() => localStorage.clear());
  await page.goto('./#/workshop');
  await page.reload();
  await page.getByRole('link', { name: 'Group view' }).click();
  await expect(heading(page)).toHaveText('Group view');
  await page.getByLabel('Result links').fill(`${links[0]}\n${links[1]}\n${links[2]}\n${links[0]}\nnot a link at all`);
  await page.getByRole('button', { name: 'Add to the group' }).click();
  const report = page.locator('.paste-report');
  await expect(report).toContainText('Added 3 results. 1 link was already in the group and not counted again.');
  await expect(report).toContainText('Not added: “not a link at all”');

  const landed = page.getByRole('figure', { name: /where each person's goals point \(3 people\)/i }).getByRole('listitem');
  await expect(landed).toHaveText(['Networking0', 'Cooperation0', 'Coordination3', 'Partnership0']);
  await expect(page.getByText('Together, your answers point to coordination.')).toBeVisible();
  const split = page.getByRole('heading', { name: 'Where the group split' }).locator('xpath=following-sibling::ul[1]');
  await expect(split.getByRole('listitem')).toHaveCount(3);
  await expect(split).toContainText('A letter of support from another service would really help someone');
  await expect(split.getByRole('listitem').first()).toContainText('1 of 3');

  await page.getByLabel('Name or role of participant 1 (optional)').fill('Hospital social worker');
  await expectNoAxeViolations(page);
  const groupLink = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(groupLink).toMatch(/#\/g\/1~/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(groupLink);
  await expect(heading(other)).toHaveText('A shared group view');
  await expect(other.getByRole('figure', { name: /where each person's goals point \(3 people\)/i }).getByRole('listitem')).toHaveText([
    'Networking0',
    'Cooperation0',
    'Coordination3',
    'Partnership0',
  ]);
  await expect(other.getByText('Together, your answers point to coordination.')).toBeVisible();
  await expect(other.getByRole('cell', { name: 'Hospital social worker', exact: true })).toBeVisible();
  await expectNoAxeViolations(other);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('presentation mode works with the keyboard alone, including full screen and leaving it', async ({ page }) => {
  await page.goto('./#/workshop');
  await keyboardActivate(page, page.getByRole('link', { name: 'Presentation mode' }));
  await expect(heading(page)).toHaveText('Four ways of working together');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Networking');
  await expect(page.getByText('Slide 2 of')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Coordination');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('Cooperation');
  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText('Where the group lands');
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText('Four ways of working together');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Run a workshop');
});

test('presentation slides fit a 1280 x 720 projector in large type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/present/1');
  const slides = Number((await page.getByText(/Slide 1 of \d+/).textContent())?.match(/of (\d+)/)?.[1]);
  for (let n = 1; n <= slides; n++) {
    await page.goto(`./#/present/${n}`);
    await expect(page.getByText(`Slide ${n} of ${slides}`)).toBeVisible();
    const fit = await page.evaluate(() => {
      const slide = document.querySelector('.slide') as HTMLElement;
      const body = getComputedStyle(slide).fontSize;
      return {
        scrolls: slide.scrollHeight > slide.clientHeight + 1,
        body: Number.parseFloat(body),
        barVisible: (document.querySelector('.present-bar') as HTMLElement).getBoundingClientRect().bottom <= 720,
      };
    });
    expect(fit.scrolls, `slide ${n} overflows`).toBe(false);
    expect(fit.barVisible, `slide ${n} pushes the controls off screen`).toBe(true);
    expect(fit.body, 'body text at least 24 px').toBeGreaterThanOrEqual(24);
  }
});

test('a show of hands gives a joint recommendation, and its link reopens it', async ({ page }) => {
  await page.goto('./#/workshop');
  await page.getByRole('link', { name: 'Show of hands' }).click();
  await expect(heading(page)).toHaveText('How many people are in the room?');
  await expectNoAxeViolations(page);
  await page.getByLabel('People in the room').fill('12');
  await page.getByRole('button', { name: 'Next' }).click();
  // Count hands on every statement page until the context questions.
  for (let i = 0; i < 20; i++) {
    const text = (await heading(page).textContent()) ?? '';
    const hands = /referral pathway|not coming through our doors/.test(text) ? '9' : /letter of support/.test(text) ? '5' : '0';
    if (hands !== '0') await page.getByLabel('Hands raised for this statement').fill(hands);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(heading(page)).toHaveText(/how deep and widespread/i);
  await page.getByLabel(/^Recurring/).fill('10');
  await page.getByRole('link', { name: 'Skip to the result' }).click();
  await expect(heading(page)).toHaveText('Show of hands: the group result');
  await expect(page.getByText('Together, your answers point to coordination.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where the group split' }).locator('xpath=following-sibling::ul[1]')).toContainText(
    'letter of support',
  );
  await expectNoAxeViolations(page);
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await page.reload();
  await expect(page.getByText('This show of hands was shared with you by link.')).toBeVisible();
  await expect(page.getByText('Together, your answers point to coordination.')).toBeVisible();
});
