/*
 * Links are a public interface: every link the tool ever published must keep opening to the same
 * content, a link that was cut off or changed must say so (never open as something else), and
 * text typed by whoever made a link must stay in its place on the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { encodeGroup } from '../../src/domain/links/group-link.ts';
import { encodePlan } from '../../src/domain/links/plan-link.ts';
import { encodeResult, type SharedResult } from '../../src/domain/links/result-link.ts';
import { explain, shortLabel, updatedAdvice } from '../../src/domain/explain.ts';
import type { WayId } from '../../src/content/schema.ts';
import { recommend, type Answers } from '../../src/domain/recommend.ts';
import { reviewOutcome } from '../../src/domain/review.ts';
import { realContent } from '../helpers/content.ts';
import { expect, test } from './fixtures.ts';
import { open, ready, scrollsSideways, watchErrors } from './helpers.ts';
import { answer, GUIDE_CASE } from './journey.ts';

const content = realContent();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const INCOMPLETE = /incomplete or has been changed/;

/* ---------- Version-1 codes, built from the keys in content/*.json as the old tool wrote them ---------- */

type Keyed = { id: string; key: string };
const json = <T>(file: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content', file), 'utf8')) as T;
const goalsFile = json<{ statements: Keyed[] }>('goals.json');
const outputsFile = json<{ statements: Keyed[] }>('outputs.json');
const contextFile = json<{ questions: (Keyed & { options: Keyed[] })[] }>('context.json');
const reviewFile = json<{ questions: (Keyed & { options: Keyed[] })[] }>('review.json');

const keyOf = (list: readonly Keyed[], id: string): string => {
  const found = list.find((x) => x.id === id);
  if (found === undefined) throw new Error(`no "${id}" in content`);
  return found.key;
};

/** The five situation questions of version 1, by id; their keys were c r k h l. */
type OldSituation = { challenge: string; capacity: string; relationship: string; horizon: string; leadership: string };

/** A version-1 result code: 1<g|o>.<sorted statement keys>.<sorted context pairs>. */
function v1Result(journey: 'goal' | 'outputs', picks: string[], situation: OldSituation): string {
  const statements = (journey === 'goal' ? goalsFile : outputsFile).statements;
  const keys = picks.map((id) => keyOf(statements, id)).sort();
  const pairs = Object.entries(situation)
    .map(([q, o]) => {
      const question = contextFile.questions.find((x) => x.id === q);
      if (question === undefined) throw new Error(`no question "${q}"`);
      return question.key + keyOf(question.options, o);
    })
    .sort();
  return `1${journey === 'goal' ? 'g' : 'o'}.${keys.join('')}.${pairs.join('')}`;
}

const b64 = (name: string) => Buffer.from(name, 'utf8').toString('base64url');
/** A version-1 plan or group code: 1~<name>~<result>~<name>~<result>… */
const v1Named = (items: [string, string][]) => `1~${items.map(([name, code]) => `${b64(name)}~${code}`).join('~')}`;

const GUIDE_PICKS = ['g-explore', 'g-seamless-referral', 'g-shared-clients'];
const GUIDE_SITUATION: OldSituation = {
  challenge: 'deep',
  capacity: 'little',
  relationship: 'some',
  horizon: 'years',
  leadership: 'support',
};
const ONE_CLIENT_SITUATION: OldSituation = {
  challenge: 'contained',
  capacity: 'little',
  relationship: 'some',
  horizon: 'once',
  leadership: 'support',
};

/**
 * Version-1 result links, each with the advice it showed when it was made: worked out once with
 * the frozen version-1 rules (src/domain/links/v1-advice.ts), so fixed facts about those links.
 */
const PINNED_RESULTS: {
  code: string;
  journey: 'goal' | 'outputs';
  picks: string[];
  situation: OldSituation;
  was: { start: WayId; aim: WayId };
}[] = [
  {
    code: '1g.g5gbgf.cdhykslsrl',
    journey: 'goal',
    picks: GUIDE_PICKS,
    situation: GUIDE_SITUATION,
    was: { start: 'networking', aim: 'coordination' },
  },
  {
    code: '1g.g8.cchokslsrl',
    journey: 'goal',
    picks: ['g-one-client'],
    situation: ONE_CLIENT_SITUATION,
    was: { start: 'networking', aim: 'cooperation' },
  },
  {
    code: '1g.gfgk.cdhykslsrl',
    journey: 'goal',
    picks: ['g-shared-clients', 'g-new-service'],
    situation: GUIDE_SITUATION,
    was: { start: 'networking', aim: 'partnership' },
  },
  {
    code: '1o.o1o2.cchokslnrl',
    journey: 'outputs',
    picks: ['o-info-exchanged', 'o-contacts'],
    situation: { challenge: 'contained', capacity: 'little', relationship: 'some', horizon: 'once', leadership: 'not-yet' },
    was: { start: 'networking', aim: 'networking' },
  },
];

/** What a result shows today for answers, written for the person opening a link. */
function sharedTitle(journey: 'goal' | 'outputs', answers: Answers): string {
  const r = recommend(content, answers);
  if (r === null) throw new Error('no recommendation');
  return explain(content, r, { journey, voice: 'shared', reviewDate: '' }).title;
}
function short(answers: Answers): string {
  const r = recommend(content, answers);
  if (r === null) throw new Error('no recommendation');
  return shortLabel(content, r);
}

/** A new browser context with nothing saved, guarded like the test's own (no other origin, errors collected). */
async function freshPage(
  browser: Browser,
  baseURL: string | undefined,
): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
  const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const page = await context.newPage();
  const errors = watchErrors(page);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) errors.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return { page, errors, context };
}

/** The names shown as typed text on a page, as the page shows them. */
const typedNames = (page: Page) => page.locator('main q.typed-name').allTextContents();

/* ---------- (a) Version-1 links through their old addresses ---------- */

test.describe('version-1 links published before still open, through their old addresses', () => {
  for (const pinned of PINNED_RESULTS) {
    test(`the result link ${pinned.code} lands on its new address and shows today's advice, noting any change`, async ({ page }) => {
      const errors = watchErrors(page);
      expect(v1Result(pinned.journey, pinned.picks, pinned.situation)).toBe(pinned.code);
      const answers = { picks: pinned.picks, context: { ...pinned.situation } };
      const now = recommend(content, answers);
      await page.goto(`./#/r/${pinned.code}`);
      await ready(page);
      await expect(page).toHaveURL(new RegExp(`/app/r/#${escapeRegExp(pinned.code)}$`));
      await expect(heading(page)).toHaveText(sharedTitle(pinned.journey, answers));
      await expect(page.getByText('Shared with you.')).toBeVisible();
      // The partners question was added after version 1, and the page says so.
      await expect(page.getByText(/made before 1 of the questions were added/)).toBeVisible();
      const note = page.locator('main p', { hasText: 'This advice has been updated since the link was made' });
      if (now?.start === pinned.was.start && now.aim === pinned.was.aim) await expect(note).toHaveCount(0);
      else await expect(note).toHaveText(updatedAdvice(content, pinned.was));
      expect(errors).toEqual([]);
    });
  }

  test('a result link whose advice has changed since says so, in one line', async ({ page }) => {
    const errors = watchErrors(page);
    // What a version-1 link showed is fixed (its rules are frozen); find one whose advice is different today.
    const changed = PINNED_RESULTS.find((p) => {
      const now = recommend(content, { picks: p.picks, context: { ...p.situation } });
      return now?.start !== p.was.start || now.aim !== p.was.aim;
    });
    expect(changed, 'a pinned version-1 link whose advice has changed').toBeDefined();
    if (changed === undefined) return;
    await page.goto(`./#/r/${changed.code}`);
    await ready(page);
    await expect(page).toHaveURL(new RegExp(`/app/r/#${escapeRegExp(changed.code)}$`));
    await expect(heading(page)).toHaveText(sharedTitle(changed.journey, { picks: changed.picks, context: { ...changed.situation } }));
    const note = page.locator('main p', { hasText: 'This advice has been updated since the link was made' });
    await expect(note).toHaveCount(1);
    await expect(note).toHaveText(
      /^This advice has been updated since the link was made\. When it was made, it suggested (networking|cooperation|coordination|partnership|starting with \w+ and aiming for \w+)\.$/,
    );
    await expect(note).toHaveText(updatedAdvice(content, changed.was));
    expect(errors).toEqual([]);
  });

  test('a result handout link lands on the handout', async ({ page }) => {
    const errors = watchErrors(page);
    const code = v1Result('goal', GUIDE_PICKS, GUIDE_SITUATION);
    await page.goto(`./#/r/${code}/handout`);
    await ready(page);
    await expect(page).toHaveURL(new RegExp(`/app/r/handout/#${code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a plan link lands on its new address and shows each activity under its name', async ({ page }) => {
    const errors = watchErrors(page);
    const first = { picks: ['g-explore', 'g-seamless-referral', 'g-shared-clients'], situation: GUIDE_SITUATION };
    const second = { picks: ['g-one-client'], situation: ONE_CLIENT_SITUATION };
    const code = v1Named([
      ['Stall', v1Result('goal', first.picks, first.situation)],
      ['Referrals für Familien', v1Result('goal', second.picks, second.situation)],
    ]);
    expect(code).toMatch(/^1~U3RhbGw~1g\./);
    await page.goto(`./#/p/${code}`);
    await ready(page);
    await expect(page).toHaveURL(`./p/#${code}`);
    await expect(heading(page)).toHaveText('A shared plan');
    const items = page.locator('.plan-item');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).locator('q.typed-name')).toHaveText('Stall');
    await expect(items.nth(1).locator('q.typed-name')).toHaveText('Referrals für Familien');
    for (const [i, item] of [first, second].entries()) {
      const answers = { picks: item.picks, context: { ...item.situation } };
      const r = recommend(content, answers);
      const words = r === null ? null : explain(content, r, { journey: 'goal', voice: 'shared', reviewDate: '' });
      await expect(items.nth(i).locator('.plan-way')).toHaveText(words?.short ?? 'missing');
    }
    expect(errors).toEqual([]);
  });

  test('a group link lands on its new address and shows each person and their result', async ({ page }) => {
    const errors = watchErrors(page);
    const people: [string, string[], OldSituation][] = [
      ['Ana', ['g-explore', 'g-seamless-referral'], GUIDE_SITUATION],
      ['Bảo', ['g-one-client'], ONE_CLIENT_SITUATION],
      ['Chidi', ['g-new-service', 'g-shared-clients'], GUIDE_SITUATION],
    ];
    const code = v1Named(people.map(([name, picks, situation]) => [name, v1Result('goal', picks, situation)]));
    await page.goto(`./#/g/${code}`);
    await ready(page);
    await expect(page).toHaveURL(`./g/#${code}`);
    await expect(heading(page)).toHaveText('A shared group');
    const rows = page.locator('table.participants tbody tr');
    await expect(rows).toHaveCount(3);
    for (const [i, [name, picks, situation]] of people.entries()) {
      await expect(rows.nth(i).locator('td').first()).toHaveText(`Person ${i + 1} ${name}`);
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(short({ picks, context: { ...situation } }));
    }
    expect(errors).toEqual([]);
  });

  test('a show-of-hands link lands on its new address and shows the counts', async ({ page }) => {
    const errors = watchErrors(page);
    const statement = keyOf(goalsFile.statements, 'g-connect-region');
    const challenge = contextFile.questions.find((q) => q.id === 'challenge');
    const pair = `${challenge?.key ?? ''}${keyOf(challenge?.options ?? [], 'deep')}`;
    const code = `1.${statement}-5.${pair}-3.n-12`;
    expect(code).toBe('1.g1-5.cd-3.n-12');
    await page.goto(`./#/h/${code}`);
    await ready(page);
    await expect(page).toHaveURL(`./h/#${code}`);
    await expect(heading(page)).toHaveText('Show of hands: the group result');
    await expect(page.getByText('From a show of hands in a room of 12 people.')).toBeVisible();
    await expect(page.getByText('Shared with you.')).toBeVisible();
    await expect(page.locator('main')).toContainText('5 of 12');
    expect(errors).toEqual([]);
  });

  test('a change-strategy link lands on its new address and shows the strategy', async ({ page }) => {
    const errors = watchErrors(page);
    const chosen: Record<string, string> = {
      current: 'coordination',
      changes: 'turnover',
      relationships: 'strong',
      resources: 'enough',
      processes: 'working',
      next: 'deeper',
    };
    const pairs = Object.entries(chosen).map(([q, o]) => {
      const question = reviewFile.questions.find((x) => x.id === q);
      return `${question?.key ?? ''}${keyOf(question?.options ?? [], o)}`;
    });
    const code = `1.${pairs.sort().join('')}`;
    expect(code).toBe('1.ndpwrssewdxt');
    const outcome = reviewOutcome(content.review, Object.fromEntries(Object.entries(chosen).map(([q, o]) => [q, [o]])));
    const scenario = content.review.scenarios.find((s) => s.id === outcome?.scenario);
    await page.goto(`./#/c/${code}`);
    await ready(page);
    await expect(page).toHaveURL(`./c/#${code}`);
    await expect(heading(page)).toHaveText(`A change strategy: ${scenario?.name.toLowerCase() ?? 'missing'}`);
    await expect(page.getByText('Shared with you.')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

/* ---------- (b) New links made in the app reopen exactly, in a fresh context ---------- */

/** A whole situation of today's six questions, by id. */
const GUIDE_NOW = { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' };
const OUTREACH_NOW = {
  partners: 'one',
  challenge: 'recurring',
  capacity: 'regular',
  relationship: 'some',
  horizon: 'months',
  leadership: 'support',
};

/** Presses a share button and returns the link it copied. */
async function copiedLink(page: Page, button: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a link in a page and returns the text of its main content, once it has filled in. */
async function mainText(page: Page, link: string, title: string | RegExp): Promise<string> {
  await page.goto(link);
  await ready(page);
  await expect(heading(page)).toHaveText(title);
  return page.locator('main').innerText();
}

test.describe('links made in the app reopen exactly in a fresh browser', () => {
  test('a result link, with the ticks of what is in place', async ({ page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await answer(page, 'goal', [/share clients with another service/, /meet regularly and share information/], GUIDE_CASE);
    const boxes = page.locator('.takes input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    const ownChecklist = await page.locator('.takes .checklist li').allInnerTexts();
    expect(ownChecklist.filter((t) => /Have$/.test(t))).toHaveLength(2);
    const ownCount = await page.locator('.takes-count').innerText();
    const link = await copiedLink(page, 'Share this result');
    expect(link).toMatch(/\/app\/r\/#2\.g[a-z0-9]+\.c[a-z0-9]+\.t[a-z0-9]+\.p[0-9a-z]{5}\.d[0-9a-z]{5,6}\.[0-9a-z]{6}$/);
    // The day it was made, so both services see the same review date.
    const now = new Date();
    expect(link).toContain(`.d${(now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate()).toString(36)}.`);
    const title = sharedTitle('goal', { picks: ['g-shared-clients', 'g-share-info'], context: GUIDE_NOW });
    const here = await mainText(page, link, title);

    const fresh = await freshPage(browser, baseURL);
    const there = await mainText(fresh.page, link, title);
    expect(there).toBe(here);
    await expect(fresh.page.locator('.takes .checklist li')).toHaveText(ownChecklist);
    await expect(fresh.page.locator('.takes-count')).toHaveText(ownCount);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  test('a plan of three activities named in Chinese, Arabic and emoji, made with “Planning more than one activity?”', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const names = [
      '社区法律教育与家庭暴力支持服务的合作计划：每月联合门诊、转介流程、共同培训与年度评估安排，以及面向新移民家庭的多语种法律信息讲座和志愿者培训（第一阶段试行）',
      'خدمة الاستشارات القانونية المجتمعية بالتعاون مع مركز دعم الأسرة في الشمال',
      '🤝 Outreach 👩🏽‍⚕️ clinic + 👨‍👩‍👧‍👦 family support 🏥✨ every month 🌏🇦🇺',
    ];
    // Long, but within the 80 UTF-16 units an activity name may have.
    for (const name of names) expect(name.length).toBeGreaterThan(70);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(80);
    const activities = [
      { journey: 'goal' as const, picks: ['g-shared-clients'], context: GUIDE_NOW },
      { journey: 'goal' as const, picks: ['g-one-client', 'g-letter-support'], context: OUTREACH_NOW },
      { journey: 'outputs' as const, picks: ['o-outreach', 'o-contacts'], context: OUTREACH_NOW },
    ];

    async function addToPlan(name: string, count: number) {
      await page.getByText('Planning more than one activity?').click();
      await page.getByLabel('Name this activity').fill(name);
      await page.getByRole('button', { name: 'Add to your plan' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Added “${name}” to your plan.` })).toBeVisible();
      await expect(page.getByRole('link', { name: `See your plan (${count} ${count === 1 ? 'activity' : 'activities'})` })).toBeVisible();
    }
    // The first by answering every question; the others from a link to their answers.
    await answer(page, 'goal', [/share clients with another service/], GUIDE_CASE);
    await addToPlan(names[0] ?? '', 1);
    for (const [i, a] of activities.entries()) {
      if (i === 0) continue;
      await open(page, `./resume/#${encodeResult(content, { journey: a.journey, answers: { picks: a.picks, context: a.context } })}`);
      await expect(heading(page)).toHaveText('Check your answers');
      await open(page, `./${a.journey}/result/`);
      await addToPlan(names[i] ?? '', i + 1);
    }
    await open(page, './plan/');
    await expect(page.locator('.plan-item')).toHaveCount(3);
    const link = await copiedLink(page, 'Share this plan');
    expect(link).toMatch(/\/app\/p\/#2\.i[^#]+\.[0-9a-z]{6}$/);
    const here = await mainText(page, link, 'A shared plan');

    const fresh = await freshPage(browser, baseURL);
    const there = await mainText(fresh.page, link, 'A shared plan');
    expect(there).toBe(here);
    expect(await typedNames(fresh.page)).toEqual(names);
    const items = fresh.page.locator('.plan-item');
    for (const [i, a] of activities.entries()) {
      const r = recommend(content, { picks: a.picks, context: a.context });
      const words = r === null ? null : explain(content, r, { journey: a.journey, voice: 'shared', reviewDate: '' });
      await expect(items.nth(i).locator('.plan-way')).toHaveText(words?.short ?? 'missing');
    }
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  test('a group link, with the names the facilitator typed', async ({ page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const people = [
      { name: 'Hospital social worker', picks: ['g-shared-clients', 'g-seamless-referral'], context: GUIDE_NOW, token: 'a1b2c' },
      { name: 'محامية المجتمع', picks: ['g-one-client'], context: OUTREACH_NOW, token: 'd3e4f' },
      { name: 'Kaimahi 社工 🤝', picks: ['g-new-service', 'g-change-systems'], context: GUIDE_NOW, token: 'g5h6j' },
    ];
    const links = people.map(
      (p) =>
        new URL(
          `./r/#${encodeResult(content, { journey: 'goal', answers: { picks: p.picks, context: p.context }, token: p.token })}`,
          baseURL,
        ).href,
    );
    await open(page, './group/');
    await page.getByLabel('Paste results').fill(`Results from today:\n${links.join('\n')}\nthanks!`);
    await page.getByRole('button', { name: 'Add to the group' }).click();
    await expect(page.locator('.paste-report')).toContainText('Added 3 people.');
    for (const [i, p] of people.entries()) await page.getByLabel(`Name or role of person ${i + 1} (optional)`).fill(p.name);
    const link = await copiedLink(page, "Share the group's link");
    expect(link).toMatch(/\/app\/g\/#2\.z[A-Za-z0-9_-]+\.[0-9a-z]{6}$/);
    const here = await mainText(page, link, 'A shared group');

    const fresh = await freshPage(browser, baseURL);
    const there = await mainText(fresh.page, link, 'A shared group');
    expect(there).toBe(here);
    const rows = fresh.page.locator('table.participants tbody tr');
    await expect(rows).toHaveCount(3);
    for (const [i, p] of people.entries()) {
      await expect(rows.nth(i).locator('td').first()).toHaveText(`Person ${i + 1} ${p.name}`);
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(short({ picks: p.picks, context: p.context }));
    }
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});

/* ---------- (c) A browser sample of the fuzz: cut or changed links never open as something else ---------- */

/** Cuts and single-character edits of a code, each different from it, spread along its length. */
function damaged(code: string): string[] {
  const cuts = [1, 2, 5, Math.floor(code.length / 2), code.length - 8, code.length - 7, code.length - 1];
  const variants = cuts.filter((n) => n > 0 && n < code.length).map((n) => code.slice(0, n));
  // Letters, the link's own punctuation, and characters that mean something in an address.
  const replacements = ['x', 'Q', '-', '.', '~', '_', ' ', '%', '#', '/'];
  const positions = [0, 2, 3, Math.floor(code.length / 3), Math.floor(code.length / 2), code.length - 7, code.length - 3, code.length - 1];
  for (const [i, at] of positions.entries()) {
    const original = code[at];
    const replacement = [...replacements.slice(i % replacements.length), ...replacements].find((c) => c !== original) ?? 'x';
    variants.push(code.slice(0, at) + replacement + code.slice(at + 1));
  }
  // A character dropped from the middle, and one added.
  variants.push(code.slice(0, 4) + code.slice(5), `${code.slice(0, 6)}a${code.slice(6)}`);
  return [...new Set(variants)].filter((v) => v !== code);
}

const fuzzCases = [
  {
    kind: 'result',
    path: 'r',
    code: encodeResult(content, {
      journey: 'goal',
      answers: { picks: ['g-shared-clients', 'g-share-info', 'g-explore'], context: GUIDE_NOW },
      ticks: ['net-time', 'net-contact'],
      token: 'k7m2q',
      services: { from: 'Riverside Hospital', with: 'Northside Legal' },
    }),
    title: sharedTitle('goal', { picks: ['g-shared-clients', 'g-share-info', 'g-explore'], context: GUIDE_NOW }),
  },
  {
    kind: 'plan',
    path: 'p',
    code: encodePlan(content, [
      { name: 'Clinic', result: sharedOf('goal', ['g-outreach-clinic'], OUTREACH_NOW) },
      { name: 'Education', result: sharedOf('outputs', ['o-one-off-activity', 'o-contacts'], GUIDE_NOW) },
    ]),
    title: 'A shared plan',
  },
  {
    kind: 'group',
    path: 'g',
    code: encodeGroup(content, {
      session: 'Northern workshop',
      facilitator: 'Sam',
      participants: [
        { name: 'Ana', result: sharedOf('goal', ['g-explore'], GUIDE_NOW, 'aaaaa') },
        { name: 'Bo', result: sharedOf('goal', ['g-new-service'], OUTREACH_NOW, 'bbbbb') },
        { name: '', result: sharedOf('goal', ['g-shared-clients', 'g-one-client'], GUIDE_NOW, 'ccccc') },
      ],
    }),
    title: 'A shared group',
  },
] as const;

function sharedOf(
  journey: 'goal' | 'outputs',
  picks: string[],
  context: Record<string, string>,
  token: string | null = null,
): SharedResult {
  return { journey, answers: { picks, context }, ticks: [], droppedTicks: 0, token, services: null, version: 2 };
}

for (const fuzz of fuzzCases) {
  test(`a ${fuzz.kind} link cut off or changed by one character shows the whole original or says it is incomplete, never something else`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const original = await mainText(page, `./${fuzz.path}/#${fuzz.code}`, fuzz.title);
    const variants = damaged(fuzz.code);
    expect(variants.length).toBeGreaterThanOrEqual(15);
    for (const variant of variants) {
      // A fresh load each time, as when the link is opened from a chat.
      await page.goto('about:blank');
      await page.goto(`./${fuzz.path}/#${variant}`);
      await ready(page);
      const title = heading(page);
      await expect(title, `heading for ${variant}`).toHaveText(
        new RegExp(`^(${escapeRegExp(fuzz.title)}|We can't open this ${fuzz.kind} link)$`),
      );
      if ((await title.innerText()) === fuzz.title) {
        expect(await page.locator('main').innerText(), `the whole original for ${variant}`).toBe(original);
      } else {
        await expect(page.locator('main .lead'), `message for ${variant}`).toHaveText(INCOMPLETE);
        await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
      }
    }
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/* ---------- (d) A link whose “#” was lost on the way ---------- */

test.describe('an address without its “#” still lands on the right page, never a blank one', () => {
  const newCode = encodeResult(content, { journey: 'goal', answers: { picks: GUIDE_PICKS, context: GUIDE_NOW } });
  const cases = [
    {
      name: 'a new result link',
      path: `r/${newCode}`,
      lands: `r/#${newCode}`,
      title: sharedTitle('goal', { picks: GUIDE_PICKS, context: GUIDE_NOW }),
    },
    {
      name: 'a new result link with a trailing slash',
      path: `r/${newCode}/`,
      lands: `r/#${newCode}`,
      title: sharedTitle('goal', { picks: GUIDE_PICKS, context: GUIDE_NOW }),
    },
    {
      name: 'an old result link',
      path: 'r/1g.g5gbgf.cdhykslsrl',
      lands: 'r/#1g.g5gbgf.cdhykslsrl',
      title: sharedTitle('goal', { picks: GUIDE_PICKS, context: { ...GUIDE_SITUATION } }),
    },
    {
      name: 'a result handout link',
      path: `r/handout/${newCode}`,
      lands: `r/handout/#${newCode}`,
      title: /^Start with|^These answers|point to/,
    },
    { name: 'an unknown address', path: 'foo/bar', lands: '', title: /^Choose how your service works with another/ },
  ];
  for (const c of cases) {
    test(`${c.name}: /app/${c.path}`, async ({ page, baseURL }) => {
      const errors = watchErrors(page);
      // The host's "not found" page is never blank: it says what is happening while it finds the page.
      const notFound = await page.request.get(`/app/${c.path}`);
      expect(notFound.status()).toBe(404);
      expect(await notFound.text()).toContain("We're taking you to the right page");
      await page.goto(`/app/${c.path}`);
      await page.waitForURL(new URL(c.lands, baseURL).href);
      await ready(page);
      await expect(heading(page)).toHaveText(c.title);
      await expect(page.locator('main')).not.toBeEmpty();
      // The only errors are the host's own 404s, for the address and for the tries to find the tool's folder.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    });
  }
});

/* ---------- (e) Text typed by whoever made a link stays in its place ---------- */

test('names in a shared plan are quoted ordinary text, labelled, isolated, with direction controls shown, never headings or markup', async ({
  page,
}) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const long = 'Community legal education for families in the northern suburbs, every month ok'.padEnd(80, '!');
  const markup = '<img src=x onerror=alert(1)><h1>Owned</h1><script>alert(2)</script>';
  const spoof = 'Invoice \u202Efdp.exe';
  expect(long).toHaveLength(80);
  const names = [long, markup, spoof];
  const code = encodePlan(
    content,
    names.map((name, i) => ({ name, result: sharedOf('goal', [['g-explore', 'g-outreach-clinic', 'g-new-service'][i] ?? ''], GUIDE_NOW) })),
  );
  await open(page, `./p/#${code}`);
  await expect(heading(page)).toHaveText('A shared plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const quoted = page.locator('main .plan-item q.typed-name');
  await expect(quoted).toHaveCount(3);
  await expect(quoted).toHaveText([long, markup, 'Invoice [U+202E]fdp.exe']);

  const body = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('main p') ?? document.body);
    return { weight: Number(style.fontWeight), size: parseFloat(style.fontSize) };
  });
  for (let i = 0; i < names.length; i++) {
    const shown = await quoted.nth(i).evaluate((q) => {
      const bdi = q.querySelector(':scope > bdi');
      const style = getComputedStyle(q);
      const inner = bdi === null ? style : getComputedStyle(bdi);
      const label = q.parentElement?.querySelector('.hint-inline');
      return {
        tag: q.tagName,
        inBdi: bdi !== null && bdi.textContent === q.textContent,
        inHeading: q.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') !== null,
        weight: Math.max(Number(style.fontWeight), Number(inner.fontWeight)),
        size: Math.max(parseFloat(style.fontSize), parseFloat(inner.fontSize)),
        label: label?.textContent ?? '',
        elements: q.querySelectorAll('*').length,
      };
    });
    expect(shown.tag).toBe('Q');
    expect(shown.inBdi, 'the name is inside <bdi>').toBe(true);
    expect(shown.inHeading, 'the name is not a heading').toBe(false);
    expect(shown.weight).toBeLessThanOrEqual(Math.max(body.weight, 400));
    expect(shown.size).toBeLessThanOrEqual(body.size);
    expect(shown.label).toBe('(named by the person who shared this link)');
    expect(shown.elements, 'nothing in a name becomes markup').toBe(1);
  }
  // Nothing typed became an element or ran, and the direction override itself is never in the page.
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain('\u202E');
  expect(await scrollsSideways(page)).toBe(false);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});
