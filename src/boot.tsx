import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, APP_READY, findRoute } from './app/app.tsx';
import { whenIdle } from './ui/lib/idle.ts';

/**
 * React takes over the page.
 * - `hydrate`: the HTML is the finished page. React adopts it as a transition, so the work is done
 *   in short slices and a tap or key press is never held up behind it.
 * - `draw`: the HTML is only the frame (a page filled in from the link in its address, or an old
 *   address rewritten). The page is drawn afresh, also as a transition: the frame stays on screen
 *   until the filled page replaces it in one step, so nothing flashes or moves.
 */
export async function boot(root: HTMLElement, base: string, path: string, how: 'hydrate' | 'draw'): Promise<void> {
  await findRoute(path)?.preload();
  const app = (
    <StrictMode>
      <App base={base} />
    </StrictMode>
  );
  if (how === 'hydrate') {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    const reactRoot = createRoot(root);
    startTransition(() => reactRoot.render(app));
  }

  // Offline use and the icons wait until the page has loaded, shows what it is for, and the
  // browser is idle, so they never compete with it.
  await Promise.all([
    document.readyState === 'complete' ? null : new Promise((resolve) => window.addEventListener('load', resolve, { once: true })),
    document.documentElement.dataset['app'] === 'ready'
      ? null
      : new Promise((resolve) => window.addEventListener(APP_READY, resolve, { once: true })),
  ]);
  whenIdle(() => void import('./ui/lib/service-worker.ts').then((m) => m.startServiceWorker()));
}
