import { expect, type Page } from '@playwright/test';
import { ready } from './helpers.ts';

export type Journey = 'goal' | 'outputs';

/** The situation answers, by the start of each option's label, in the order the questions come. */
export type Situation = {
  partners: RegExp;
  challenge: RegExp;
  capacity: RegExp;
  relationship: RegExp;
  horizon: RegExp;
  leadership: RegExp;
};

export const GUIDE_CASE: Situation = {
  partners: /^One other service/,
  challenge: /^Deep-rooted/,
  capacity: /^Very little beyond/,
  relationship: /^We know each other and have helped/,
  horizon: /^For years/,
  leadership: /^Yes, they support us/,
};

export const OUTREACH: Situation = {
  partners: /^One other service/,
  challenge: /^Recurring/,
  capacity: /^Regular time for joint planning/,
  relationship: /^We know each other and have helped/,
  horizon: /^For several months/,
  leadership: /^Yes, they support us/,
};

/** Presses Continue and waits until the next page is on screen (the old one stays until the new one is ready). */
export async function next(page: Page) {
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.textContent();
  const url = page.url();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).not.toHaveURL(url);
  await expect(heading).not.toHaveText(before ?? '');
}

/**
 * Answers a whole questionnaire by clicking, as a person would, from the first question: the
 * journey, statements on whichever page they are (by their text), then the situation. Ends on
 * the result page, ready.
 */
export async function answer(page: Page, journey: Journey, statements: RegExp[], situation: Situation) {
  await page.goto('./begin/');
  await ready(page);
  await page.getByRole('radio', { name: journey === 'goal' ? 'From your goals' : 'From the results you want' }).check();
  await next(page);
  const left = [...statements];
  // Statement pages come first; each Continue reveals the next until the first radio question.
  for (let pageNo = 0; pageNo < 10; pageNo++) {
    if ((await page.getByRole('radio').count()) > 0) break;
    for (const statement of [...left]) {
      const box = page.getByRole('checkbox', { name: statement });
      if ((await box.count()) > 0) {
        await box.check();
        left.splice(left.indexOf(statement), 1);
      }
    }
    await next(page);
  }
  expect(left, 'every statement was found on a page').toEqual([]);
  for (const option of Object.values(situation)) {
    await page.getByRole('radio', { name: option }).check();
    await next(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See your suggestion' }).click();
  await expect(page).toHaveURL(new RegExp(`/${journey}/result/$`));
}
