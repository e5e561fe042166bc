// End-to-end: log in through Keycloak's own form, see exactly the own unit's tasks, log out.
//
// Environment:
//   DONDOC_FRONTEND_URL             the running frontend, e.g. http://localhost:5183
//   DONDOC_E2E_USER / _PASSWORD     a unit officer (default chuyenvien.skhcn / dondoc)
//   DONDOC_E2E_EXPECTED_CODES_FILE  one task code per line: the codes the database assigns to
//                                   the user's unit (lead or coordinating), nothing else
//   DONDOC_E2E_HIDDEN_CODE          a task code of another unit that must not be shown
//   DONDOC_E2E_EXPECTED_UNIT        the unit name the header must show
//                                   (default Sở Thông tin và Truyền thông)
//   DONDOC_OUT_DIR                  screenshots go to $DONDOC_OUT_DIR/e2e (default ../out)
//   DONDOC_CHROMIUM                 the browser (default /usr/bin/chromium)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  codesOnPage,
  frontendUrl,
  keycloakOrigin,
  login,
  logout,
  openBrowser,
  screenshot,
  step,
  STEP_TIMEOUT,
  waitForTaskPage,
} from './helpers.mjs';

const env = process.env;
const user = env.DONDOC_E2E_USER || 'chuyenvien.skhcn';
const password = env.DONDOC_E2E_PASSWORD || 'dondoc';
const expectedUnit = env.DONDOC_E2E_EXPECTED_UNIT || 'Sở Khoa học và Công nghệ';
const hiddenCode = env.DONDOC_E2E_HIDDEN_CODE || '';
const expectedCodesFile = env.DONDOC_E2E_EXPECTED_CODES_FILE || '';

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

test(
  'a unit officer logs in, sees exactly the own unit tasks, and logs out',
  { timeout: 180_000 },
  async (t) => {
    const expected = readExpectedCodes();
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);

    try {
      await step(page, diagnostics, `log in as ${user} through the Keycloak form`, () =>
        login(page, kcOrigin, user, password),
      );

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
        await screenshot(page, 'task-list.png');
      });

      await step(page, diagnostics, 'log out and land on the Keycloak login page', async () => {
        await logout(page, kcOrigin);
        assert.ok(
          await page.isVisible('#username'),
          'the Keycloak login form is not shown after logout',
        );
        await screenshot(page, 'logged-out.png');
      });
    } catch (error) {
      await screenshot(page, 'failure.png').catch(() => {});
      throw error;
    }
  },
);
