// End-to-end: an extension of a deadline, from the unit's request to the coordinator's approval.
//   1. the coordinator creates a task led by Sở Công Thương, due a few days ago (overdue);
//   2. the unit's officer asks for an extension on the task page ("Đề nghị gia hạn"), with a
//      reason; the assignment shows the pending request and the calendar counts it;
//   3. the coordinator approves it in the decision queue ("Đề nghị gia hạn" → "Chấp thuận");
//   4. the task page shows the new due date, the original one beside it, the change in
//      "Lịch sử thời hạn", and the task is on track again, no longer overdue.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend with the backend that has the deadline endpoints
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_OUT_DIR        screenshots go to $DONDOC_OUT_DIR/e2e
//
// Each run creates its own task (a code with the time in it), so it can run again on the same
// database.
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
  step,
  STEP_TIMEOUT,
} from './helpers.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const COORDINATOR = 'theodoi.sct';
const OFFICER = 'chuyenvien.sct';
const UNIT = 'SCT';
const REASON = 'Chờ ý kiến thẩm định của Bộ Công Thương về quy hoạch cụm công nghiệp';

/** A day counted from today in the province (Asia/Ho_Chi_Minh): yyyy-MM-dd and dd/MM/yyyy. */
function provinceDay(offsetDays) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(),
  );
  const [y, m, d] = today.split('-').map(Number);
  const iso = new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
  const [yy, mm, dd] = iso.split('-');
  return { iso, text: `${dd}/${mm}/${yy}` };
}

/** Types a dd/MM/yyyy date into the Ant Design date picker of a form item and confirms it. */
async function typeDate(page, testId, text) {
  const input = page.locator(`.ant-form-item:has([data-testid="${testId}"]) input`).first();
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await page.waitForFunction(
    ({ id, value }) =>
      document.querySelector(`.ant-form-item:has([data-testid="${id}"]) input`)?.value === value,
    { id: testId, value: text },
    { timeout: STEP_TIMEOUT },
  );
}

/** Opens a task page and waits for its fields and assignments. */
async function openTask(page, taskId) {
  await page.goto(`${frontendUrl}/tasks/${taskId}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="task-fields"]', { timeout: STEP_TIMEOUT });
  await page.waitForSelector(`[data-testid="assignments-lead"] [data-unit-code="${UNIT}"]`, {
    timeout: STEP_TIMEOUT,
  });
}

/** The timeliness shown in the task's fields ("Tình hình thực hiện"). */
async function taskTimeliness(page) {
  return page.getAttribute('[data-testid="task-fields"] [data-timeliness]', 'data-timeliness');
}

test(
  'a unit asks for an extension of an overdue task; the coordinator approves it',
  { timeout: 480_000 },
  async (t) => {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:TZ.]/g, '')
      .slice(0, 14);
    const code = `E2E-GH-${stamp}`;
    const content = `Kiểm thử gia hạn ${stamp}: rà soát quy hoạch cụm công nghiệp`;
    const pastDue = provinceDay(-5);
    const newDue = provinceDay(30);
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    let taskId;

    try {
      await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, '/tasks'),
      );

      await step(page, diagnostics, `create task ${code}, due ${pastDue.text}`, async () => {
        await page.goto(`${frontendUrl}/tasks/new`, { waitUntil: 'domcontentloaded' });
        await page.waitForSelector('[data-testid="task-create"]', { timeout: STEP_TIMEOUT });
        await chooseOption(page, 'task-form-directive', 'Chương trình', 'Chương trình hành động');
        await page.fill('[data-testid="task-form-code"]', code);
        await page.fill('[data-testid="task-form-content"]', content);
        // kind "Có thời hạn" is the default
        await typeDate(page, 'task-form-due-date', pastDue.text);
        await chooseOption(page, 'task-form-lead-units', 'Công Thương', 'Sở Công Thương (Sở CT)');
        await page.click('[data-testid="task-create-submit"]');
        await page.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname), {
          timeout: STEP_TIMEOUT,
        });
        taskId = Number(new URL(page.url()).pathname.split('/').pop());
        await page.waitForSelector('[data-testid="task-fields"]', { timeout: STEP_TIMEOUT });
        assert.equal(await taskTimeliness(page), 'OVERDUE', 'a task due in the past is overdue');
        await screenshot(page, 'extension-created.png');
        await logout(page, kcOrigin);
      });

      await step(page, diagnostics, `the officer ${OFFICER} asks for an extension`, async () => {
        await login(page, kcOrigin, OFFICER, password, `/tasks/${taskId}`);
        await openTask(page, taskId);
        const row = page.locator(`[data-testid="assignments-lead"] [data-unit-code="${UNIT}"]`);
        await row.locator('[data-testid="request-extension"]').click();
        // The test id sits on Ant Design's modal root, a box of no size: wait for the dialog inside it.
        const modal = page.locator('[data-testid="extension-modal"]');
        await modal.locator('.ant-modal').waitFor({ timeout: STEP_TIMEOUT });
        assert.equal(
          (await modal.locator('[data-testid="extension-current-due"]').textContent())?.trim(),
          pastDue.text,
        );
        await typeDate(page, 'extension-date', newDue.text);
        await page.fill('[data-testid="extension-reason"]', REASON);
        await screenshot(page, 'extension-request.png');
        await page.click('[data-testid="extension-submit"]');
        await modal.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
        const pending = row.locator('[data-testid="extension-pending"]');
        await pending.waitFor({ timeout: STEP_TIMEOUT });
        assert.ok(
          (await pending.textContent())?.includes(newDue.text),
          'the pending request does not show the requested date',
        );
        // one pending request at a time: no second request button
        assert.equal(await row.locator('[data-testid="request-extension"]').count(), 0);
        await screenshot(page, 'extension-pending.png');
      });

      await step(page, diagnostics, "the unit's deadline calendar counts it", async () => {
        await page.goto(`${frontendUrl}/deadlines`, { waitUntil: 'domcontentloaded' });
        await page.waitForSelector('[data-testid="deadline-month"]', { timeout: STEP_TIMEOUT });
        await page.waitForFunction(
          () =>
            Number(
              document
                .querySelector('[data-testid="deadline-count-pendingExtensions"]')
                ?.getAttribute('data-count') ?? '0',
            ) >= 1,
          null,
          { timeout: STEP_TIMEOUT },
        );
        await screenshot(page, 'extension-calendar.png');
        await logout(page, kcOrigin);
      });

      await step(page, diagnostics, `the coordinator ${COORDINATOR} approves it`, async () => {
        await login(page, kcOrigin, COORDINATOR, password, '/extension-requests');
        await page.goto(`${frontendUrl}/extension-requests?size=100`, {
          waitUntil: 'domcontentloaded',
        });
        const row = page.locator(`[data-testid="extension-row"][data-task-code="${code}"]`);
        await row.waitFor({ timeout: STEP_TIMEOUT });
        assert.equal(await row.getAttribute('data-unit-code'), UNIT);
        const text = (await row.textContent()) ?? '';
        assert.ok(text.includes(REASON), 'the reason is not in the queue');
        assert.ok(text.includes(newDue.text) && text.includes(pastDue.text), text);
        await row.locator('[data-testid="approve-extension"]').click();
        // The test id sits on Ant Design's modal root, a box of no size: wait for the dialog inside it.
        const modal = page.locator('[data-testid="decision-modal"]');
        await modal.locator('.ant-modal').waitFor({ timeout: STEP_TIMEOUT });
        // the requested date is proposed as the approved one
        assert.equal(
          await modal
            .locator('.ant-form-item:has([data-testid="decision-date"]) input')
            .inputValue(),
          newDue.text,
        );
        await screenshot(page, 'extension-decision.png');
        await page.click('[data-testid="decision-submit"]');
        await modal.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
        // decided: out of the queue
        await row.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      });

      await step(page, diagnostics, 'the task is due on the new date, on track', async () => {
        await openTask(page, taskId);
        await page.waitForSelector(`[data-testid="task-due-date"][data-due-date="${newDue.iso}"]`, {
          timeout: STEP_TIMEOUT,
        });
        const due = (await page.textContent('[data-testid="task-due-date"]')) ?? '';
        assert.ok(due.includes(newDue.text), `the due date shown is ${due}`);
        assert.equal(
          (await page.textContent('[data-testid="task-original-due-date"]'))?.trim(),
          `Hạn ban đầu: ${pastDue.text}`,
        );
        assert.equal(await taskTimeliness(page), 'ON_TRACK', 'the task is still not on track');
        const row = page.locator(`[data-testid="assignments-lead"] [data-unit-code="${UNIT}"]`);
        assert.equal(
          await row.locator('[data-testid="assignment-due-date"]').getAttribute('data-due-date'),
          newDue.iso,
        );
        assert.equal(await row.locator('[data-testid="extension-pending"]').count(), 0);

        const change = page.locator(
          `[data-testid="due-date-history"] [data-unit-code="${UNIT}"] [data-testid="due-date-change"][data-kind="EXTENSION"]`,
        );
        await change.waitFor({ timeout: STEP_TIMEOUT });
        const history = (await change.textContent()) ?? '';
        assert.ok(history.includes('Gia hạn'), history);
        assert.ok(history.includes(`${pastDue.text} → ${newDue.text}`), history);
        await screenshot(page, 'extension-approved.png');
      });
    } catch (error) {
      await screenshot(page, 'extension-failure.png').catch(() => {});
      throw error;
    }
  },
);
