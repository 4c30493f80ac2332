// Builds every page of the tool as static HTML, after `vite build` (the browser code) and
// `vite build --ssr src/app/prerender.tsx` (the same app, for Node). Part of `npm run build`,
// before the service worker's precache list is made (build-sw.mjs), so the list includes them.
//
// Each page gets:
//   <base href>   pointing at the tool's folder ("../../" for /goal/clients/), so every relative
//                 address resolves the same from any page, on any host, in any sub-folder
//   a strict Content Security Policy, its own <title>, the rendered HTML inside #root (marked
//   with its route, so the browser hydrates it rather than drawing it again), and links to the
//   code and styles of its page, so they load in parallel rather than one after another.
// Also 404.html, which any static host serves for an unknown address: a link that lost its "#"
// (…/r/2.gg5…) is taken to the right result, anything else to the start page.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const ssr = await import(
  pathToFileURL(
    join(
      resolve(process.env.PRERENDER ?? join(root, 'node_modules/.cache/prerender', dist.replace(/[^A-Za-z0-9]+/g, '-'))),
      'prerender.js',
    ),
  ).href
);
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The files a module needs at once: its own chunk, the chunks it imports statically, and their styles. */
function filesOf(key, seen = new Set()) {
  const entry = manifest[key];
  if (entry === undefined || seen.has(key)) return { js: [], css: [] };
  seen.add(key);
  const out = { js: [entry.file], css: [...(entry.css ?? [])] };
  for (const imported of entry.imports ?? []) {
    const more = filesOf(imported, seen);
    out.js.push(...more.js);
    out.css.push(...more.css);
  }
  return out;
}

const inTemplate = (file) => template.includes(`./${file}"`);

// The template's styles go first in <head>: they are all the first paint waits for.
const styles = [...template.matchAll(/\n\s*<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
const lean = styles.reduce((html, link) => html.replace(link, ''), template).replace('<title>', `${styles.join('').trim()}\n    <title>`);
// React itself, loaded by the entry once the page has painted (main.tsx), fetched alongside it.
const boot = Object.keys(manifest).find((key) => key.endsWith('src/boot.tsx'));
if (boot === undefined) throw new Error('prerender: the build has no src/boot.tsx chunk');

/** What each page loads to come alive, for the size budget (scripts/size-budget.mjs). */
const loads = {};

function page(path, { html, title }) {
  const depth = path.split('/').filter(Boolean).length;
  const base = depth === 0 ? './' : '../'.repeat(depth);
  const source = ssr.routeSource(path);
  const own = source === undefined ? { js: [], css: [] } : filesOf(source);
  const js = [...new Set([...filesOf(boot).js, ...own.js])].filter((f) => !inTemplate(f));
  const css = [...new Set(own.css)].filter((f) => !inTemplate(f));
  loads[path] = [...js, ...css];
  // A page of the explorer is the same for everyone and finished as HTML. Its code is only needed
  // for what comes next, so it is asked for after the first paint (main.tsx), and the small entry
  // is fetched after the styles; any other page starts fetching all its code at once.
  const quiet = source?.includes('/features/explore/') === true;
  const priority = quiet ? ' fetchpriority="low"' : '';
  const links = [
    ...css.map((f) => `<link rel="stylesheet" href="./${f}">`),
    ...(quiet ? [] : js.map((f) => `<link rel="modulepreload" href="./${f}">`)),
  ].join('\n    ');
  return lean
    .replace(/<script type="module" /g, `<script type="module"${priority} `)
    .replace(/<link rel="modulepreload" /g, `<link rel="modulepreload"${priority} `)
    .replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <base href="${base}">\n    <meta http-equiv="Content-Security-Policy" content="${ssr.CSP}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title || 'Ways of working together')}</title>`)
    .replace('</head>', `  ${links}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-route="${path}">${html}</div>`);
}

const paths = ssr.prerenderPaths();
for (const path of paths) {
  const out = join(dist, path, 'index.html');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, page(path, await ssr.render(path)));
}

// The 404 page cannot know which folder the tool is in, so its one script (allowed by its hash in
// the page's own policy) works it out from the address, or by asking for the manifest.
const recover = `(function () {
  var known = ${JSON.stringify(ssr.FIRST_SEGMENTS)};
  var withCode = { r: 1, p: 1, g: 1, h: 1, c: 1, join: 1 };
  var parts = location.pathname.replace(/\\/{2,}/g, '/').split('/');
  for (var i = 1; i < parts.length; i++) {
    if (known.indexOf(parts[i]) < 0) continue;
    var folder = parts.slice(0, i).join('/') + '/';
    var rest = parts.slice(i + 1).filter(Boolean);
    if (withCode[parts[i]] && rest.length > 0) {
      var handout = parts[i] === 'r' && (rest[0] === 'handout' || rest[1] === 'handout');
      var code = rest[0] === 'handout' ? rest[1] || '' : rest[0];
      location.replace(folder + parts[i] + '/' + (handout ? 'handout/' : '') + '#' + code);
    } else location.replace(folder);
    return;
  }
  var tries = [];
  for (var j = parts.length - 1; j >= 1; j--) tries.push(parts.slice(0, j).join('/') + '/');
  (function next() {
    var folder = tries.shift();
    if (folder === undefined) return;
    fetch(folder + 'manifest.webmanifest', { method: 'HEAD' }).then(function (r) {
      if (r.ok) location.replace(folder);
      else next();
    }, next);
  })();
})();`;
const hash = createHash('sha256').update(recover).digest('base64');
writeFileSync(
  join(dist, '404.html'),
  `<!doctype html>
<html lang="en-AU">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'sha256-${hash}'; connect-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'">
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Page not found – Ways of working together</title>
  </head>
  <body>
    <h1>Page not found</h1>
    <p>We're taking you to the right page. If nothing happens, go to the start page of the tool you were using.</p>
    <script>${recover}</script>
  </body>
</html>
`,
);
writeFileSync(join(dist, '.vite/pages.json'), JSON.stringify(loads, null, 1));
console.log(`Prerendered ${paths.length} pages and 404.html into ${relative(root, dist) || '.'}/.`);
