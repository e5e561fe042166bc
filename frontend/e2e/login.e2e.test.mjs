// End-to-end: log in through Keycloak's own form, see exactly the own unit's tasks, log out.
//
// Environment:
//   DONDOC_FRONTEND_URL             the running frontend, e.g. http://localhost:5183
//   DONDOC_E2E_USER / _PASSWORD     a unit officer (default chuyenvien.stttt / dondoc)
//   DONDOC_E2E_EXPECTED_CODES_FILE  one task code per line: the codes the database assigns to
//                                   the user's unit (lead or coordinating), nothing else
//   DONDOC_E2E_HIDDEN_CODE          a task code of another unit that must not be shown
//   DONDOC_E2E_EXPECTED_UNIT        the unit name the header must show
//                                   (default Sở Thông tin và Truyền thông)
//   DONDOC_OUT_DIR                  screenshots go to $DONDOC_OUT_DIR/e2e (default ../out)
//   DONDOC_CHROMIUM                 the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const frontendUrl = (
  env.DONDOC_FRONTEND_URL || `http://localhost:${env.DONDOC_FRONTEND_PORT || '5173'}`
).replace(/\/+$/, '');
const user = env.DONDOC_E2E_USER || 'chuyenvien.stttt';
const password = env.DONDOC_E2E_PASSWORD || 'dondoc';
const expectedUnit = env.DONDOC_E2E_EXPECTED_UNIT || 'Sở Thông tin và Truyền thông';
const hiddenCode = env.DONDOC_E2E_HIDDEN_CODE || '';
const expectedCodesFile = env.DONDOC_E2E_EXPECTED_CODES_FILE || '';
const outDir = resolve(frontendDir, env.DONDOC_OUT_DIR || '../out', 'e2e');
const executablePath = env.DONDOC_CHROMIUM || '/usr/bin/chromium';
const STEP_TIMEOUT = 30_000;

function readExpectedCodes() {
  assert.ok(
    expectedCodesFile,
    'DONDOC_E2E_EXPECTED_CODES_FILE is not set: the test needs the task codes the database assigns to the user unit',
  );
  assert.ok(
    existsSync(expectedCodesFile),
    `expected codes file ${expectedCodesFile} does not exist`,
  );
  const codes = readFileSync(expectedCodesFile, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  assert.ok(codes.length > 0, `expected codes file ${expectedCodesFile} is empty`);
  assert.equal(new Set(codes).size, codes.length, `expected codes file has duplicate codes`);
  if (hiddenCode) {
    assert.ok(
      !codes.includes(hiddenCode),
      `test data is contradictory: hidden code ${hiddenCode} is in ${expectedCodesFile}`,
    );
  }
  return codes;
}

/** Fails with the step's name, the page's URL and what the browser reported. */
async function step(page, diagnostics, name, action) {
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

/** Waits until the task list shows the given page (0-based) and is not fetching. */
async function waitForTaskPage(page, expectedPage) {
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

async function codesOnPage(page) {
  return page.$$eval('[data-testid="task-row"]', (rows) =>
    rows.map((row) => row.getAttribute('data-task-code')),
  );
}

test(
  'a unit officer logs in, sees exactly the own unit tasks, and logs out',
  { timeout: 180_000 },
  async (t) => {
    const expected = readExpectedCodes();
    mkdirSync(outDir, { recursive: true });

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
    const keycloakOrigin = new URL(config.keycloakUrl).origin;

    const userDataDir = mkdtempSync(join(tmpdir(), 'dondoc-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      locale: 'vi-VN',
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

    try {
      await step(
        page,
        diagnostics,
        'open the frontend and get redirected to the Keycloak login form',
        async () => {
          await page.goto(`${frontendUrl}/`, { waitUntil: 'domcontentloaded' });
          await page.waitForSelector('#username', { timeout: STEP_TIMEOUT });
          assert.equal(
            new URL(page.url()).origin,
            keycloakOrigin,
            'the login form is not served by Keycloak',
          );
        },
      );

      await step(page, diagnostics, `log in as ${user}`, async () => {
        await page.fill('#username', user);
        await page.fill('#password', password);
        await page.click('#kc-login');
        // either Keycloak sends the browser back to the app, or it shows why it refused
        await page.waitForFunction(
          (kc) =>
            window.location.origin !== kc ||
            document.querySelector(
              '#input-error, #input-error-username, .kc-feedback-text, .alert-error',
            ),
          keycloakOrigin,
          { timeout: STEP_TIMEOUT },
        );
        if (new URL(page.url()).origin === keycloakOrigin) {
          const message = await page
            .locator('#input-error, #input-error-username, .kc-feedback-text, .alert-error')
            .first()
            .textContent();
          throw new Error(`Keycloak refused the login: ${message?.trim()}`);
        }
      });

      await step(page, diagnostics, 'wait for the task list', async () => {
        await page.waitForURL((url) => url.pathname === '/tasks', { timeout: STEP_TIMEOUT });
        await waitForTaskPage(page, null);
      });

      await step(page, diagnostics, `the header shows the unit "${expectedUnit}"`, async () => {
        const unit = page.locator('[data-testid="user-unit"]');
        await unit.waitFor({ timeout: STEP_TIMEOUT });
        assert.equal((await unit.textContent())?.trim(), expectedUnit);
        assert.ok(
          ((await page.locator('[data-testid="user-name"]').textContent()) ?? '').trim(),
          'no user name in the header',
        );
      });

      const seen = [];
      let total;
      await step(page, diagnostics, 'collect the task codes of every page', async () => {
        // a deep link with a large page size (the login round trip keeps the query string)
        await page.goto(`${frontendUrl}/tasks?size=200`, { waitUntil: 'domcontentloaded' });
        await waitForTaskPage(page, 0);
        total = Number(await page.getAttribute('[data-testid="task-total"]', 'data-count'));
        assert.ok(Number.isInteger(total), 'the task total is not a number');
        for (let current = 0; ; current++) {
          seen.push(...(await codesOnPage(page)));
          const next = page.locator('li.ant-pagination-next');
          if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true')
            break;
          assert.ok(current < 100, 'more than 100 pages: giving up');
          await next.click();
          await waitForTaskPage(page, current + 1);
        }
      });

      await step(
        page,
        diagnostics,
        'the list holds exactly the codes assigned to the unit',
        async () => {
          const shown = new Set(seen);
          assert.equal(
            shown.size,
            seen.length,
            `a task is shown twice: ${seen.filter((c, i) => seen.indexOf(c) !== i).join(', ')}`,
          );
          assert.equal(
            seen.length,
            total,
            `the list shows ${seen.length} rows but says the total is ${total}`,
          );
          if (hiddenCode)
            assert.ok(!shown.has(hiddenCode), `task ${hiddenCode} of another unit is shown`);
          const want = new Set(expected);
          const missing = expected.filter((code) => !shown.has(code));
          const extra = seen.filter((code) => !want.has(code));
          assert.ok(
            missing.length === 0 && extra.length === 0,
            `the task list differs from the database: missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`,
          );
        },
      );

      await step(page, diagnostics, 'screenshot of the task list', async () => {
        await page.goto(`${frontendUrl}/tasks`, { waitUntil: 'domcontentloaded' });
        await waitForTaskPage(page, 0);
        await page.screenshot({ path: join(outDir, 'task-list.png'), fullPage: true });
      });

      await step(page, diagnostics, 'log out and land on the Keycloak login page', async () => {
        await page.click('[data-testid="logout"]');
        await page.waitForSelector('#kc-login', { timeout: STEP_TIMEOUT });
        assert.equal(
          new URL(page.url()).origin,
          keycloakOrigin,
          'after logout the page is not Keycloak',
        );
        assert.ok(
          await page.isVisible('#username'),
          'the Keycloak login form is not shown after logout',
        );
        await page.screenshot({ path: join(outDir, 'logged-out.png'), fullPage: true });
      });
    } catch (error) {
      await page.screenshot({ path: join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
      throw error;
    }
  },
);
