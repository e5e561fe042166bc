// End-to-end: a coordinator imports an action program from its text.
//   1. uploads a small program written like the province writes them;
//   2. the proposal names "Sở Du lịch", which is not in the catalogue (the demo has had a Sở Xây dựng since the 2025 mergers): the coordinator picks a unit;
//   3. accepts, and sees the new program with its tasks in the program view.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend (with its backend and Keycloak)
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  frontendUrl,
  keycloakOrigin,
  login,
  openBrowser,
  screenshot,
  step,
  STEP_TIMEOUT,
} from './helpers.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const COORDINATOR = 'theodoi.sct';

/** A program in the shape of the seed, unique per run so that runs do not meet. */
function programFile(stamp) {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    `Thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy (thử nghiệm ${stamp})`,
    '',
    'Thực hiện Kết luận số 57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện ' +
      'Nghị quyết số 08-NQ/TU ngày 18/5/2018 của Ban Chấp hành Đảng bộ tỉnh; Ủy ban nhân dân tỉnh ' +
      'ban hành Chương trình hành động như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Cụ thể hóa các nhiệm vụ của Kết luận.',
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
    `1. Phát triển cụm công nghiệp ${stamp}`,
    'a) Sở Công Thương chủ trì, phối hợp với UBND huyện Can Lộc rà soát quy hoạch cụm công nghiệp, ' +
      'trước ngày 30/6/2027.',
    'b) Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Sở Du lịch hoàn thiện hạ tầng ' +
      'khu công nghiệp trong Quý IV/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các sở, ban, ngành, địa phương định kỳ 6 tháng báo cáo kết quả thực hiện về UBND tỉnh, ' +
      'đồng gửi Sở Công Thương để theo dõi, tổng hợp./.',
  ].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'dondoc-e2e-import-')), 'chuong-trinh.txt');
  writeFileSync(file, text);
  return file;
}

test('a coordinator imports a program, picks an unknown unit and accepts', async (t) => {
  const kcOrigin = await keycloakOrigin();
  const { page, diagnostics } = await openBrowser(t);
  const stamp = `E2E-${Date.now().toString(36)}`;

  await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
    login(page, kcOrigin, COORDINATOR, password, '/directives'),
  );

  await step(page, diagnostics, 'open the import page from the directives', async () => {
    await page.click('[data-testid="open-import"]');
    await page.waitForURL((url) => url.pathname === '/directives/import', {
      timeout: STEP_TIMEOUT,
    });
  });

  await step(page, diagnostics, 'upload the program text', async () => {
    // Ant Design hands the test id to the file input itself
    await page.setInputFiles('input[type=file][data-testid="import-upload"]', programFile(stamp));
    await page.waitForSelector('[data-testid="import-tree"]', { timeout: STEP_TIMEOUT });
    const node = page.locator('[data-testid="import-tree-node"][data-code="II.1.b"]');
    await node.waitFor({ timeout: STEP_TIMEOUT });
    // the unknown unit is flagged, never guessed, and blocks the acceptance
    assert.equal(await node.locator('[data-testid="unresolved-mark"]').count(), 1);
    assert.equal(await page.isDisabled('[data-testid="import-accept"]'), true);
    await screenshot(page, 'import-draft.png');
  });

  await step(
    page,
    diagnostics,
    'the task shows its source line and takes a picked unit',
    async () => {
      await page.click('[data-testid="import-tree-node"][data-code="II.1.b"]');
      await page.waitForSelector('[data-testid="task-editor"]', { timeout: STEP_TIMEOUT });
      const unknown = page.locator(
        '[data-testid="coordinating-units"] [data-testid="unit-match"][data-status="UNKNOWN"]',
      );
      assert.equal((await unknown.textContent()).trim(), 'Sở Du lịch');
      // the nearest catalogue units are offered first, with their confidence: "Sở … (60%)"
      await page.click('[data-testid="unit-picker"]');
      await page.keyboard.type('Tài chính');
      const option = page
        .locator('.ant-select-dropdown:visible .ant-select-item-option[title^="Sở Tài chính"]')
        .first();
      await option.waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForTimeout(600);
      await option.click({ timeout: 5_000 }).catch(() => option.dispatchEvent('click'));
      await page.waitForSelector(
        '[data-testid="coordinating-units"] [data-testid="unit-match"][data-status="CHOSEN"]',
        { timeout: STEP_TIMEOUT },
      );
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="import-accept"]')?.hasAttribute('disabled'),
        null,
        { timeout: STEP_TIMEOUT },
      );
      await screenshot(page, 'import-picked.png');
    },
  );

  await step(page, diagnostics, 'accept and see the program with its tasks', async () => {
    await page.click('[data-testid="import-accept"]');
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.waitForURL((url) => /^\/directives\/\d+$/.test(url.pathname), {
      timeout: STEP_TIMEOUT,
    });
    await page.waitForSelector('[data-testid="directive-page"]', { timeout: STEP_TIMEOUT });
    await page.locator('[data-testid="tree-node"]').first().waitFor({ timeout: STEP_TIMEOUT });
    const codes = await page
      .locator('[data-testid="tree-node"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-code')));
    assert.ok(codes.includes('II'), `the program view shows ${codes.join(', ')}`);
    await screenshot(page, 'import-accepted.png');
  });

  await step(page, diagnostics, 'the task list of the program has both tasks', async () => {
    const directiveId = new URL(page.url()).pathname.split('/').pop();
    await page.goto(`${frontendUrl}/tasks?directiveId=${directiveId}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="task-total"]')?.getAttribute('data-count'),
      null,
      { timeout: STEP_TIMEOUT },
    );
    const text = await page.locator('[data-testid="task-table"]').textContent();
    assert.ok(text.includes('rà soát quy hoạch cụm công nghiệp'), text.slice(0, 300));
    assert.ok(text.includes('hoàn thiện hạ tầng'), text.slice(0, 300));
  });
});
