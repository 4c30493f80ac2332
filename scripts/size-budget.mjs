// npm run size [-- --dist DIR --budget BYTES]: fails when the first page's download is over budget.
// The first page is index.html plus every script, stylesheet and preloaded module it names, and
// every module those import statically, and the code it loads once painted to come alive
// (React and the page's own code). Chunks loaded later still (other pages, import()) are not counted.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(arg('--dist', 'dist'));
const budget = Number(arg('--budget', 85_000));

const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`size: no ${indexPath}; run the build first (npm run build).`);
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');
const seen = new Map();
// What the page names in its HTML, and the code it loads after its first paint to come alive
// (listed by the prerenderer, since the page asks for it from script).
const pagesPath = join(dist, '.vite/pages.json');
const later = existsSync(pagesPath) ? (JSON.parse(readFileSync(pagesPath, 'utf8'))['/'] ?? []) : [];
const queue = [...[...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]), ...later]
  .filter((href) => /\.(js|css)$/.test(href))
  .map((href) => resolve(dist, href));

while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file) || !existsSync(file)) continue;
  const body = readFileSync(file);
  seen.set(file, gzipSync(body, { level: 9 }).length);
  if (file.endsWith('.js')) {
    // Static imports only: `import{x}from"./a.js"` or `import"./a.js"`, not `import("./a.js")`.
    for (const m of body.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), m[1]));
    }
  }
}

const htmlSize = gzipSync(html, { level: 9 }).length;
const total = [...seen.values()].reduce((a, b) => a + b, htmlSize);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`First page (gzipped): ${kb(total)} of a ${kb(budget)} budget`);
console.log(`  index.html ${kb(htmlSize)}`);
for (const [file, size] of [...seen].sort((a, b) => b[1] - a[1])) console.log(`  ${file.slice(dist.length + 1)} ${kb(size)}`);
if (total > budget) {
  console.error(`size: the first page is ${kb(total)}, over the ${kb(budget)} budget by ${kb(total - budget)}.`);
  process.exit(1);
}
