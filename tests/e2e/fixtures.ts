import { test as base, expect } from '@playwright/test';

const ORIGIN = 'http://127.0.0.1:4173';

/**
 * Every browser test runs under two guards: no request may leave the app's own origin (no
 * fonts, analytics or anything else from elsewhere), and the Content Security Policy must never
 * block anything (which would mean the app relies on something the policy forbids).
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context, page }, use) => {
      const foreign: string[] = [];
      const blocked: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== ORIGIN) foreign.push(request.url());
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
