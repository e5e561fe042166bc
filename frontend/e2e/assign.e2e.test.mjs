// End-to-end: a coordinator assigns a new task to Sở Công Thương (lead), Sở Kế hoạch và Đầu tư
// and the localities group (coordinating); the lead unit's officer finds it, an officer of a
// unit that was not assigned (Sở TT&TT) does not, not even by its address.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend with the backend that has the task endpoints
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_OUT_DIR        screenshots go to $DONDOC_OUT_DIR/e2e
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chooseOption,
  frontendUrl,
  keycloakOrigin,
  login,
  logout,
  openBrowser,
  screenshot,
  searchTasks,
  step,
  STEP_TIMEOUT,
} from './helpers.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const COORDINATOR = 'theodoi.sct';
const LEAD_OFFICER = 'chuyenvien.sct';
// A unit that exists today (Sở KH&CN absorbed Sở TT&TT on 1/3/2025 in the demo's history).
const OTHER_OFFICER = 'chuyenvien.skhcn';

/** The unit codes in one role's assignment table of the task page. */
async function unitCodes(page, testId) {
  return page.$$eval(`[data-testid="${testId}"] [data-unit-code]`, (rows) =>
    rows.map((row) => row.getAttribute('data-unit-code')),
  );
}

test(
  'a coordinator assigns a task; the lead unit sees it, another unit does not',
  { timeout: 300_000 },
  async (t) => {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:TZ.]/g, '')
      .slice(0, 14);
    const code = `E2E-${stamp}`;
    const content = `Kiểm thử giao nhiệm vụ ${stamp}: rà soát cơ chế hỗ trợ công nghiệp hỗ trợ`;
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    let taskId;

    try {
      await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, '/tasks'),
      );

      await step(page, diagnostics, 'open "Giao nhiệm vụ mới" from the task list', async () => {
        await page.waitForSelector('[data-testid="create-task"]', { timeout: STEP_TIMEOUT });
        await page.click('[data-testid="create-task"]');
        await page.waitForURL((url) => url.pathname === '/tasks/new', { timeout: STEP_TIMEOUT });
        await page.waitForSelector('[data-testid="task-create"]', { timeout: STEP_TIMEOUT });
      });

      await step(page, diagnostics, `fill in task ${code}`, async () => {
        await chooseOption(page, 'task-form-directive', 'Chương trình', 'Chương trình hành động');
        await page.fill('[data-testid="task-form-code"]', code);
        await page.fill('[data-testid="task-form-content"]', content);
        await page.fill('[data-testid="task-form-field"]', 'Hoàn thiện cơ chế, chính sách');
        // kind "Có thời hạn" is the default: a due date in dd/MM/yyyy
        const due = page.locator('.ant-form-item:has([data-testid="task-form-due-date"]) input');
        await due.click();
        await due.fill('31/12/2027');
        await due.press('Enter');
        await chooseOption(page, 'task-form-lead-units', 'Công Thương', 'Sở Công Thương (Sở CT)');
        // Sở Tài chính: Sở KH&ĐT was merged into it on 1/3/2025 (the demo's history)
        await chooseOption(
          page,
          'task-form-coordinating-units',
          'Tài chính',
          'Sở Tài chính (Sở TC)',
        );
        await chooseOption(
          page,
          'task-form-coordinating-groups',
          'huyện',
          'UBND các huyện, thị xã, thành phố',
        );
        await screenshot(page, 'assign-form.png');
      });

      await step(page, diagnostics, 'submit and land on the new task', async () => {
        await page.click('[data-testid="task-create-submit"]');
        await page.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname), {
          timeout: STEP_TIMEOUT,
        });
        taskId = Number(new URL(page.url()).pathname.split('/').pop());
        await page.waitForSelector('[data-testid="assignments-lead"] [data-unit-code]', {
          timeout: STEP_TIMEOUT,
        });
        assert.deepEqual(await unitCodes(page, 'assignments-lead'), ['SCT']);
        const coordinating = await unitCodes(page, 'assignments-coordinating');
        assert.ok(coordinating.includes('STC'), `coordinating units: ${coordinating}`);
        // the localities group: every locality in force separately (since 1/7/2025 the wards and communes)
        for (const locality of ['PTHANHSEN', 'PBACHONGLINH', 'XCAMBINH'])
          assert.ok(coordinating.includes(locality), `${locality} missing in ${coordinating}`);
        assert.ok(!coordinating.includes('SKHCN'), 'Sở KH&CN must not be assigned');
        assert.ok(!coordinating.includes('TPHT'), 'a dissolved district must not be assigned');
        const fields = (await page.textContent('[data-testid="task-fields"]')) ?? '';
        assert.ok(fields.includes('31/12/2027'), 'the due date is not shown dd/MM/yyyy');
        await page.waitForSelector('[data-testid="history-entry"]', { timeout: STEP_TIMEOUT });
        await screenshot(page, 'assign-created.png');
      });

      await step(page, diagnostics, 'the coordinator finds the task by search', async () => {
        assert.deepEqual(await searchTasks(page, stamp), [code]);
      });

      await step(page, diagnostics, 'log out', () => logout(page, kcOrigin));

      await step(page, diagnostics, `the lead unit's officer ${LEAD_OFFICER} sees it`, async () => {
        await login(page, kcOrigin, LEAD_OFFICER, password, '/tasks');
        assert.deepEqual(await searchTasks(page, stamp), [code]);
        // the code cell: the units cell holds links of its own
        await page.locator(`[data-testid="task-row"][data-task-code="${code}"] td`).first().click();
        await page.waitForSelector('[data-testid="task-fields"]', { timeout: STEP_TIMEOUT });
        // an officer updates the own unit's assignment, never edits the task
        assert.equal(await page.locator('[data-testid="edit-task"]').count(), 0);
        await page
          .locator('[data-testid="assignments-lead"] [data-testid="update-progress"]')
          .waitFor({ timeout: STEP_TIMEOUT });
        await screenshot(page, 'assign-lead-officer.png');
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-testid="task-fields"]', {
          state: 'detached',
          timeout: STEP_TIMEOUT,
        });
        await logout(page, kcOrigin);
      });

      await step(
        page,
        diagnostics,
        `an officer of another unit, ${OTHER_OFFICER}, does not`,
        async () => {
          await login(page, kcOrigin, OTHER_OFFICER, password, '/tasks');
          assert.deepEqual(await searchTasks(page, stamp), []);
          assert.equal(
            await page.getAttribute('[data-testid="task-total"]', 'data-count'),
            '0',
            'the other unit sees tasks for the search',
          );
          await page.goto(`${frontendUrl}/tasks/${taskId}`, { waitUntil: 'domcontentloaded' });
          const alert = page.locator('[data-testid="api-error"]');
          await alert.waitFor({ timeout: STEP_TIMEOUT });
          assert.equal(await page.locator('[data-testid="task-fields"]').count(), 0);
          await screenshot(page, 'assign-other-officer.png');
          await logout(page, kcOrigin);
        },
      );
    } catch (error) {
      await screenshot(page, 'assign-failure.png').catch(() => {});
      throw error;
    }
  },
);
