import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

/**
 * End-to-end tests run in Chromium against the built portal: the production
 * frontend bundle (`yarn workspace app build`) served by the backend, with
 * the fixture clusters of examples/clusters, on ports of their own so a
 * running `scripts/start.sh` is not disturbed (see scripts/e2e-portal.sh).
 *
 * Set PLAYWRIGHT_URL to test a portal that is already running instead.
 * CHROMIUM_PATH overrides the browser binary (default: Debian's Chromium).
 */
const e2ePort = Number(process.env.E2E_PORT ?? 7017);
const e2eUrl = `http://localhost:${e2ePort}`;

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 20_000 },

  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command: 'bash scripts/e2e-portal.sh',
          url: `${e2eUrl}/.backstage/health/v1/readiness`,
          reuseExistingServer: false,
          timeout: 180_000,
          // The backend's request log is long; its errors still show.
          stdout: 'ignore',
          stderr: 'pipe',
          env: {
            APP_CONFIG_app_baseUrl: e2eUrl,
            APP_CONFIG_backend_baseUrl: e2eUrl,
            APP_CONFIG_backend_listen_port: String(e2ePort),
            APP_CONFIG_backend_cors_origin: e2eUrl,
          },
        },
      ],

  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,

  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],

  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? e2eUrl,
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
  },

  outputDir: 'node_modules/.cache/e2e-test-results',

  // Every package with an e2e-tests folder is a project, run in Debian's Chromium.
  projects: generateProjects().map(project => ({
    ...project,
    use: {
      browserName: 'chromium' as const,
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
  })),
});
