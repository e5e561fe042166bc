// End-to-end: issue 13, rules 6 and 7, with the stack's GreenMail server (scripts/lib/mail.sh).
//   1. the head of Sở Công Thương signs off a progress report (prepared through the API): the
//      tracking department gets a notification, seen on its notifications page with the kind
//      "Báo cáo chờ xem xét" and a link to the report, and a mail read back over IMAP;
//   2. the supervisor of Ủy ban MTTQ tỉnh writes a remark in the "Ý kiến giám sát" panel of the
//      task page: the officer of Sở Công Thương gets the notification and its mail (IMAP), and the
//      remark is listed for the unit, which may answer it.
//
// Environment (see helpers.mjs, api.mjs and mail.mjs):
//   DONDOC_FRONTEND_URL, DONDOC_BACKEND_URL, DONDOC_E2E_IMAP_PORT (scripts/test.sh sets them)
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call } from './api.mjs';
import {
  keycloakOrigin,
  login,
  logout,
  openBrowser,
  screenshot,
  step,
  STEP_TIMEOUT,
} from './helpers.mjs';
import { awaitMail } from './mail.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const OFFICER = 'chuyenvien.sct';
const HEAD = 'giamdoc.sct';
const COORDINATOR = 'theodoi.sct';
const SUPERVISOR = 'giamsat.mttq';
const OPEN = ['NOT_STARTED', 'IN_PROGRESS'];

/** The first open share of Sở Công Thương among the tasks it sees. */
async function openSctShare(kc) {
  const tasks = await call(kc, HEAD, password, 'GET', '/api/v1/tasks?size=50');
  for (const summary of tasks.items) {
    const task = await call(kc, HEAD, password, 'GET', `/api/v1/tasks/${summary.id}`);
    const share = (task.assignments ?? []).find(
      (a) => a.unit?.code === 'SCT' && OPEN.includes(a.status),
    );
    if (share) return { task, share };
  }
  throw new Error('Sở Công Thương has no open assignment in the demo data');
}

test(
  'a signed-off report and a supervision remark reach the people concerned, in the app and by mail',
  { timeout: 300_000 },
  async (t) => {
    const kc = await keycloakOrigin();
    // The directory knows the people who signed in: these four have.
    for (const user of [OFFICER, HEAD, COORDINATOR, SUPERVISOR]) {
      await call(kc, user, password, 'GET', '/api/v1/me/settings');
    }
    const { task, share } = await openSctShare(kc);
    const marker = `e2e ${Date.now()}`;

    const report = await call(
      kc,
      OFFICER,
      password,
      'POST',
      `/api/v1/assignments/${share.id}/reports`,
      {
        workDone: `Đã khảo sát các cụm công nghiệp (${marker})`,
        percentComplete: 30,
      },
    );
    await call(kc, OFFICER, password, 'POST', `/api/v1/reports/${report.id}/sign-off-request`);
    await call(kc, HEAD, password, 'POST', `/api/v1/reports/${report.id}/submit`);
    const waitingTitle = `Báo cáo chờ xem xét: nhiệm vụ ${task.code} của Sở Công Thương`;

    const { page, diagnostics } = await openBrowser(t);
    await step(page, diagnostics, 'the mail to the tracker is read back over IMAP', async () => {
      const mail = await awaitMail(
        `${COORDINATOR}@dondoc.local`,
        (m) => m.subject === `[Dondoc] ${waitingTitle}` && m.text.includes(`/reports/${report.id}`),
      );
      assert.match(mail.text, new RegExp(`/reports/${report.id}\\b`));
      assert.match(mail.text, /^Kính gửi /);
    });
    await step(page, diagnostics, `log in as the tracker ${COORDINATOR}`, () =>
      login(page, kc, COORDINATOR, password, '/notifications'),
    );
    await step(
      page,
      diagnostics,
      'the notifications page shows the report waiting, with its kind and link',
      async () => {
        const link = page
          .locator(`[data-testid="notification-link"][href="/reports/${report.id}"]`)
          .first();
        await link.waitFor({ timeout: STEP_TIMEOUT });
        assert.equal((await link.textContent())?.trim(), waitingTitle);
        await page.waitForSelector('[data-kind="REPORT_SUBMITTED"]', { timeout: STEP_TIMEOUT });
        assert.ok((await page.textContent('body')).includes('Báo cáo chờ xem xét'));
        await screenshot(page, 'rule6-report-waiting.png');
      },
    );
    await step(page, diagnostics, 'the tracker logs out', () => logout(page, kc));

    const remarkText = `Đề nghị làm rõ tiến độ và nguồn kinh phí (${marker})`;
    await step(page, diagnostics, `log in as the supervisor ${SUPERVISOR}`, () =>
      login(page, kc, SUPERVISOR, password, `/tasks/${task.id}`),
    );
    await step(page, diagnostics, 'write a remark in the "Ý kiến giám sát" panel', async () => {
      await page.waitForSelector('[data-testid="remark-form"]', { timeout: STEP_TIMEOUT });
      await page.fill('[data-testid="remark-text-input"]', remarkText);
      await page.click('[data-testid="remark-submit"]');
      await page.waitForFunction(
        (text) =>
          [...document.querySelectorAll('[data-testid="remark-text"]')].some(
            (e) => e.textContent === text,
          ),
        remarkText,
        { timeout: STEP_TIMEOUT },
      );
      await screenshot(page, 'rule7-remark-written.png');
    });

    await step(
      page,
      diagnostics,
      'the officer of Sở Công Thương is told, in the app and by mail',
      async () => {
        const title = `Ý kiến giám sát về nhiệm vụ ${task.code}`;
        const mail = await awaitMail(
          `${OFFICER}@dondoc.local`,
          (m) => m.subject === `[Dondoc] ${title}` && m.text.includes(marker),
        );
        assert.match(mail.html, /lang="vi"/);
        const mine = await call(kc, OFFICER, password, 'GET', '/api/v1/notifications?size=50');
        const n = mine.items.find(
          (i) => i.kind === 'SUPERVISION_REMARK' && i.title === title && i.body.includes(marker),
        );
        assert.ok(n, 'no SUPERVISION_REMARK notification for the officer');
        assert.equal(n.taskId, task.id);
        const remarks = await call(
          kc,
          OFFICER,
          password,
          'GET',
          `/api/v1/tasks/${task.id}/remarks`,
        );
        const remark = remarks.find((r) => r.text === remarkText);
        assert.ok(remark && remark.canAnswer === true, 'the unit may answer the remark');
      },
    );
  },
);
