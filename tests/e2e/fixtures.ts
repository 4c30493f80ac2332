import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs under two guards: no request may leave the app's own origin (no
 * fonts, analytics or anything else from elsewhere), and the Content Security Policy must never
 * block anything (which would mean the app relies on something the policy forbids).
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context, page, baseURL }, use) => {
      // The app's own origin: the server the tests were given (E2E_PORT), or the one a test serves.
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      const blocked: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      await use();
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(blocked, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
