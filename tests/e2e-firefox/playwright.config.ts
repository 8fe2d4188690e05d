import { defineConfig } from '@playwright/test';

// The Firefox end-to-end run (`npm run e2e:firefox`): its own folder, since it needs the Firefox
// build and Debian's firefox-esr, which `npm run e2e` does not. One worker, as for Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI === undefined ? 'list' : [['list'], ['line']],
});
