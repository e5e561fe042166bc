// End-to-end: the reporting cycle of one assignment of Sở KH&CN (which took over Sở TT&TT's open work on
// 1/3/2025 in the demo's history).
//   1. the officer drafts a progress report from "Đơn vị của tôi" (autosaved, one attachment);
//   2. the head signs it off ("Ký gửi");
//   3. the coordinator returns it with a comment ("Trả lại");
//   4. the officer sees the comment, fixes the report and asks to confirm completion;
//   5. the head signs it off again;
//   6. the coordinator accepts it ("Tiếp nhận") and the unit's assignment shows "Hoàn thành".
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend (with its backend and Keycloak)
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_OUT_DIR        screenshots go to $DONDOC_OUT_DIR/e2e
//
// Each run takes the first assignment the unit has not reported on this quarter, so the test
// can run again on the same database until the unit has none left.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
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
const OFFICER = 'chuyenvien.skhcn';
const HEAD = 'giamdoc.skhcn';
const COORDINATOR = 'theodoi.sct';
const UNIT = 'SKHCN';
const RETURN_COMMENT = 'Đề nghị bổ sung số liệu tin, bài theo từng quý và đính kèm kế hoạch.';

/** A small, valid PDF: the server recognises attachments by their content. */
function samplePdf() {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-e2e-pdf-'));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = join(dir, 'Ke-hoach-tuyen-truyen.pdf');
  writeFileSync(file, body);
  return file;
}

/** Waits until the autosave indicator says the draft is saved ("Đã lưu lúc HH:mm"). */
async function waitSaved(page) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="autosave"]');
      return el?.getAttribute('data-status') === 'saved' && /\d\d:\d\d/.test(el.textContent ?? '');
    },
    null,
    { timeout: STEP_TIMEOUT },
  );
}

/** The report id of the report page that is open. */
async function openReportId(page) {
  await page.waitForSelector('[data-testid="report-page"][data-report-id]', {
    timeout: STEP_TIMEOUT,
  });
  return Number(await page.getAttribute('[data-testid="report-page"]', 'data-report-id'));
}

async function reportStatus(page) {
  return page.getAttribute(
    '[data-testid="report-page"] [data-testid="report-status"]',
    'data-status',
  );
}

/** Signs the open report off as the unit head and waits for the read-only view. */
async function signOff(page) {
  await page.click('[data-testid="submit-report"]');
  await page.click('[data-testid="submit-confirm"]');
  await page.waitForSelector('[data-testid="report-details"]', { timeout: STEP_TIMEOUT });
  assert.equal(await reportStatus(page), 'SUBMITTED');
}

/** Opens the report in the coordinator's review queue. */
async function openInQueue(page, reportId) {
  await page.goto(`${frontendUrl}/reviews?size=100`, { waitUntil: 'domcontentloaded' });
  const row = page.locator(`[data-testid="queue-row"][data-report-id="${reportId}"]`);
  await row.waitFor({ timeout: STEP_TIMEOUT });
  assert.equal(await row.getAttribute('data-unit-code'), UNIT);
  await row.locator('[data-testid="open-review"]').click();
  await page.waitForSelector(`[data-testid="review-report"][data-report-id="${reportId}"]`, {
    timeout: STEP_TIMEOUT,
  });
  // the drawer slides in
  await page.waitForTimeout(500);
  return page.locator('[data-testid="review-panel"]');
}

test(
  'a progress report is drafted, signed, returned, fixed, signed again and accepted',
  { timeout: 600_000 },
  async (t) => {
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    const pdf = samplePdf();
    let assignmentId;
    let taskId;
    let taskCode;
    let reportId;

    try {
      // 1. the officer drafts
      await step(page, diagnostics, `log in as the officer ${OFFICER}`, () =>
        login(page, kcOrigin, OFFICER, password, '/tasks'),
      );

      await step(page, diagnostics, 'open "Đơn vị của tôi" from the menu', async () => {
        await page.click('[data-testid="nav-my-unit"]');
        await page.waitForURL((url) => url.pathname === '/my-unit', { timeout: STEP_TIMEOUT });
        await page.waitForSelector('[data-testid="current-period"]', { timeout: STEP_TIMEOUT });
        await screenshot(page, 'report-my-unit.png');
      });

      await step(page, diagnostics, 'pick an assignment without a report this period', async () => {
        const row = page.locator('[data-testid="unreported-row"]').first();
        await row.waitFor({ timeout: STEP_TIMEOUT }).catch(() => {
          throw new Error(`${UNIT} has no assignment left without a report this period`);
        });
        assignmentId = Number(await row.getAttribute('data-assignment-id'));
        taskId = Number(await row.getAttribute('data-task-id'));
        taskCode = await row.getAttribute('data-task-code');
        assert.ok(assignmentId > 0 && taskId > 0 && taskCode, 'the row has no ids');
        await row.locator('[data-testid="create-report"]').click();
        await page.waitForURL(
          (url) =>
            url.pathname === '/reports/new' &&
            url.searchParams.get('assignmentId') === String(assignmentId),
          { timeout: STEP_TIMEOUT },
        );
      });

      await step(
        page,
        diagnostics,
        `draft the report on ${taskCode}; it is autosaved`,
        async () => {
          await page
            .getByLabel('Công việc đã thực hiện')
            .fill(
              'Đã ban hành Kế hoạch tuyên truyền số 120/KH-SKHCN; phối hợp Báo Hà Tĩnh mở chuyên mục.',
            );
          // the first save creates the report and the page moves to its address
          await page.waitForURL((url) => /^\/reports\/\d+$/.test(url.pathname), {
            timeout: STEP_TIMEOUT,
          });
          reportId = await openReportId(page);
          await page
            .getByLabel('Kết quả đạt được')
            .fill('12 tin, bài; 3 phóng sự trên Đài PT-TH tỉnh.');
          await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
          await page.getByLabel('Khó khăn, vướng mắc').fill('Kinh phí tuyên truyền còn hạn chế.');
          await page.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị bố trí kinh phí năm 2027.');
          await waitSaved(page);
          assert.equal(await reportStatus(page), 'DRAFT');
          assert.equal(
            await page.locator('[data-testid="submit-report"]').count(),
            0,
            'an officer must not see "Ký gửi"',
          );
        },
      );

      await step(
        page,
        diagnostics,
        'attach a PDF (upload with progress) and download it',
        async () => {
          await page.setInputFiles('[data-testid="attachments"] input[type="file"]', pdf);
          const item = page.locator(
            '[data-testid="attachment"][data-file-name="Ke-hoach-tuyen-truyen.pdf"]',
          );
          await item.waitFor({ timeout: STEP_TIMEOUT });
          const [download] = await Promise.all([
            page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
            item.locator('[data-testid="attachment-download"]').click(),
          ]);
          assert.equal(download.suggestedFilename(), 'Ke-hoach-tuyen-truyen.pdf');
          await screenshot(page, 'report-draft.png');
        },
      );

      await step(page, diagnostics, 'the officer logs out', () => logout(page, kcOrigin));

      // 2. the head signs it off, finding the draft from the same row of "Đơn vị của tôi"
      await step(page, diagnostics, `log in as the head ${HEAD}`, () =>
        login(page, kcOrigin, HEAD, password, '/my-unit'),
      );

      await step(page, diagnostics, 'the head continues the draft and signs it off', async () => {
        const row = page.locator(
          `[data-testid="unreported-row"][data-assignment-id="${assignmentId}"]`,
        );
        await row.waitFor({ timeout: STEP_TIMEOUT });
        await row.locator('[data-testid="create-report"]').click();
        await page.waitForURL((url) => url.pathname === `/reports/${reportId}`, {
          timeout: STEP_TIMEOUT,
        });
        assert.equal(
          await page.getByLabel('Khó khăn, vướng mắc').inputValue(),
          'Kinh phí tuyên truyền còn hạn chế.',
        );
        await signOff(page);
        await screenshot(page, 'report-submitted.png');
      });

      await step(page, diagnostics, 'the head logs out', () => logout(page, kcOrigin));

      // 3. the coordinator returns it with a comment
      await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, '/reviews'),
      );

      await step(page, diagnostics, 'return the report with a comment', async () => {
        const panel = await openInQueue(page, reportId);
        await panel.locator('[data-testid="review-return"]').click();
        // a return needs a comment: nothing is sent without one
        await panel.getByText('Nhập ý kiến để đơn vị biết cần sửa gì').waitFor({
          timeout: STEP_TIMEOUT,
        });
        await panel.locator('[data-testid="review-comment"]').fill(RETURN_COMMENT);
        await screenshot(page, 'report-review-return.png');
        await panel.locator('[data-testid="review-return"]').click();
        await page.waitForURL((url) => !url.searchParams.has('report'), { timeout: STEP_TIMEOUT });
        await page
          .locator(`[data-testid="queue-row"][data-report-id="${reportId}"]`)
          .waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      });

      await step(page, diagnostics, 'the coordinator logs out', () => logout(page, kcOrigin));

      // 4. the officer fixes it
      await step(page, diagnostics, `log in again as ${OFFICER}`, () =>
        login(page, kcOrigin, OFFICER, password, '/my-unit'),
      );

      await step(page, diagnostics, 'the returned report shows the comment', async () => {
        const returned = page.locator(`[data-testid="returned-row"][data-report-id="${reportId}"]`);
        await returned.waitFor({ timeout: STEP_TIMEOUT });
        assert.ok((await returned.textContent()).includes(RETURN_COMMENT));
        await screenshot(page, 'report-returned-my-unit.png');
        await returned.locator('[data-testid="fix-report"]').click();
        await page.waitForURL((url) => url.pathname === `/reports/${reportId}`, {
          timeout: STEP_TIMEOUT,
        });
        const banner = page.locator('[data-testid="returned-banner"]');
        await banner.waitFor({ timeout: STEP_TIMEOUT });
        assert.ok((await banner.textContent()).includes(RETURN_COMMENT));
        assert.equal(await reportStatus(page), 'RETURNED');
      });

      await step(page, diagnostics, 'fix the report and ask to confirm completion', async () => {
        await page
          .getByLabel('Kết quả đạt được')
          .fill(
            'Quý III: 5 tin, bài; quý IV: 7 tin, bài và 3 phóng sự trên Đài PT-TH tỉnh. Hoàn thành kế hoạch.',
          );
        await page.getByLabel('Đề nghị xác nhận hoàn thành').check();
        assert.equal(await page.getByLabel('Tỷ lệ hoàn thành (%)').inputValue(), '100');
        await waitSaved(page);
        await screenshot(page, 'report-fixed.png');
      });

      await step(page, diagnostics, 'the officer logs out again', () => logout(page, kcOrigin));

      // 5. the head signs it off again
      await step(page, diagnostics, `log in again as ${HEAD}`, () =>
        login(page, kcOrigin, HEAD, password, '/my-unit'),
      );

      await step(page, diagnostics, 'the head resubmits from the returned list', async () => {
        const returned = page.locator(`[data-testid="returned-row"][data-report-id="${reportId}"]`);
        await returned.waitFor({ timeout: STEP_TIMEOUT });
        await returned.locator('[data-testid="fix-report"]').click();
        await page.waitForURL((url) => url.pathname === `/reports/${reportId}`, {
          timeout: STEP_TIMEOUT,
        });
        await page.waitForSelector('[data-testid="report-form"]', { timeout: STEP_TIMEOUT });
        assert.ok(await page.getByLabel('Đề nghị xác nhận hoàn thành').isChecked());
        await signOff(page);
      });

      await step(page, diagnostics, 'the head logs out again', () => logout(page, kcOrigin));

      // 6. the coordinator accepts; the assignment is completed
      await step(page, diagnostics, `log in again as ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, '/reviews'),
      );

      await step(
        page,
        diagnostics,
        'accept the report that asks to confirm completion',
        async () => {
          const panel = await openInQueue(page, reportId);
          const claims = await panel
            .locator('[data-testid="review-claims"]')
            .evaluate((el) => (el.matches('input') ? el : el.querySelector('input')).checked);
          assert.equal(claims, true, '"Đề nghị xác nhận hoàn thành" is not checked');
          await screenshot(page, 'report-review-accept.png');
          await panel.locator('[data-testid="review-accept"]').click();
          await page.waitForURL((url) => !url.searchParams.has('report'), {
            timeout: STEP_TIMEOUT,
          });
        },
      );

      await step(page, diagnostics, `task ${taskCode}: ${UNIT} shows "Hoàn thành"`, async () => {
        await page.goto(`${frontendUrl}/tasks/${taskId}`, { waitUntil: 'domcontentloaded' });
        const row = page.locator(`[data-testid="task-view"] tr[data-unit-code="${UNIT}"]`).first();
        await row.waitFor({ timeout: STEP_TIMEOUT });
        assert.equal(await row.getAttribute('data-status'), 'COMPLETED');
        assert.ok((await row.textContent()).includes('Hoàn thành'));
        // the task's report timeline has the accepted report last for the unit
        const unitReports = page.locator(
          `[data-testid="task-reports-unit"][data-unit-code="${UNIT}"] [data-testid="task-report"]`,
        );
        await unitReports.first().waitFor({ timeout: STEP_TIMEOUT });
        const accepted = page.locator(`[data-testid="task-report"][data-report-id="${reportId}"]`);
        assert.equal(await accepted.getAttribute('data-status'), 'ACCEPTED');
        await accepted.scrollIntoViewIfNeeded();
        await screenshot(page, 'report-task-completed.png');
      });

      await step(page, diagnostics, 'the periodic-report board opens', async () => {
        await page.click('[data-testid="nav-periodic-board"]');
        await page.waitForURL(
          (url) =>
            /^\/directives\/\d+\/periodic-board$/.test(url.pathname) &&
            url.searchParams.has('period'),
          { timeout: STEP_TIMEOUT },
        );
        // every unit with a task in the program is on the board, with its submission state
        await page.locator('[data-testid="board-row"]').first().waitFor({ timeout: STEP_TIMEOUT });
        const counted = ['onTime', 'late', 'missing'].map((key) =>
          page.getAttribute(`[data-testid="count-${key}"]`, 'data-count'),
        );
        const total = (await Promise.all(counted)).reduce((sum, n) => sum + Number(n), 0);
        assert.equal(total, await page.locator('[data-testid="board-row"]').count());
        await page.waitForSelector('[data-testid="board-chart"] svg', { timeout: STEP_TIMEOUT });
        await page.waitForTimeout(800);
        await screenshot(page, 'report-periodic-board.png');
      });
    } catch (error) {
      await screenshot(page, 'report-failure.png').catch(() => {});
      throw error;
    }
  },
);

test(
  "a unit's periodic report is opened, autosaved, signed off and counted on the board",
  { timeout: 300_000 },
  async (t) => {
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    let reportId;
    let directiveId;
    let periodKey;

    try {
      await step(page, diagnostics, `log in as the officer ${OFFICER}`, () =>
        login(page, kcOrigin, OFFICER, password, '/my-unit'),
      );

      const open = await step(
        page,
        diagnostics,
        'find a periodic report still to write',
        async () => {
          await page.waitForSelector('[data-testid="periodic-due"]', { timeout: STEP_TIMEOUT });
          const rows = page.locator('[data-testid="periodic-row"]');
          for (let i = 0; i < (await rows.count()); i++) {
            const button = rows.nth(i).locator('[data-testid="open-periodic"]');
            const label = (await button.textContent()) ?? '';
            if (label.includes('Mở báo cáo định kỳ') || label.includes('Tiếp tục')) return button;
          }
          return undefined;
        },
      );
      if (!open) {
        t.skip(`${UNIT} has no periodic report left to write`);
        return;
      }

      await step(page, diagnostics, 'open it and edit the first line (autosaved)', async () => {
        await open.click();
        await page.waitForURL((url) => /^\/periodic-reports\/\d+$/.test(url.pathname), {
          timeout: STEP_TIMEOUT,
        });
        const view = page.locator('[data-testid="periodic-page"]');
        await view.waitFor({ timeout: STEP_TIMEOUT });
        reportId = Number(await view.getAttribute('data-report-id'));
        await page.getByLabel('Kết quả chung').fill('Đơn vị đã triển khai các nhiệm vụ được giao.');
        const line = page.locator('[data-testid="periodic-item"]').first();
        await line.waitFor({ timeout: STEP_TIMEOUT });
        await line.getByLabel('Kết quả trong kỳ').fill('Đã đăng 15 tin, bài trong kỳ.');
        await waitSaved(page);
        assert.equal(await page.locator('[data-testid="submit-report"]').count(), 0);
        await screenshot(page, 'periodic-draft.png');
      });

      await step(page, diagnostics, 'the officer logs out', () => logout(page, kcOrigin));
      await step(page, diagnostics, `log in as the head ${HEAD}`, () =>
        login(page, kcOrigin, HEAD, password, `/periodic-reports/${reportId}`),
      );

      await step(page, diagnostics, 'the head signs the periodic report off', async () => {
        const line = page.locator('[data-testid="periodic-item"]').first();
        await line.waitFor({ timeout: STEP_TIMEOUT });
        assert.equal(
          await line.getByLabel('Kết quả trong kỳ').inputValue(),
          'Đã đăng 15 tin, bài trong kỳ.',
        );
        await page.click('[data-testid="submit-report"]');
        await page.click('[data-testid="submit-confirm"]');
        await page.waitForSelector('[data-testid="periodic-details"]', { timeout: STEP_TIMEOUT });
        const submission = await page.getAttribute(
          '[data-testid="periodic-page"] [data-testid="submission"]',
          'data-submission',
        );
        assert.ok(
          submission === 'SUBMITTED_ON_TIME' || submission === 'SUBMITTED_LATE',
          `submission is ${submission}`,
        );
        await screenshot(page, 'periodic-submitted.png');
      });

      await step(page, diagnostics, 'the head logs out', () => logout(page, kcOrigin));
      await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, `/periodic-reports/${reportId}`),
      );

      await step(page, diagnostics, 'the board counts the unit as submitted', async () => {
        const view = page.locator('[data-testid="periodic-page"]');
        await view.waitFor({ timeout: STEP_TIMEOUT });
        await page.locator('[data-testid="review-panel"]').waitFor({ timeout: STEP_TIMEOUT });
        await page.locator('.ant-breadcrumb a').first().click();
        await page.waitForURL((url) => url.pathname.endsWith('/periodic-board'), {
          timeout: STEP_TIMEOUT,
        });
        const url = new URL(page.url());
        directiveId = url.pathname.split('/')[2];
        periodKey = url.searchParams.get('period');
        assert.ok(directiveId && periodKey, 'the board has no directive or period');
        const row = page.locator(`[data-testid="board-row"][data-unit-code="${UNIT}"]`);
        await row.waitFor({ timeout: STEP_TIMEOUT });
        const submission = await row.getAttribute('data-submission');
        assert.notEqual(submission, 'NOT_SUBMITTED');
        await page.waitForSelector('[data-testid="board-chart"] svg', { timeout: STEP_TIMEOUT });
        await page.waitForTimeout(800);
        await screenshot(page, 'periodic-board-submitted.png');
      });
    } catch (error) {
      await screenshot(page, 'periodic-failure.png').catch(() => {});
      throw error;
    }
  },
);
