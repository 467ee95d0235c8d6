import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the console against a running suite, through the gateway, in Debian's Chromium
 * (`.ci/run` installs it; Playwright never downloads a browser here). deploy/local's ConsoleIT starts the suite
 * and runs these with WAISHI_GATEWAY_URL set; by hand: `./waishi up`, then
 * `WAISHI_GATEWAY_URL=http://127.0.0.1:8080 npm run e2e` in office-web/.
 */
const gateway = process.env.WAISHI_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  // One suite, one office: the steps build on each other in order (a file created, then signed, then approved).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['junit', { outputFile: 'target/e2e-reports/TEST-console-e2e.xml' }]],
  use: {
    baseURL: gateway,
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // As root in a sandbox without a GPU; no background traffic to Google's hosts on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
