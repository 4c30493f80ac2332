// The service worker to publish when this tool is taken down or moved (npm run build:retired puts
// it in dist-retired/ with a page saying so). Browsers that kept a copy of the tool fetch it on
// their next visit; it clears every cache the tool made, unregisters itself and reloads open
// pages, which then show what the host serves now. Nothing of the old tool is served again.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
