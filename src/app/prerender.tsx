/*
 * The build-time entry (scripts/prerender.mjs runs it in Node): renders every page that does not
 * depend on a link's code or on saved answers into finished HTML, and the frame of those that do
 * (a result opened from a link shows its header, heading area and footer at once, then fills in).
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import review from 'virtual:content/review';
import { content } from '../content/content.ts';
import { WAY_IDS } from '../content/way-ids.ts';
import { JOURNEYS, journeySteps } from '../domain/flow.ts';
import { collectedTitle, resetCollectedTitle } from '../ui/components/page.tsx';
import { App, findRoute } from './app.tsx';
import { ROUTES } from './routes.tsx';
import { CSP } from './csp.ts';

export { CSP };

/** The module holding the page at an address, for the prerenderer's links to its code. */
export function routeSource(path: string): string | undefined {
  return findRoute(path)?.source;
}

/** The first part of every address the tool has ("r", "ways", "goal"…), for the 404 page's recovery. */
export const FIRST_SEGMENTS = [
  ...new Set(
    ROUTES.flatMap((r) => {
      const first = r.path.split('/')[1] ?? '';
      return first === ':journey' ? [...JOURNEYS] : first === '' ? [] : [first];
    }),
  ),
];

/** Every address to build as a page of HTML. */
export function prerenderPaths(): string[] {
  const steps = (journey: (typeof JOURNEYS)[number]) =>
    journeySteps(content, journey)
      .filter((s) => s.kind !== 'check')
      .map((s) => s.id);
  const paths = [
    '/',
    '/begin/',
    '/ways/',
    ...WAY_IDS.map((w) => `/ways/${w}/`),
    '/compare/',
    '/principles/',
    '/about/',
    '/accessibility/',
    '/resume/',
    '/r/',
    '/r/handout/',
    '/plan/',
    '/p/',
    '/c/',
    '/review/check/',
    '/review/summary/',
    ...review.questions.flatMap((q) => [`/review/${q.id}/`, `/review/${q.id}/change/`]),
    '/workshop/',
    '/join/',
    '/present/',
    '/group/',
    '/g/',
    '/hands/',
    '/hands/result/',
    '/h/',
    ...JOURNEYS.flatMap((j) => [
      ...steps(j).flatMap((s) => [`/${j}/${s}/`, `/${j}/${s}/change/`]),
      `/${j}/check/`,
      `/${j}/result/`,
      `/${j}/readiness/`,
      `/${j}/handout/`,
    ]),
  ];
  const missing = paths.filter((p) => findRoute(p) === undefined);
  if (missing.length > 0) throw new Error(`No route for ${missing.join(', ')}`);
  return paths;
}

/** Renders one address to the HTML inside #root, and the page's title. */
export async function render(path: string): Promise<{ html: string; title: string }> {
  resetCollectedTitle();
  await findRoute(path)?.preload();
  // A large page would otherwise be sent in parts joined by an inline script, which the pages'
  // Content Security Policy forbids: the whole page is one piece of HTML.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App base="" ssrPath={path} />
    </StrictMode>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { html, title: collectedTitle() };
}
