// npm run bench:group: how long the group view takes with 200 participants.
// Measures the pure group summary in Node, then a paste of 200 links into the built app's group
// view in Chromium with the CPU slowed 4x (like a cheap laptop), from click to summary on screen.
// Median of several runs; exits 1 if the browser figure is over the budget (a visible delay).
import { resolve } from 'node:path';
import { openBuiltSite } from './built-site.ts';
import { checkContentDir } from './read-content.ts';
import { addResults, groupSummary } from '../src/domain/group.ts';
import { encodeResult } from '../src/domain/links/result-link.ts';
import { encodeGroup } from '../src/domain/links/group-link.ts';

const PARTICIPANTS = 200;
const RUNS = 5;
const BUDGET_MS = 200;
const root = resolve(import.meta.dirname, '..');
const checked = checkContentDir(resolve(root, 'content'));
if (!checked.ok) throw new Error('content/ is invalid: run npm run content:check');
const content = checked.content;

// Varied answers from a seeded generator, so every run measures the same 200 people, each with
// their own token, as their phones would give them.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const links: string[] = [];
for (let i = 0; links.length < PARTICIPANTS && i < 10_000; i++) {
  const journey = random() < 0.3 ? 'outputs' : 'goal';
  const list = journey === 'goal' ? content.goals.statements : content.outputs.statements;
  const picks = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(list).id);
  const context = Object.fromEntries(content.context.questions.map((q) => [q.id, pick(q.options).id]));
  const token = Array.from({ length: 5 }, () => pick([...'0123456789abcdefghjkmnpqrstvwxyz'])).join('');
  const link = `http://127.0.0.1:4181/app/r/#${encodeResult(content, { journey, answers: { picks, context }, token })}`;
  if (!links.includes(link)) links.push(link);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const participants = addResults(content, [], links.join('\n')).participants;
if (participants.length !== PARTICIPANTS) throw new Error(`expected ${PARTICIPANTS} distinct participants, got ${participants.length}`);
const nodeTimes = Array.from({ length: 50 }, () => {
  const t0 = performance.now();
  groupSummary(content, participants);
  return performance.now() - t0;
});

const { browser, base, close } = await openBuiltSite(4181);
const browserTimes: Record<number, number[]> = { 1: [], 4: [] };
const wholeTimes: Record<number, number[]> = { 1: [], 4: [] };
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  for (const rate of [1, 4] as const)
    for (let run = 0; run < RUNS; run++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${base}group/`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByLabel('Paste results').fill(links.join('\n'));
      // Measured inside the page, from the click to the first frame painted after the summary
      // appears, so Playwright's own polling is not counted.
      const done = page.evaluate(
        (count) =>
          new Promise<[number, number]>((resolveTime) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add to the group');
            let t0 = 0;
            button?.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
            let summary = 0;
            const observer = new MutationObserver(() => {
              if (summary === 0 && document.body.textContent?.includes(`Where each person's answers point (${count} people)`)) {
                requestAnimationFrame(() => setTimeout(() => (summary = performance.now() - t0), 0));
              }
              // The rest of the page (each person's row, the group's link) is drawn just after.
              if (document.getElementById(`name-${count - 1}`) !== null) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolveTime([summary, performance.now() - t0]), 0));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
        PARTICIPANTS,
      );
      await page.getByRole('button', { name: 'Add to the group' }).click();
      const [elapsed, whole] = await done;
      browserTimes[rate]?.push(elapsed);
      wholeTimes[rate]?.push(whole);
    }
} finally {
  await close();
}

const inBrowser = median(browserTimes[4] ?? []);
console.log(`Group view with ${PARTICIPANTS} participants`);
console.log(`  group summary (Node, median of 50):                    ${median(nodeTimes).toFixed(2)} ms`);
for (const rate of [1, 4]) {
  const times = browserTimes[rate] ?? [];
  console.log(
    `  paste to painted summary, Chromium, ${rate}x CPU slowdown:  ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
}
console.log(
  `  paste to the whole page drawn (each person's row, the link), 4x:  ${median(wholeTimes[4] ?? []).toFixed(0)} ms  (not budgeted: below the summary)`,
);
console.log(`  budget at 4x: ${BUDGET_MS} ms`);
const groupLink = `https://example.org/tool/g/#${encodeGroup(content, { session: 'Workshop', facilitator: '', participants })}`;
console.log(`  group link for all ${PARTICIPANTS}: ${groupLink.length} characters`);
if (inBrowser > BUDGET_MS) {
  console.error(`bench:group: ${inBrowser.toFixed(0)} ms is over the ${BUDGET_MS} ms budget.`);
  process.exit(1);
}
