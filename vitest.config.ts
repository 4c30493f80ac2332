import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { contentPlugin } from './scripts/content-plugin.ts';

export default defineConfig({
  plugins: [contentPlugin(resolve(import.meta.dirname, 'content')), react()],
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Property runs and the link fuzz are CPU-bound: give them room on a busy two-core machine.
    testTimeout: 60_000,
  },
});
