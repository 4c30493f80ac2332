import { appRoot } from './urls.ts';

/*
 * Offline use: registers the service worker built by scripts/build-sw.mjs, and adds the icons and
 * web manifest to the page (late, so their requests never delay the first paint). When a new
 * version is published, its service worker takes over at once and the page reloads into it
 * (main.tsx listens for that from the start); answers are saved on the device, so nothing is lost. A retired copy (scripts/retired-sw.js)
 * removes itself the same way.
 */
export function startServiceWorker() {
  for (const [rel, href, type] of [
    ['icon', 'favicon.svg', 'image/svg+xml'],
    ['apple-touch-icon', 'apple-touch-icon.png', ''],
    ['manifest', 'manifest.webmanifest', ''],
  ] as const) {
    const existing = document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
    if (existing !== null && existing.getAttribute('href') !== 'data:,') continue;
    const link = existing ?? document.createElement('link');
    link.rel = rel;
    link.href = new URL(href, appRoot()).href;
    if (type !== '') link.type = type;
    if (existing === null) document.head.append(link);
  }
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void navigator.serviceWorker.register(new URL('sw.js', appRoot()).href, { scope: appRoot() }).catch(() => undefined);
  void retireIfGone();
}

/**
 * If the site has been taken down (its service worker is gone from the host), this copy must not
 * keep serving a dead app from the cache: unregister, clear the caches and load the address again,
 * which now shows whatever the host serves. Offline, the request fails and nothing happens.
 */
async function retireIfGone() {
  let status: number;
  try {
    status = (await fetch(new URL('sw.js', appRoot()).href, { cache: 'no-store', method: 'HEAD' })).status;
  } catch {
    return;
  }
  if (status !== 404 && status !== 410) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
  await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
  if (registrations.length > 0) location.reload();
}
