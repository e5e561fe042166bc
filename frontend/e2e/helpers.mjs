// Shared helpers of the end-to-end tests: the browser, Keycloak login and logout, diagnostics.
//
// Environment:
//   DONDOC_FRONTEND_URL  the running frontend, e.g. http://localhost:5173
//   DONDOC_OUT_DIR       screenshots go to $DONDOC_OUT_DIR/e2e (default ../out)
//   DONDOC_CHROMIUM      the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

export const frontendUrl = (
  env.DONDOC_FRONTEND_URL || `http://localhost:${env.DONDOC_FRONTEND_PORT || '5173'}`
).replace(/\/+$/, '');
export const outDir = resolve(frontendDir, env.DONDOC_OUT_DIR || '../out', 'e2e');
export const executablePath = env.DONDOC_CHROMIUM || '/usr/bin/chromium';
export const STEP_TIMEOUT = 30_000;

/** The Keycloak origin the frontend is configured with (from its /config.json). */
export async function keycloakOrigin() {
  const config = await fetch(`${frontendUrl}/config.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json();
    })
    .catch((error) => {
      throw new Error(
        `the frontend does not answer at ${frontendUrl}/config.json: ${error.message}`,
      );
    });
  return new URL(config.keycloakUrl).origin;
}

/**
 * A fresh Chromium profile (Playwright's launch() refuses --user-data-dir, so a persistent
 * context on a temporary directory), closed and removed after the test.
 */
export async function openBrowser(t) {
  mkdirSync(outDir, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'dondoc-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  t.after(async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const diagnostics = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      diagnostics.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => diagnostics.push(`page error: ${error.message}`));
  page.on('requestfailed', (req) =>
    diagnostics.push(`request failed: ${req.url()} ${req.failure()?.errorText}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) diagnostics.push(`HTTP ${res.status()} ${res.url()}`);
  });
  return { context, page, diagnostics };
}

/** Fails with the step's name, the page's URL and what the browser reported. */
export async function step(page, diagnostics, name, action) {
  try {
    return await action();
  } catch (error) {
    const recent = diagnostics.slice(-15).join('\n  ');
    throw new Error(
      `E2E step failed: ${name}\n  at ${page.url()}\n  ${error.message}` +
        (recent ? `\n  browser messages:\n  ${recent}` : ''),
      { cause: error },
    );
  }
}

/** Screenshot into $DONDOC_OUT_DIR/e2e. */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(outDir, name), fullPage: true });
}

const KC_ERROR = '#input-error, #input-error-username, .kc-feedback-text, .alert-error';

/**
 * Opens `path` and logs in through Keycloak's own form (the app requires a login first).
 * Resolves once the browser is back on the application.
 */
export async function login(page, kcOrigin, username, password, path = '/') {
  await page.goto(`${frontendUrl}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#username', { timeout: STEP_TIMEOUT });
  assert.equal(new URL(page.url()).origin, kcOrigin, 'the login form is not served by Keycloak');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
  // either Keycloak sends the browser back to the app, or it shows why it refused
  await page.waitForFunction(
    ({ kc, selector }) => window.location.origin !== kc || document.querySelector(selector),
    { kc: kcOrigin, selector: KC_ERROR },
    { timeout: STEP_TIMEOUT },
  );
  if (new URL(page.url()).origin === kcOrigin) {
    const message = await page.locator(KC_ERROR).first().textContent();
    throw new Error(`Keycloak refused the login of ${username}: ${message?.trim()}`);
  }
  await page.waitForSelector('[data-testid="user-name"]', { timeout: STEP_TIMEOUT });
}

/** Logs out from the header and waits for Keycloak's login form. */
export async function logout(page, kcOrigin) {
  await page.click('[data-testid="logout"]');
  await page.waitForSelector('#kc-login', { timeout: STEP_TIMEOUT });
  assert.equal(new URL(page.url()).origin, kcOrigin, 'after logout the page is not Keycloak');
}

/** Waits until the task list shows the given page (0-based, or any) and is not fetching. */
export async function waitForTaskPage(page, expectedPage = null) {
  await page.waitForFunction(
    (want) => {
      const total = document.querySelector('[data-testid="task-total"]');
      const table = document.querySelector('[data-testid="task-table"]');
      if (!total || !table || total.getAttribute('data-count') === null) return false;
      if (table.getAttribute('aria-busy') !== 'false') return false;
      return want === null || total.getAttribute('data-page') === String(want);
    },
    expectedPage,
    { timeout: STEP_TIMEOUT },
  );
}

/** The task codes of the rows on the current page of the task list. */
export async function codesOnPage(page) {
  return page.$$eval('[data-testid="task-row"]', (rows) =>
    rows.map((row) => row.getAttribute('data-task-code')),
  );
}

/** Opens the task list searched for `q` and returns the codes found (one page of 200). */
export async function searchTasks(page, q) {
  await page.goto(`${frontendUrl}/tasks?size=200&q=${encodeURIComponent(q)}`, {
    waitUntil: 'domcontentloaded',
  });
  await waitForTaskPage(page, 0);
  return codesOnPage(page);
}

/**
 * Chooses an option of an Ant Design select: opens it, types `search`, clicks the option whose
 * title is `title`, closes the dropdown again, and checks the choice is shown.
 */
export async function chooseOption(page, testId, search, title) {
  const select = page.locator(`[data-testid="${testId}"]`);
  await select.click();
  await page.keyboard.type(search);
  const option = page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`)
    .first();
  await option.waitFor({ timeout: STEP_TIMEOUT });
  // the server-side search settles (debounce, request) and the dropdown may flip its placement
  await page.waitForTimeout(600);
  await option.click({ timeout: 5_000 }).catch(() => option.dispatchEvent('click'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    ({ id, text }) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes(text),
    { id: testId, text: title },
    { timeout: STEP_TIMEOUT },
  );
}
