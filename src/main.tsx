import { legacyAddress } from './app/legacy-address.ts';
import { basePath } from './ui/lib/urls.ts';
import './ui/styles.css';

/*
 * The entry, kept tiny. Most pages arrive as finished HTML (built by scripts/prerender.mjs), so
 * the first paint never waits for script: a finished page is painted first, and only then does
 * React's code run (boot.tsx) and take the page over. A page filled in from the link in its
 * address (#…) starts React at once, since that is what fills it in. An address from before the
 * tool had real pages (#/r/…) is rewritten in place first, and that page is drawn afresh.
 */
const root = document.getElementById('root');
if (root === null) throw new Error('the page has no #root element');

const base = basePath();
const old = legacyAddress(location.hash);
if (old !== null) history.replaceState(null, '', `${base}/${old}`);
const path = location.pathname.slice(base.length) || '/';

// A new version of the tool taking over reloads the page into it. Listened for from the start, so
// an update that activates before the service worker code loads is not missed; the first install
// takes control silently.
const hadController = navigator.serviceWorker?.controller != null;
navigator.serviceWorker?.addEventListener('controllerchange', () => {
  if (hadController) location.reload();
});

const finished = old === null && location.hash === '' && root.dataset['route'] === path && root.firstElementChild !== null;
const start = () => void import('./boot.tsx').then((m) => m.boot(root, base, path, finished ? 'hydrate' : 'draw'));
if (finished) afterFirstPaint(start);
else start();

/** Runs once the browser has painted what it has (or soon, in a tab that is not drawing frames). */
function afterFirstPaint(work: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 300);
}
