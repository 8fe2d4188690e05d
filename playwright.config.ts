import { defineConfig } from '@playwright/test';

// The browser is launched by each test through cli/extension-session.ts (extensions need a
// persistent context), so no `use.launchOptions` here. One worker: the machines have two cores
// and every test runs a whole Chromium.
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  fullyParallel: false,
  workers: Number(process.env.PW_WORKERS ?? 1),
  reporter: process.env.CI === undefined ? 'list' : [['list'], ['line']],
});
