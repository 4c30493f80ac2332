// npm run audit: Lighthouse (mobile: simulated slow 4G and a 4x slower CPU) on the built tool and,
// in the same run, on a bare React 19 page built with the same toolchain, as a reference. Runs are
// interleaved (reference, start, question, result link, then again) five times, so the machine's
// load falls on all of them alike; it prints medians and each page's ratio to the reference. On a
// noisy machine the ratios are the figures that count. Uses the system Chromium (CHROME_PATH or
// /usr/bin/chromium). Reports go to .audit/. Expects a build (npm run audit builds first).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.AUDIT_RUNS ?? 5);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = 4180;
if (!existsSync(chrome)) {
  console.error(`audit: no Chromium at ${chrome}. Install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}
const dist = resolve(process.env.DIST ?? resolve(root, 'dist'));
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`audit: no build in ${dist} yet; run npm run build first.`);
  process.exit(1);
}

// The reference and the tool are served side by side, from one server, at /app/ and /app/reference/.
const site = resolve(root, process.env.AUDIT_SITE ?? '.audit/site');
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
await build({
  root: resolve(root, 'scripts/reference'),
  configFile: false,
  logLevel: 'warn',
  base: './',
  plugins: [react()],
  build: { outDir: resolve(site, 'reference'), emptyOutDir: true, target: 'es2022' },
});

// A result link as the other service first meets it: made with the tool's own encoder.
const { code } = JSON.parse(
  execFileSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/audit-link.ts')], { cwd: root, encoding: 'utf8' }),
);
const base = `http://127.0.0.1:${port}/app/`;
const targets = [
  ['reference (bare React)', `${base}reference/`],
  ['start page', base],
  ['a question page', `${base}goal/clients/`],
  ['a result link', `${base}r/#${code}`],
];

const server = spawn('node', [resolve(root, 'scripts/serve-dist.mjs')], {
  env: { ...process.env, PORT: String(port), DIST: site },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const results = Object.fromEntries(targets.map(([name]) => [name, []]));
mkdirSync(resolve(root, '.audit'), { recursive: true });
let version = '';
try {
  for (let run = 1; run <= runs; run++) {
    for (const [name, url] of targets) {
      const out = resolve(root, `.audit/${name.replace(/\W+/g, '-')}-${run}.json`);
      execFileSync(
        resolve(root, 'node_modules/.bin/lighthouse'),
        [
          url,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=${flags}`,
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const report = JSON.parse(readFileSync(out, 'utf8'));
      version = report.lighthouseVersion;
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      results[name].push({
        performance: Math.round((report.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((report.categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((report.categories.seo?.score ?? 0) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
      });
    }
  }
} finally {
  server.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = (name, key) => median(results[name].map((r) => r[key]));
const ref = targets[0][0];
console.log(
  `Lighthouse ${version} (mobile), ${runs} interleaved runs, medians. Reference: a bare React 19 page built with the same toolchain.`,
);
console.log('| page | performance | LCP | LCP ÷ reference | FCP | CLS | TBT | transfer | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name] of targets) {
  const cells = [
    name,
    m(name, 'performance'),
    `${(m(name, 'lcp') / 1000).toFixed(2)} s`,
    `${(m(name, 'lcp') / m(ref, 'lcp')).toFixed(2)}×`,
    `${(m(name, 'fcp') / 1000).toFixed(2)} s`,
    m(name, 'cls').toFixed(3),
    `${Math.round(m(name, 'tbt'))} ms`,
    `${(m(name, 'bytes') / 1000).toFixed(1)} KB`,
    m(name, 'accessibility'),
    m(name, 'bestPractices'),
    m(name, 'seo'),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
