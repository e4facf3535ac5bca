import { defineConfig, devices } from "@playwright/test";

// The suite runs against the release build, on its own port and its own fresh database with demo data.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? "../target/e2e-data";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "ssr",
      testIgnore: /.*\.hydrate\.spec\.ts/,
      use: { ...chromium, javaScriptEnabled: false },
    },
    {
      name: "hydrate",
      use: { ...chromium, javaScriptEnabled: true },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && ../target/release/rer seed --demo && exec ../target/release/rer serve`,
    cwd: ".",
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      RER_DATA_DIR: dataDir,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: "../target/site",
      LEPTOS_SITE_PKG_DIR: "pkg",
      LEPTOS_OUTPUT_NAME: "rer",
      LEPTOS_HASH_FILES: "true",
      LEPTOS_ENV: "PROD",
      RUST_LOG: "warn",
      // Each spec is a different person: the fixtures give each its own client address, which the
      // server reads from X-Forwarded-For as it does behind a reverse proxy. Rate limits then count
      // people, not the whole suite as if it came from one office.
      RER_TRUST_PROXY: "true",
    },
  },
});
