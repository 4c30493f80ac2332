// npm run bench:steps: how long each step of the questionnaire takes to appear, from pressing
// Continue to the next page painted, in Chromium with the CPU slowed 4x (like a cheap phone).
// Every step of the goal journey, from "Where would you like to start?" to the result; median of
// 10 runs. Measured inside the page (click to the first frame after the new heading is in place),
// so Playwright's own polling is not counted. Exits 1 if any step's median is over the budget.
import type { Page } from '@playwright/test';
import { openBuiltSite } from './built-site.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const BUDGET_MS = 100;
const PORT = 4182;

const { browser, base, close } = await openBuiltSite(PORT);

/** Presses a control and resolves with the milliseconds until the next page's heading is painted. */
async function timed(page: Page, press: () => Promise<void>): Promise<number> {
  const before = (await page.locator('h1').first().textContent()) ?? '';
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  const done = page.evaluate<number>(`new Promise((resolveTime) => {
    let t0 = 0;
    document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      if (text !== '' && text !== ${JSON.stringify(before)}) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - t0), 0));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`);
  await press();
  return done;
}

const times = new Map<string, number[]>();
const record = (step: string, ms: number) => times.set(step, [...(times.get(step) ?? []), ms]);
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}begin/`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    // Give the idle preloading a moment, as a person reading the page would.
    await page.waitForTimeout(1000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const step = async (label: string, choose: () => Promise<void>, control = page.getByRole('button', { name: 'Continue' })) => {
      await choose();
      await page.waitForTimeout(300);
      record(label, await timed(page, () => control.click()));
    };
    await step('where to start → first page of goals', () => page.getByRole('radio', { name: 'From your goals' }).check());
    let part = 1;
    while ((await page.getByRole('radio').count()) === 0) {
      await step(`goals, part ${part} → next`, async () => {
        if (part === 1) await page.getByRole('checkbox').first().check();
      });
      part++;
    }
    let question = 1;
    while ((await page.getByRole('radio').count()) > 0) {
      await step(`situation question ${question} → next`, () => page.getByRole('radio').first().check());
      question++;
    }
    await step('check answers → result', () => Promise.resolve(), page.getByRole('link', { name: 'See your suggestion' }));
    await context.close();
  }
} finally {
  await close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(`Continue → next page painted, Chromium, CPU slowed 4x, median of ${RUNS} runs (budget ${BUDGET_MS} ms)`);
console.log('| step | median | slowest |');
console.log('|---|---|---|');
let over = 0;
for (const [label, ms] of times) {
  const m = median(ms);
  if (m > BUDGET_MS) over++;
  console.log(`| ${label} | ${m.toFixed(0)} ms | ${Math.max(...ms).toFixed(0)} ms |`);
}
if (over > 0) {
  console.error(`bench:steps: ${over} step${over === 1 ? '' : 's'} over the ${BUDGET_MS} ms budget.`);
  process.exit(1);
}
