import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, findRoute } from './app/app.tsx';
import { legacyAddress } from './app/location.ts';
import { whenIdle } from './ui/lib/idle.ts';
import { basePath } from './ui/lib/urls.ts';
import './ui/styles.css';

/*
 * The entry. Most pages arrive as finished HTML (built by scripts/prerender.mjs), so the first
 * paint never waits for this script: here React takes over that HTML (hydrates it) once the page's
 * code has loaded. An address from before the tool had real pages (#/r/…) is rewritten in place
 * first, and that page is rendered afresh instead.
 */
const root = document.getElementById('root');
if (root === null) throw new Error('the page has no #root element');

const base = basePath();
const old = legacyAddress(location.hash);
if (old !== null) history.replaceState(null, '', `${base}/${old}`);
const path = location.pathname.slice(base.length) || '/';
await findRoute(path)?.preload();

const app = (
  <StrictMode>
    <App base={base} />
  </StrictMode>
);
if (old === null && root.dataset['route'] === path && root.firstElementChild !== null) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}

// A new version of the tool taking over reloads the page into it. Listened for from the start, so
// an update that activates before the service worker code below loads is not missed; the first
// install takes control silently.
const hadController = navigator.serviceWorker?.controller != null;
navigator.serviceWorker?.addEventListener('controllerchange', () => {
  if (hadController) location.reload();
});

// Offline use and the icons wait until the page is up and the browser is idle, so they never
// compete with the first screen.
whenIdle(() => {
  void import('./ui/lib/service-worker.ts').then((m) => m.startServiceWorker());
});
