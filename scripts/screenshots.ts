// npm run screenshots: renders the start, question, result and shared-result pages at 360 x 740
// (a phone) and 1280 x 800 (a laptop) into docs/, from the built app, so the README's pictures
// show what people really see. Results come from the guide's own case.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBuiltSite } from './built-site.ts';
import { checkContentDir } from './read-content.ts';
import { encodeResult } from '../src/domain/links/result-link.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs');
const PORT = 4186;
const checked = checkContentDir(resolve(root, 'content'));
if (!checked.ok) throw new Error('content/ is invalid');

const answers = {
  picks: ['g-share-info', 'g-shared-clients', 'g-change-systems'],
  context: { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
};
const saved = JSON.stringify({
  version: 2,
  state: { answers: { goals: answers.picks, outputs: [], context: answers.context }, ticks: { 'net-time': true } },
});
const shared = encodeResult(checked.content, {
  journey: 'goal',
  answers,
  ticks: ['net-time'],
  token: 'q7k2m',
  services: { from: 'Riverside Hospital', with: 'Northside Legal' },
});
const pages = [
  ['start', ''],
  ['question', 'goal/clients/'],
  ['result', 'goal/result/'],
  ['shared-result', `r/#${shared}`],
] as const;

mkdirSync(out, { recursive: true });
const { browser, base, close } = await openBuiltSite(PORT);
try {
  for (const [label, viewport] of [
    ['phone', { width: 360, height: 740 }],
    ['laptop', { width: 1280, height: 800 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript((state) => localStorage.setItem('ways-of-working:v1', state), saved);
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(`${base}${path}`);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: resolve(out, `${name}-${label}.png`) });
      console.log(`docs/${name}-${label}.png`);
    }
    await context.close();
  }
} finally {
  await close();
}
