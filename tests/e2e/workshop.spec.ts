/*
 * The workshop, in real Chromium: a facilitator sets up a session, three people join on their
 * own devices and send their results (one pasted from a chat, two scanned by the camera from
 * their phones' QR codes), then the group's slides, a show of hands, the printed report, the
 * keyboard and axe on every page and slide.
 *
 * Each person is a browser context of their own, so each has their own storage and token. The
 * camera is Chromium's fake capture device playing a .y4m file made here from the QR codes the
 * participants' pages show.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CHROMIUM_ARGS } from '../../scripts/built-site.ts';
import { expect, test as guarded } from './fixtures.ts';
import { expectNoAxeViolations, keyboardActivate, open, ready } from './helpers.ts';
import { answer, type Situation } from './journey.ts';

/* Guards -------------------------------------------------------------------------------------- */

type Guard = { foreign: string[]; blocked: string[] };

/** Records requests to any origin but the app's, and Content Security Policy violations, on every page of a context. */
function guard(context: BrowserContext, origin: string): Guard {
  const found: Guard = { foreign: [], blocked: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) found.foreign.push(request.url());
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.blocked.push(message.text());
  });
  return found;
}

function expectClean(found: Guard, who: string) {
  expect(found.foreign, `requests to another origin (${who})`).toEqual([]);
  expect(found.blocked, `Content Security Policy violations (${who})`).toEqual([]);
}

/** fixtures.ts's test (its guards watch the main page), with the same guards on every other device a test opens. */
const test = guarded.extend<{ devices: (options?: { clipboard?: boolean }) => Promise<BrowserContext> }>({
  devices: async ({ browser, baseURL }, provide) => {
    const opened: { context: BrowserContext; found: Guard }[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({ baseURL: baseURL ?? '' });
      if (options.clipboard === true) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      opened.push({ context, found: guard(context, new URL(baseURL ?? '').origin) });
      return context;
    });
    for (const [i, o] of opened.entries()) {
      expectClean(o.found, `device ${i + 1}`);
      await o.context.close();
    }
  },
});

/* QR codes ------------------------------------------------------------------------------------ */

/** A QR code's modules, quiet zone included: true for dark. */
type Grid = boolean[][];

/** Reads the module grid of a QR code the app drew (qr-code.tsx: one SVG path of 1 x 1 squares). */
async function gridOnPage(qr: Locator): Promise<Grid> {
  await expect(qr).toBeVisible();
  const viewBox = (await qr.getAttribute('viewBox')) ?? '';
  const d = (await qr.locator('path').getAttribute('d')) ?? '';
  const extent = Number(viewBox.split(' ')[2]);
  expect(extent, 'the QR code has a square view box').toBeGreaterThan(20);
  const grid: Grid = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const row = grid[Number(m[2])];
    if (row !== undefined) row[Number(m[1])] = true;
  }
  return grid;
}

/** The same grid made here with the app's QR library and settings, for a given text. */
function gridFor(text: string): Grid {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  return Array.from({ length: count + quiet * 2 }, (_, r) =>
    Array.from({ length: count + quiet * 2 }, (_, c) => {
      const row = r - quiet;
      const col = c - quiet;
      return row >= 0 && col >= 0 && row < count && col < count && qr.isDark(row, col);
    }),
  );
}

/** What a QR grid says, read by jsQR (the app's own decoder) from an image of it. */
function readGrid(grid: Grid, scale = 4): string | null {
  const size = grid.length * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = grid[Math.floor(y / scale)]?.[Math.floor(x / scale)] === true ? 0 : 255;
      data.set([v, v, v, 255], (y * size + x) * 4);
    }
  }
  return jsQR(data, size, size)?.data ?? null;
}

/* A fake camera --------------------------------------------------------------------------------- */

const CAMERA = { width: 640, height: 480 };
// One file per worker process, so runs side by side never share it.
const CAMERA_FILE = join(tmpdir(), `wwt-camera-${process.pid}.y4m`);

/** The luma plane of one frame: white, with the QR grid (quiet zone included) centred, black modules, about 8 px each. */
function lumaFrame(grid: Grid | null): Buffer {
  const { width, height } = CAMERA;
  const y = Buffer.alloc(width * height, 235);
  if (grid === null) return y;
  const scale = Math.min(8, Math.floor(Math.min(width, height) / grid.length));
  expect(scale, 'the QR code fits the camera frame at 4 px a module or more').toBeGreaterThanOrEqual(4);
  const left = Math.floor((width - grid.length * scale) / 2);
  const top = Math.floor((height - grid.length * scale) / 2);
  grid.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        y.fill(16, (top + r * scale + dy) * width + left + c * scale, (top + r * scale + dy) * width + left + (c + 1) * scale);
    }),
  );
  return y;
}

/** A YUV4MPEG2 video at 10 frames a second: each scene is a QR grid (or nothing) held for a number of frames. Chromium loops it. */
function writeCameraFile(scenes: { grid: Grid | null; frames: number }[]) {
  const { width, height } = CAMERA;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const scene of scenes) {
    const luma = lumaFrame(scene.grid);
    for (let i = 0; i < scene.frames; i++) parts.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  writeFileSync(CAMERA_FILE, Buffer.concat(parts));
}

/** Playwright's own Chromium when installed, otherwise Debian's, as playwright.config.ts chooses. */
function executablePath(): { executablePath?: string } {
  try {
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // not installed
  }
  return { executablePath: '/usr/bin/chromium' };
}

/* The workshop -------------------------------------------------------------------------------- */

const WORKSHOP = 'Hospital & legal scoping';
const DESTINATION = 'the Teams chat';
const FACILITATOR = 'Sam Lee';

/** Everyone answers the situation alike; two people pick one goal, the third another, so the room splits on both. */
const SITUATION: Situation = {
  partners: /^One other service/,
  challenge: /^Contained/,
  capacity: /^Some staff time/,
  relationship: /^We know each other a little/,
  horizon: /^Once, or for a few weeks/,
  leadership: /^No, not yet/,
};
const SHARE_INFO = /teams to meet regularly and share information/;
const CLINIC = /regular clinic or drop-in/;
const SHARE_INFO_TEXT = 'We want our teams to meet regularly and share information about what we each see and do.';
const CLINIC_TEXT = "We'd like to run a regular clinic or drop-in at a place our clients already go.";
/** The clinic points to coordination: the prompt for a split on it asks whether the room would plan it together. */
const CLINIC_PROMPT = 'Would you plan this together and change how your work fits around people, or is that more than you need?';
/** Everyone works together once, so the joint result is looked at again when the activity is over, not in a fixed 6 months. */
const REVIEW_WHEN = 'once the activity is over';
const TIE = "It's a tie between networking and cooperation: worth talking through before you decide.";

/** How the three results spread across the four ways: a way's name, then its count. */
const SPREAD = [/^Networking\s*2 people$/, /^Cooperation\s*0 people$/, /^Coordination\s*1 person$/, /^Partnership\s*0 people$/];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The themes of goals, in the order the phones show them (content/goals.json), with how many statements each has. */
const THEMES = [
  { id: 'clients', question: 'What do you want for the people you work with?', count: 7 },
  { id: 'staff', question: 'What do you want for your staff?', count: 7 },
  { id: 'services', question: 'What do you want to change in how your services work?', count: 6 },
  { id: 'community', question: 'What do you want for your community and the wider system?', count: 6 },
];

/** The facilitator names the session on /workshop/ and gets the address the join QR code opens, read from the code itself. */
async function setUpWorkshop(page: Page): Promise<string> {
  await open(page, './workshop/');
  await page.getByLabel('Workshop name').fill(WORKSHOP);
  await page.getByLabel('Where should people send their results? (optional)').fill(DESTINATION);
  await page.getByLabel('Facilitator (optional)').fill(FACILITATOR);
  await page.getByRole('button', { name: 'Save and show the join code' }).click();
  await expect(page.getByRole('heading', { name: 'How the room joins' })).toBeVisible();
  await expect(page.locator('.join-address')).toHaveText(/^127\.0\.0\.1:\d+\/app\/join\/$/);
  const grid = await gridOnPage(page.getByRole('img', { name: 'QR code that opens the questions in this workshop' }));
  const joinLink = readGrid(grid);
  expect(joinLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/join\/#\S+$/);
  return joinLink ?? '';
}

type Sent = { message: string; link: string; grid: Grid };

/** One person on their own device: opens the join link, answers, sends their result and shows its QR code. */
async function participant(context: BrowserContext, joinLink: string, picks: RegExp[]): Promise<Sent> {
  const page = await context.newPage();
  await page.goto(joinLink);
  await expect(page).toHaveURL(/\/app\/begin\/$/);
  await ready(page);
  await expect(page.locator('.notice')).toContainText(`You're answering for the workshop ${WORKSHOP}.`);
  await answer(page, 'goal', picks, SITUATION);

  const actions = page.getByRole('region', { name: 'Send your result to the facilitator' });
  await expect(actions).toContainText(`Workshop: ${WORKSHOP}. Results go to: ${DESTINATION}`);
  await actions.getByRole('button', { name: /^(Send to|Copy it for) the facilitator$/ }).click();
  await expect(actions.getByRole('status')).toHaveText(`Copied. Paste it into ${DESTINATION}.`);
  const message = await page.evaluate(() => navigator.clipboard.readText());
  const prefix = `My result for ${WORKSHOP}: `;
  expect(message.startsWith(prefix), message).toBe(true);
  const link = message.slice(prefix.length);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/r\/#[0-9A-Za-z._~-]+$/);

  await actions.getByRole('button', { name: 'Show my QR code' }).click();
  await expect(actions.getByRole('button', { name: 'Hide my QR code' })).toHaveAttribute('aria-expanded', 'true');
  const grid = await gridOnPage(actions.getByRole('img', { name: 'QR code of your result, for the facilitator to scan' }));
  expect(readGrid(grid), 'the QR code holds the same link as the message').toBe(link);
  expect(grid, 'the page draws what qrcode-generator makes of the link').toEqual(gridFor(link));
  await page.close();
  return { message, link, grid };
}

/** The three people: the first two with identical answers. */
async function threePeople(devices: () => Promise<BrowserContext>, joinLink: string): Promise<[Sent, Sent, Sent]> {
  const first = await participant(await devices(), joinLink, [SHARE_INFO]);
  const second = await participant(await devices(), joinLink, [SHARE_INFO]);
  const third = await participant(await devices(), joinLink, [CLINIC]);
  return [first, second, third];
}

const pasteBox = (page: Page) => page.getByRole('textbox', { name: 'Paste results' });
const report = (page: Page) => page.locator('.paste-report');

async function paste(page: Page, text: string) {
  await pasteBox(page).fill(text);
  await page.getByRole('button', { name: 'Add to the group' }).click();
}

/** The group view shows three people: two alike pointing to networking, one to coordination. */
async function expectGroupOfThree(page: Page) {
  const spread = page.getByRole('figure', { name: "Where each person's answers point (3 people)" });
  await expect(spread.getByRole('listitem')).toHaveText(SPREAD);
  const rows = page.getByRole('table', { name: "Each person's result" }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // In whatever order the camera saw them: two rows alike (the identical answers), one different.
  const results = await rows.locator('td:nth-child(2)').allTextContents();
  const alike = new Map<string, number>();
  for (const r of results) alike.set(r, (alike.get(r) ?? 0) + 1);
  expect([...alike.values()].sort(), `each person's result: ${results.join(' | ')}`).toEqual([1, 2]);
}

/** A result link's answers: its goal or output keys and its situation pairs, without the token or checksum. */
const answersIn = (link: string) => (link.split('#')[1] ?? '').split('.').filter((part) => /^[goc]/.test(part));

/*
 * Every browser of this file can use a fake camera that plays CAMERA_FILE. Playwright allows
 * launch options only at the top of a file (they force a worker of their own), so they are here
 * rather than on the one test that scans; the other tests never start the camera.
 */
test.use({
  launchOptions: {
    ...executablePath(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${CAMERA_FILE}`,
    ],
  },
});

/* 1. The whole workshop ------------------------------------------------------------------------- */

test.describe('a workshop with three phones and a camera', () => {
  test.use({ permissions: ['camera'] });
  test.afterAll(() => rmSync(CAMERA_FILE, { force: true }));

  test('three people join, answer and send; one is pasted from a chat, two are scanned, and each is counted once', async ({
    page,
    devices,
  }) => {
    test.setTimeout(300_000);
    const joinLink = await setUpWorkshop(page);
    const [first, second, third] = await threePeople(() => devices({ clipboard: true }), joinLink);
    expect(new Set([first.link, second.link, third.link]).size, 'every person sends a link of their own').toBe(3);
    expect(answersIn(first.link), 'the first two answered alike').toEqual(answersIn(second.link));
    expect(answersIn(first.link)).not.toEqual(answersIn(third.link));

    await open(page, './group/');
    await expect(heading(page)).toHaveText('Collect results');
    // One result arrives in a chat, among other lines.
    await paste(
      page,
      [
        '[10:02] Priya: Morning all, joining from the hospital',
        '[10:03] Alex: Sorry, running five minutes late',
        `[10:05] Priya: ${first.message}`,
        '[10:06] Alex: 👍 thanks',
      ].join('\n'),
    );
    await expect(report(page)).toHaveText('Added 1 person. The group has 1 person.');
    await expect(pasteBox(page)).toHaveValue('');

    // The other two hold up their phones: the camera sees the second person's code, then the third's, and loops.
    writeCameraFile([
      { grid: null, frames: 3 },
      { grid: second.grid, frames: 20 },
      { grid: null, frames: 3 },
      { grid: third.grid, frames: 20 },
    ]);
    await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
    const scanner = page.getByRole('region', { name: 'Scan result QR codes' });
    await expect(scanner.getByRole('status')).not.toHaveText(/Starting the camera|could not start/, { timeout: 30_000 });
    await expect(report(page)).toContainText('The group has 3 people.', { timeout: 60_000 });
    // One control stops it: the Scan button, which now says so.
    await expect(page.getByRole('button', { name: /Stop scanning|Close the scanner/ })).toHaveCount(1);
    await expect(scanner.getByRole('button')).toHaveCount(0);
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    await expect(scanner).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Scan QR codes with the camera' })).toHaveAttribute('aria-expanded', 'false');

    await expectGroupOfThree(page);

    // The same links again, pasted or scanned, add no one.
    await paste(page, `${second.link}\n${first.message}`);
    await expect(report(page)).toHaveText(
      'No one new was added. 2 links were already in the group and not counted again. The group has 3 people.',
    );
    await expectGroupOfThree(page);
    await page.reload();
    await ready(page);
    await expectGroupOfThree(page);
  });
});

/* 2, 4, 5, 6. The group's slides and report ------------------------------------------------------ */

test.describe('with a group of three saved', () => {
  let links: string[] = [];

  // Three real people answer once for every test here (once per worker); each test collects them afresh.
  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(240_000);
    const baseURL = testInfo.project.use.baseURL ?? '';
    const opened: { context: BrowserContext; found: Guard }[] = [];
    const device = async () => {
      const context = await browser.newContext({ baseURL });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      opened.push({ context, found: guard(context, new URL(baseURL).origin) });
      return context;
    };
    const facilitator = await device();
    const joinLink = await setUpWorkshop(await facilitator.newPage());
    links = (await threePeople(device, joinLink)).map((s) => s.link);
    for (const [i, o] of opened.entries()) {
      expectClean(o.found, `device ${i + 1}`);
      await o.context.close();
    }
  });

  /** This page's facilitator sets up the workshop and collects the three results by pasting. */
  async function collect(page: Page) {
    await setUpWorkshop(page);
    await open(page, './group/');
    await paste(page, links.join('\n'));
    await expect(report(page)).toHaveText('Added 3 people. The group has 3 people.');
    await expectGroupOfThree(page);
  }

  const slideRegion = (page: Page) => page.getByRole('region').and(page.locator('.slide'));
  const counter = (page: Page) => page.locator('.present-count');

  /** How many slides there are, from "Slide n of N". */
  async function slideCount(page: Page): Promise<number> {
    await expect(counter(page)).toHaveText(/^Slide \d+ of \d+$/);
    return Number(/of (\d+)/.exec((await counter(page).textContent()) ?? '')?.[1]);
  }

  test('the group slides show the spread, the joint result with its close call, and each split; J and ? work from any slide', async ({
    page,
  }) => {
    await collect(page);
    // On the group page first: the tie beside the joint result, with its reasons and its own review.
    const joint = page.locator('.joint').filter({ visible: true });
    await expect(joint.locator('.joint-close')).toHaveText(TIE);
    await expect(joint.getByRole('heading', { name: /^Why / })).toBeVisible();
    await expect(joint).toContainText(REVIEW_WHEN);
    // Each statement under the one heading that is true of it: 2 of 3 is most, 1 of 3 a split.
    const after = (name: string) => page.getByRole('heading', { name, exact: true }).locator('xpath=following-sibling::ul[1]');
    await expect(after('Where the group split').getByRole('listitem')).toHaveText([`1 of 3 ${CLINIC_TEXT}Discuss: ${CLINIC_PROMPT}`]);
    await expect(after('What most of you chose').getByRole('listitem')).toHaveText([`2 of 3 ${SHARE_INFO_TEXT}`]);
    await expect(page.getByText('Each was chosen by more than half of you.').filter({ visible: true })).toHaveCount(1);
    await page.getByRole('link', { name: "Show the group's result on the projector" }).click();
    await expect(page).toHaveURL(/\/present\/#group$/);
    await expect(heading(page)).toHaveText('Where each of you landed');
    const slides = await slideCount(page);
    const spread = slideRegion(page).getByRole('figure', { name: "The group's 3 results: where each person's answers point" });
    await expect(spread.getByRole('listitem')).toHaveText(SPREAD);
    await expect(slideRegion(page).getByRole('link')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Together, your answers point to networking');
    await expect(slideRegion(page).locator('.slide-note')).toHaveText(TIE);
    await expect(slideRegion(page).getByText('Networking', { exact: true })).toBeVisible();
    await expect(slideRegion(page).getByRole('link')).toHaveCount(0);

    // Each statement chosen by a third up to half of the room gets a slide of its own: the clinic (1 of 3), not
    // sharing information (2 of 3, more than half), with a prompt that fits the way the statement points to.
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Where you split (1 of 1)');
    await expect(slideRegion(page).locator('.slide-quote')).toHaveText(`“${CLINIC_TEXT}”`);
    await expect(slideRegion(page)).toContainText('Chosen by 1 of 3.');
    await expect(slideRegion(page).locator('.slide-prompt')).toHaveText(`Discuss: ${CLINIC_PROMPT}`);
    await expect(counter(page)).toHaveText(`Slide ${slides} of ${slides}`);

    // No way name on any slide is a link; the join slide is second.
    for (let n = 1; n <= slides; n++) {
      await page.goto(`./present/#${n}`);
      await expect(counter(page)).toHaveText(`Slide ${n} of ${slides}`);
      await expect(slideRegion(page).getByRole('link'), `slide ${n} has no links`).toHaveCount(0);
    }
    await page.goto('./present/#2');
    await expect(heading(page)).toHaveText('Join on your phone');
    const joinQr = await gridOnPage(slideRegion(page).getByRole('img', { name: 'QR code that opens the questions in this workshop' }));
    expect(readGrid(joinQr)).toMatch(/\/app\/join\/#\S+$/);
    // The address to type keeps its final slash: a plain host needs it.
    await expect(slideRegion(page).locator('.join-address')).toHaveText(/^127\.0\.0\.1:\d+\/app\/join\/$/);
    await expect(slideRegion(page)).toContainText(`Workshop: ${WORKSHOP}`);

    // J opens how to join over any slide, and closes it again; ? lists the keys.
    for (const n of [1, 5, slides]) {
      await page.goto(`./present/#${n}`);
      await expect(counter(page)).toHaveText(`Slide ${n} of ${slides}`);
      await page.keyboard.press('j');
      const join = page.getByRole('dialog', { name: 'Join on your phone' });
      await expect(join).toBeVisible();
      await expect(join.getByRole('img', { name: 'QR code that opens the questions in this workshop' })).toBeVisible();
      await expect(counter(page), 'the slide stays put under the overlay').toHaveText(`Slide ${n} of ${slides}`);
      await page.keyboard.press('j');
      await expect(join).toHaveCount(0);
    }
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await expect(keys).toBeVisible();
    await expect(keys).toContainText('Show or hide how to join');
    await page.keyboard.press('Escape');
    await expect(keys).toHaveCount(0);
    await expect(heading(page)).toHaveText('Where you split (1 of 1)');
  });

  test('presentation mode works with the keyboard alone: arrows, Home and End, F for full screen, Esc to leave', async ({ page }) => {
    await collect(page);
    await open(page, './workshop/');
    await keyboardActivate(page, page.getByRole('link', { name: 'Present on a projector' }));
    await expect(page).toHaveURL(/\/present\/$/);
    await expect(heading(page)).toHaveText('Four ways of working together');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(slideRegion(page)).toBeFocused();
    const slides = await slideCount(page);

    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Join on your phone');
    await expect(counter(page)).toHaveText(`Slide 2 of ${slides}`);
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Networking');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('Cooperation');
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('Networking');
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`Slide ${slides} of ${slides}`);
    await expect(heading(page)).toHaveText('Where you split (1 of 1)');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page), 'the last slide stays last').toHaveText(`Slide ${slides} of ${slides}`);
    await page.keyboard.press('Home');
    await expect(heading(page)).toHaveText('Four ways of working together');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page), 'the first slide stays first').toHaveText(`Slide 1 of ${slides}`);
    await expect(slideRegion(page)).toBeFocused();

    // Full screen: the controls step aside once the mouse is still, and come back on a key.
    const bar = page.getByRole('toolbar', { name: 'Presentation controls' });
    await expect(bar).toBeInViewport();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null), { timeout: 20_000 }).toBe(true);
    await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar).not.toBeInViewport({ timeout: 20_000 });
    await page.keyboard.press('ArrowRight');
    await expect(bar).toBeInViewport();
    await expect(heading(page)).toHaveText('Join on your phone');
    await expect(bar).not.toBeInViewport({ timeout: 20_000 });
    await page.mouse.move(200, 200);
    await expect(bar).toBeInViewport();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null), { timeout: 20_000 }).toBe(true);
    await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'false');

    // Esc closes an overlay first, then leaves.
    await page.keyboard.press('j');
    await expect(page.getByRole('dialog', { name: 'Join on your phone' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\/present\/#2$/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/workshop\/$/);
    await expect(heading(page)).toHaveText('Run a workshop');
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    test(`every slide is axe-clean at ${size.width} x ${size.height}, and a slide too long for the screen scrolls by keyboard`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(size);
      await collect(page);
      await open(page, './present/');
      const slides = await slideCount(page);
      for (let n = 1; n <= slides; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expect(counter(page)).toHaveText(`Slide ${n} of ${slides}`);
        const slide = slideRegion(page);
        await expect(slide).toBeFocused();
        await expect(slide).toHaveAttribute('tabindex', '0');
        await expectNoAxeViolations(page, { forcedColors: n === 1 || n === slides });
        const overflows = await slide.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
        if (size.width === 1280) {
          // Nothing on the slide is cut off at its foot (its padding may scroll a little).
          const cut = await slide.evaluate((el) => {
            const foot = el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
            return [...el.children].filter((c) => c.getBoundingClientRect().bottom > foot + 1).map((c) => c.textContent?.slice(0, 40));
          });
          expect(cut, `slide ${n} fits a 1280 x 720 projector`).toEqual([]);
        }
        if (overflows) {
          await page.keyboard.press('ArrowDown');
          await expect.poll(() => slide.evaluate((el) => el.scrollTop), { message: `slide ${n} scrolls with ↓` }).toBeGreaterThan(0);
          await page.keyboard.press('ArrowUp');
          await expect
            .poll(() => slide.evaluate((el) => el.scrollTop))
            .toBeLessThan(await slide.evaluate((el) => el.scrollHeight - el.clientHeight));
        }
        // The controls stay wholly on screen, however many rows they wrap to.
        await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toBeInViewport({ ratio: 1 });
        expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), 'only the slide scrolls').toBe(true);
      }
      // The overlays too.
      await page.keyboard.press('j');
      await expect(page.getByRole('dialog', { name: 'Join on your phone' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('j');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the printed group report is one clean document with the title, date, session and facilitator', async ({ page }) => {
    await collect(page);
    await expectNoAxeViolations(page, { forcedColors: true });
    const onScreen = await page.getByRole('table', { name: "Each person's result" }).locator('tbody td:nth-child(2)').allTextContents();
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric' }));

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('region', { name: 'Group report for printing' });
    await expect(printed).toBeVisible();
    await expect(printed.getByRole('heading', { name: WORKSHOP })).toBeVisible();
    await expect(printed).toContainText('workshop report');
    await expect(printed.getByText(`${today} · Facilitator: ${FACILITATOR} · 3 people`)).toBeVisible();
    await expect(printed.getByRole('heading', { name: 'Joint recommendation' })).toBeVisible();
    await expect(printed.getByText(SHARE_INFO_TEXT).first()).toBeVisible();
    // Each person with their own result, as on screen.
    const people = printed.getByRole('table', { name: "Each person's result" }).locator('tbody tr');
    await expect(people.locator('td:nth-child(1)')).toHaveText(['Person 1', 'Person 2', 'Person 3']);
    await expect(people.locator('td:nth-child(2)')).toHaveText(onScreen);
    // The joint result's own review (the work is once-off), its tie and its reasons.
    await expect(printed.locator('.joint')).toContainText(REVIEW_WHEN);
    await expect(printed.locator('.joint-close')).toHaveText(TIE);
    await expect(printed).not.toContainText('Review date suggested');
    // The tool's name once, in the report's own heading: no site header band above it, no footer below.
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();

    // No controls, no paste instructions, nothing twice.
    await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('textbox').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText(/paste/i).filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText('Remove').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Collect results' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Joint recommendation' }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('figure').filter({ visible: true })).toHaveCount(1);

    const pdf = await page.pdf({ format: 'A4' });
    const text = await pdfText(pdf);
    expect(text).toContain(WORKSHOP);
    expect(text).toContain(`Facilitator: ${FACILITATOR}`);
    expect(text).toContain(today);
    expect(text).toContain('Joint recommendation');
    expect(text).toContain(REVIEW_WHEN);
    expect(text.match(/Ways of working together/g), 'the tool is named once').toHaveLength(1);
    expect(text).not.toMatch(/Paste|Remove|Add to the group|Scan QR codes|Clear the group|Your answers stay on this device/);
    await page.emulateMedia({ media: 'screen' });
  });
});

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
  }
  return text.replace(/\s+/g, ' ');
}

/* 3. Show of hands ------------------------------------------------------------------------------ */

test.describe('a show of hands', () => {
  const summary = (page: Page) => page.getByRole('alert').and(page.locator('.error-summary'));
  const counts = (page: Page) => page.locator('.count-field input');

  test('asks the room size first, refuses counts the room cannot give, and gives a joint result once every question is counted', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await open(page, './hands/');
    await expect(heading(page)).toHaveText('How many people are in the room?');
    await expect(counts(page)).toHaveCount(1);
    await expectNoAxeViolations(page, { forcedColors: true });

    // The room's size: a number from 1 to 999.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Enter how many people are in the room, from 1 to 999');
    await page.getByLabel('People in the room').fill('ten');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(summary(page).getByRole('listitem')).toHaveText(['People in the room: Enter a whole number, such as 5']);
    await expect(summary(page)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('People in the room').fill('10');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/hands\/#1$/);

    // A theme of goals a screen, as on the phones and the slides; no count above the room.
    await expect(heading(page)).toHaveText(THEMES[0]?.question ?? '');
    await expect(page.getByText(`Show of hands: goals, part 1 of ${THEMES.length}`)).toBeVisible();
    await expect(page.getByText('10 people in the room. No count can be higher.')).toBeVisible();
    await expect(counts(page)).toHaveCount(THEMES[0]?.count ?? 0);
    await expectNoAxeViolations(page);
    await counts(page).nth(0).fill('11');
    await counts(page).nth(1).fill('4');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(summary(page)).toBeFocused();
    const tooMany = 'That is more hands than the 10 people in the room. Check the count.';
    await expect(summary(page)).toContainText(tooMany);
    await expect(counts(page).nth(0)).toHaveAttribute('aria-invalid', 'true');
    await expect(counts(page).nth(1)).toHaveAttribute('aria-invalid', 'false');
    // The error shows beside its field too, and the field says so to a screen reader.
    const wrong = page.locator('.count-field.has-error');
    await expect(wrong).toHaveCount(1);
    await expect(wrong.locator('.error-message')).toHaveText(`Error: ${tooMany}`);
    await expect(counts(page).nth(0)).toHaveAccessibleDescription(`Error: ${tooMany}`);
    await expect(page).toHaveURL(/\/hands\/#1$/);
    await expectNoAxeViolations(page, { forcedColors: true });
    // The error links to its field.
    await summary(page).getByRole('link').click();
    await expect(counts(page).nth(0)).toBeFocused();
    await counts(page).nth(0).fill('10');
    await page.getByRole('button', { name: 'Next' }).click();

    // Every theme's screen holds all its statements, under its question.
    for (let part = 2; part <= THEMES.length; part++) {
      await expect(page).toHaveURL(new RegExp(`/hands/#${part}$`));
      await expect(page.getByText(`Show of hands: goals, part ${part} of ${THEMES.length}`)).toBeVisible();
      await expect(heading(page)).toHaveText(THEMES[part - 1]?.question ?? '');
      await expect(counts(page)).toHaveCount(THEMES[part - 1]?.count ?? 0);
      if (part === 2) await counts(page).nth(0).fill('3');
      await page.getByRole('button', { name: 'Next' }).click();
    }

    // The first situation question: its counts cannot add up to more than the room.
    const first = THEMES.length + 1;
    await expect(page).toHaveURL(new RegExp(`/hands/#${first}$`));
    await expect(page.getByText('Show of hands: the situation, question 1 of 6')).toBeVisible();
    await expect(heading(page)).toHaveText('Who do you want to work with?');
    await page.getByLabel('One other service').fill('7');
    await page.getByLabel('A few services or organisations').fill('5');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(summary(page)).toBeFocused();
    const overRoom = 'The answers add up to 12, more than the 10 people in the room. Each person gives one answer.';
    await expect(summary(page)).toContainText(overRoom);
    // An error about the whole question shows above its counts, and every count is described by it.
    await expect(page.locator('.hands .form-group.has-error > .error-message')).toHaveText(`Error: ${overRoom}`);
    await expect(page.getByLabel('One other service')).toHaveAccessibleDescription(`Error: ${overRoom}`);
    await expect(page).toHaveURL(new RegExp(`/hands/#${first}$`));
    await expectNoAxeViolations(page);
    await page.getByLabel('A few services or organisations').fill('3');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(new RegExp(`/hands/#${first + 1}$`));

    // The result names what is still to count.
    await page.getByRole('link', { name: 'Skip to the result' }).click();
    await expect(page).toHaveURL(/\/hands\/result\/$/);
    await expect(heading(page)).toHaveText('Show of hands: the group result');
    const missing = page.locator('.callout');
    await expect(missing).toContainText('Still to count:');
    await expect(missing.getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('heading', { name: 'Joint recommendation' })).toBeVisible();
    await expect(page.getByText(/^To work out a joint recommendation, count answers to: /)).toBeVisible();
    await expectNoAxeViolations(page);

    // Each missing question links to its step; count them all.
    const answersFor: Record<string, string> = {
      'How deep and widespread is the challenge you want to work on?': 'Recurring',
      'How much time and resources can your service put into this right now?': 'Regular time',
      'How well do you know the services you want to work with?': 'We know each other and have helped',
      'How long do you expect to work together on this?': 'For several months',
      'Do the leaders of your service back working together on this?': 'Yes, they support us',
    };
    for (let left = 5; left > 0; left--) {
      await expect(missing.getByRole('listitem')).toHaveCount(left);
      await missing.getByRole('link').first().click();
      await expect(page).toHaveURL(/\/hands\/#\d+$/);
      // The result stays on screen until the step's page is ready.
      await expect(heading(page)).not.toHaveText('Show of hands: the group result');
      const question = (await heading(page).textContent()) ?? '';
      const option = answersFor[question];
      expect(option, `an answer to count for “${question}”`).toBeDefined();
      await page.getByLabel(new RegExp(`^${option}`)).fill('8');
      await page.getByRole('button', { name: /^(Next|See the group result)$/ }).click();
      await open(page, './hands/result/');
    }
    await expect(missing).toHaveCount(0);
    await expect(page.getByText('From a show of hands in a room of 10 people.')).toBeVisible();
    await expect(page.locator('.joint .lead')).toHaveText(/^Together/);
    await expect(page.getByText(/^To work out a joint recommendation/)).toHaveCount(0);
    await expectNoAxeViolations(page, { forcedColors: true });
  });

  test('a step that does not exist says so plainly', async ({ page }) => {
    for (const step of ['999', 'abc']) {
      await open(page, `./hands/#${step}`);
      await expect(heading(page)).toHaveText('There is no such step');
      await expect(page.getByText(`so there is nothing at “${step}”`)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start the show of hands' })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

/* 5. The workshop pages themselves --------------------------------------------------------------- */

test('the workshop and group pages are axe-clean, empty and set up, and the set-up form explains its one error', async ({ page }) => {
  await open(page, './workshop/');
  await expect(heading(page)).toHaveText('Run a workshop');
  await expectNoAxeViolations(page, { forcedColors: true });
  await page.getByRole('button', { name: 'Save and show the join code' }).click();
  const summary = page.getByRole('alert').and(page.locator('.error-summary'));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter a name for the workshop');
  await expect(page.getByLabel('Workshop name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  // Where the details go, said once and truly: kept here, put into the join code, sent nowhere.
  await expect(
    page.getByText(/^These details are kept on this device\. .* put into the join code .* Nothing is sent to a server\.$/),
  ).toBeVisible();
  await expect(page.locator('.session-form').getByText(/stay on this device|travel in/)).toHaveCount(0);
  await setUpWorkshop(page);
  await expectNoAxeViolations(page, { forcedColors: true });

  await open(page, './group/');
  await expect(page.getByText('No results yet.')).toBeVisible();
  await expectNoAxeViolations(page, { forcedColors: true });
  // Nothing pasted, or nothing like a result link: an error on the field, not "Added 0 people".
  const problem = page.getByRole('alert').and(page.locator('.error-summary'));
  await page.getByRole('button', { name: 'Add to the group' }).click();
  await expect(problem).toBeFocused();
  await expect(problem.getByRole('link')).toHaveText(
    /^Paste the messages people sent you\. Each holds a result link that starts with 127\.0\.0\.1:\d+\/app\/r\/#$/,
  );
  await expect(pasteBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.collect .error-message')).toContainText('Paste the messages people sent you');
  await expect(report(page)).toHaveText('');
  await expectNoAxeViolations(page, { forcedColors: true });
  await paste(page, 'Morning all\nSee you at ten');
  await expect(problem.getByRole('link')).toHaveText(
    /^No result links were found in what you pasted\. Paste the whole message each person sent you/,
  );
  await expect(pasteBox(page)).toHaveValue('Morning all\nSee you at ten');
  await problem.getByRole('link').click();
  await expect(pasteBox(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Collect results/);
  // A link that is there but broken is reported as such, and clears the error.
  await paste(page, 'hello\nhttp://127.0.0.1/app/r/#2g.broken');
  await expect(problem).toHaveCount(0);
  await expect(report(page)).toContainText('No one new was added.');
  await expect(report(page)).toContainText('1 could not be added');
  await expectNoAxeViolations(page);
});

/* 6. In step with the room, and readable from the back ------------------------------------------- */

test('the goal slides, the show of hands and the phones list the same statements, a theme at a time, in the same order', async ({
  page,
  devices,
}) => {
  test.setTimeout(120_000);
  await setUpWorkshop(page);
  const phone = await (await devices()).newPage();
  for (const [i, theme] of THEMES.entries()) {
    // The phone, as a participant sees this theme.
    await open(phone, `./goal/${theme.id}/`);
    await expect(heading(phone)).toHaveText(theme.question);
    await expect(phone.getByText(`Your goals: part ${i + 1} of ${THEMES.length}`)).toBeVisible();
    const onPhone = await phone
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => ((b as HTMLInputElement).labels?.[0]?.textContent ?? '').trim()));
    expect(onPhone).toHaveLength(theme.count);

    // The slide: the same caption, question and statements, in the same order, numbered from 1.
    await open(page, `./present/#goals-${i + 1}`);
    const slide = page.getByRole('region').and(page.locator('.slide'));
    await expect(slide.locator('.slide-caption')).toHaveText(`Your goals: part ${i + 1} of ${THEMES.length}`);
    await expect(heading(page)).toHaveText(theme.question);
    await expect(slide.locator('.slide-statements > li')).toHaveText(onPhone);
    await expect(slide.locator('.slide-statements')).not.toHaveAttribute('start', /^[02-9]/);

    // The show of hands: the same question and statements, one count each.
    await open(page, `./hands/#${i + 1}`);
    await expect(heading(page)).toHaveText(theme.question);
    await expect(page.getByText(`Show of hands: goals, part ${i + 1} of ${THEMES.length}`)).toBeVisible();
    await expect(page.locator('.count-field label')).toHaveText(onPhone.map((t) => `“${t}”`));
  }
  // No theme needed a second slide, so none says "(continued)".
  await open(page, './present/');
  const titles: string[] = [];
  const total = Number(/of (\d+)/.exec((await page.locator('.present-count').textContent()) ?? '')?.[1]);
  for (let n = 1; n <= total; n++) {
    await page.goto(`./present/#${n}`);
    await expect(page.locator('.present-count')).toHaveText(`Slide ${n} of ${total}`);
    titles.push((await heading(page).textContent()) ?? '');
  }
  expect(titles.filter((t) => t.includes('(continued)'))).toEqual([]);
  expect(titles.filter((t) => THEMES.some((th) => th.question === t))).toEqual(THEMES.map((t) => t.question));
});

for (const size of [
  { width: 1280, height: 720, least: 450 },
  { width: 1920, height: 1080, least: 700 },
]) {
  test(`the join slide's QR code is as large as the slide allows at ${size.width} x ${size.height}, with nothing cut off`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const joinLink = await setUpWorkshop(page);
    await open(page, './present/#join');
    const slide = page.getByRole('region').and(page.locator('.slide'));
    const qr = slide.getByRole('img', { name: 'QR code that opens the questions in this workshop' });
    expect(readGrid(await gridOnPage(qr))).toBe(joinLink);
    const box = await qr.boundingBox();
    const room = await slide.boundingBox();
    if (box === null || room === null) throw new Error('the join slide is not on screen');
    // Square, at least this many pixels a side, and most of the slide's height.
    expect(Math.abs(box.width - box.height)).toBeLessThan(2);
    expect(box.height, 'the code is large enough to scan from the back of a room').toBeGreaterThanOrEqual(size.least);
    expect(box.height / room.height).toBeGreaterThan(0.7);
    // Wholly on the slide, beside its words, with no scrolling.
    expect(box.y + box.height).toBeLessThanOrEqual(room.y + room.height);
    expect(await slide.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), 'the join slide does not scroll').toBe(true);
    await expect(slide.locator('.join-address')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toBeInViewport({ ratio: 1 });
  });
}

test('when the camera cannot start, the scanner says so and offers one button to close it', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await open(page, './group/');
  // The one scan button, whatever it says.
  const scan = page.locator('.collect button[aria-expanded]');
  await expect(scan).toHaveText('Scan QR codes with the camera');
  await scan.click();
  const scanner = page.getByRole('region', { name: 'Scan result QR codes' });
  await expect(scanner.getByRole('status')).toHaveText(/^The camera could not start\./);
  await expect(page.getByRole('button', { name: /Stop scanning|Close the scanner/ })).toHaveCount(1);
  await expect(scan).toHaveText('Close the scanner');
  await expect(scan).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  await scan.click();
  await expect(scanner).toHaveCount(0);
  await expect(scan).toHaveText('Scan QR codes with the camera');
  await expect(scan).toBeFocused();
});
