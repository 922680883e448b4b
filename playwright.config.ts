import { defineConfig, devices } from '@playwright/test';
import { E2E_DATABASE_URL, E2E_IMPORT_DIR, E2E_PORT } from './e2e/env';

// End-to-end tests drive the production build in Debian's Chromium against a
// fresh SQLite database seeded with the sample data; each test adds its own rows.
const PORT = E2E_PORT;

const PHONE_SPECS = [
  /e2e\/map-preview\.spec/, /e2e\/map\.spec/, /e2e\/locate\.spec/, /e2e\/filters\.spec/, /e2e\/offline\.spec/,
  /e2e\/station-page\.spec/, /e2e\/display\/text-zoom\.spec/, /e2e\/a11y\/axe-public\.spec/,
  // What a worker does on the road only (confirm, review, follow a complaint): the phone alone runs these.
  /\.mobile\.spec\.ts$/,
];

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // CI's clone is thrown away after the run, so its traces would never be read, and recording
  // them for every test took a fifth of the map and axe specs' time (3.7 min with, 3.0 without,
  // 6 Dec 2026). There a failure is read from the list reporter's error and step; locally it keeps its trace.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: process.env.CI ? 'off' : 'retain-on-failure', locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  projects: [
    { name: 'api', testMatch: /api\/.*\.spec\.ts/ },
    { name: 'desktop', testIgnore: [/api\//, /\.mobile\.spec\.ts$/], use: { ...chromium, viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // Admin work happens on desktops. The phone runs what a phone lays out or does
      // differently: the opening picture, the bottom sheet, locate, filters in the
      // sheet, offline, the station page shared in WeChat, 200 % text and axe on
      // those screens (PHONE_SPECS). The rest of the public pages are the same
      // markup and queries as on the desktop, which tests them.
      testMatch: PHONE_SPECS,
      use: { ...chromium, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: devices['Pixel 7'].userAgent },
    },
  ],
  webServer: {
    command: `tsx scripts/start.ts --fresh --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/stations/nearest?lat=28.68&lng=115.89&limit=1`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // Loopback plays the reverse proxy, so a test can give itself a client address of its own
    // (X-Forwarded-For); e2e/faults/client-address.spec.ts runs a server that trusts no one.
    env: { TRUSTED_PROXIES: '127.0.0.1, ::1', DATABASE_URL: E2E_DATABASE_URL, IMPORT_DIR: E2E_IMPORT_DIR, INDEX_REFRESH_MS: '200', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${PORT}` },
  },
});
