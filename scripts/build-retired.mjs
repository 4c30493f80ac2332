// npm run build:retired [-- --moved-to URL]: the files to publish in place of the tool when it is
// taken down or moved: the retiring service worker (retired-sw.js), and an index.html and
// 404.html that say so (with the new address, if given). Written to dist-retired/.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.env.RETIRED_DIST ?? resolve(root, 'dist-retired'));
const at = process.argv.indexOf('--moved-to');
const movedTo = at >= 0 ? process.argv[at + 1] : undefined;
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const page = `<!doctype html>
<html lang="en-AU">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'">
    <title>This tool is no longer here – Ways of working together</title>
  </head>
  <body>
    <h1>This tool is no longer here</h1>
    <p>${movedTo === undefined ? 'Ways of working together has been taken down from this address.' : `Ways of working together has moved to <a href="${escape(movedTo)}">${escape(movedTo)}</a>.`}</p>
    <p>Answers people saved are still in their own browsers; nothing was ever kept here.</p>
  </body>
</html>
`;
mkdirSync(out, { recursive: true });
copyFileSync(resolve(root, 'scripts/retired-sw.js'), resolve(out, 'sw.js'));
writeFileSync(resolve(out, 'index.html'), page);
writeFileSync(resolve(out, '404.html'), page);
console.log(`Retired site written to ${out}: publish it in place of the tool.`);
