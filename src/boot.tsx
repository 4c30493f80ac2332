import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, findRoute } from './app/app.tsx';
import { whenIdle } from './ui/lib/idle.ts';

/**
 * React takes over the page. Finished HTML is hydrated as a transition, so the work is done in
 * short slices and a tap or key press on the page is never held up behind it; any other page
 * (an old address that was rewritten, or HTML built for another address) is drawn afresh.
 */
export async function boot(root: HTMLElement, base: string, path: string, fresh: boolean): Promise<void> {
  await findRoute(path)?.preload();
  const app = (
    <StrictMode>
      <App base={base} />
    </StrictMode>
  );
  if (!fresh && root.dataset['route'] === path && root.firstElementChild !== null) {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }

  // Offline use and the icons wait until the page is up and the browser is idle, so they never
  // compete with the first screen.
  whenIdle(() => {
    void import('./ui/lib/service-worker.ts').then((m) => m.startServiceWorker());
  });
}
