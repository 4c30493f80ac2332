// npm run audit: Lighthouse (mobile) against the built app, served from a sub-folder by a plain
// static server, three runs, medians printed. Uses the system Chromium (CHROME_PATH, or
// /usr/bin/chromium). Reports go to .audit/. With --strict, exits 1 below a score of 100.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = 4180;
const url = `http://127.0.0.1:${port}/app/`;
const runs = Number(process.env.AUDIT_RUNS ?? 3);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`audit: no Chromium at ${chrome}. Install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}
if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('audit: no dist/ yet; run npm run build first.');
  process.exit(1);
}

const server = spawn('node', [resolve(root, 'scripts/serve-dist.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const results = [];
mkdirSync(resolve(root, '.audit'), { recursive: true });
try {
  for (let i = 1; i <= runs; i++) {
    const out = resolve(root, `.audit/lighthouse-${i}.json`);
    execFileSync(
      resolve(root, 'node_modules/.bin/lighthouse'),
      [url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${categories.join(',')}`, `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    results.push({
      scores: Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
      lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
      bytes: report.audits['total-byte-weight']?.numericValue ?? NaN,
      lighthouse: report.lighthouseVersion,
    });
  }
} finally {
  server.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Lighthouse ${results[0]?.lighthouse} (mobile), median of ${runs} run${runs === 1 ? '' : 's'}, ${url}`);
let below = false;
for (const c of categories) {
  const score = median(results.map((r) => r.scores[c]));
  if (score < 100) below = true;
  console.log(`  ${c.padEnd(15)} ${String(score).padStart(3)}   (runs: ${results.map((r) => r.scores[c]).join(', ')})`);
}
console.log(`  largest contentful paint ${(median(results.map((r) => r.lcp)) / 1000).toFixed(2)} s`);
console.log(`  total blocking time      ${Math.round(median(results.map((r) => r.tbt)))} ms`);
console.log(`  total transfer           ${(median(results.map((r) => r.bytes)) / 1000).toFixed(1)} KB`);
if (below && process.argv.includes('--strict')) process.exit(1);
