// End-to-end: the administrator opens the holiday calendar of 2026, adds a day off on a
// Wednesday, sees it in the list and in the calendar, and sees the working-day calculator skip
// it; then deletes it and the day is an ordinary working day again.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend with the backend that has the holiday endpoints
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_OUT_DIR        screenshots go to $DONDOC_OUT_DIR/e2e
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keycloakOrigin, login, openBrowser, screenshot, step, STEP_TIMEOUT } from './helpers.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const ADMIN = 'quantri';
const YEAR = 2026;
// a Wednesday in mid-July 2026, not in the demo calendar and far from any reporting deadline
const DAY = '2026-07-15';
const DAY_SHOWN = '15/07/2026';
const DAY_BEFORE_SHOWN = '14/07/2026';
const DAY_AFTER = '2026-07-16';

const row = (day) => `[data-testid="holiday-row"][data-date="${day}"]`;
const calendarDay = (day) => `[data-testid="calendar-day"][data-date="${day}"]`;

/** Waits until the calendar shows `day` as `kind` (PUBLIC_HOLIDAY, WORKDAY…). */
async function waitForDayKind(page, day, kind) {
  await page.waitForFunction(
    ({ selector, want }) => document.querySelector(selector)?.getAttribute('data-kind') === want,
    { selector: calendarDay(day), want: kind },
    { timeout: STEP_TIMEOUT },
  );
}

/** Waits until the working-day calculator shows `result` ("yyyy-MM-dd"). */
async function waitForWorkingDay(page, result) {
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="workday-result"]')?.getAttribute('data-result') ===
      want,
    result,
    { timeout: STEP_TIMEOUT },
  );
}

/** Deletes the day off of `day` from the list, confirming the question. */
async function deleteDay(page, day) {
  await page.locator(`${row(day)} [data-testid="holiday-delete"]`).click();
  const confirm = page.locator('[data-testid="holiday-delete-confirm"]:visible');
  await confirm.waitFor({ timeout: STEP_TIMEOUT });
  await confirm.click();
  await page.locator(row(day)).waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

test(
  'the administrator adds a day off to the 2026 calendar and deletes it again',
  { timeout: 180_000 },
  async (t) => {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:TZ.]/g, '')
      .slice(0, 14);
    const name = `Ngày nghỉ kiểm thử E2E ${stamp}`;
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    let added = false;

    try {
      await step(page, diagnostics, `log in as the administrator ${ADMIN}`, () =>
        login(page, kcOrigin, ADMIN, password, `/admin/holidays?year=${YEAR}`),
      );

      await step(page, diagnostics, `open the holiday calendar of ${YEAR}`, async () => {
        await page.waitForSelector(`[data-testid="holiday-admin"][data-year="${YEAR}"]`, {
          timeout: STEP_TIMEOUT,
        });
        // the demo calendar of 2026: Tết Nguyên đán, mùng 1 tháng Giêng on Tuesday 17/02
        await page.waitForSelector(row('2026-02-17'), { timeout: STEP_TIMEOUT });
        assert.equal(await page.inputValue('[data-testid="holiday-year"]'), String(YEAR));
        assert.equal(await page.locator('[data-testid="calendar-month"]').count(), 12);
        await waitForDayKind(page, '2026-02-17', 'PUBLIC_HOLIDAY');
        await waitForDayKind(page, '2026-01-10', 'SWAPPED_WORKING_DAY');
        // a test that failed half-way may have left its day behind
        if ((await page.locator(row(DAY)).count()) > 0) await deleteDay(page, DAY);
        await waitForDayKind(page, DAY, 'WORKDAY');
      });

      await step(page, diagnostics, `the working day after ${DAY_BEFORE_SHOWN}`, async () => {
        const from = page.locator('[data-testid="workday-from"]');
        await from.click();
        await from.fill(DAY_BEFORE_SHOWN);
        await from.press('Enter');
        await page.fill('[data-testid="workday-add"]', '1');
        await page.click('[data-testid="workday-compute"]');
        await waitForWorkingDay(page, DAY);
      });

      await step(page, diagnostics, `add "${name}" on ${DAY_SHOWN}`, async () => {
        await page.click('[data-testid="holiday-add"]');
        // the modal's root element has no size of its own: wait for a field
        await page.waitForSelector('[data-testid="holiday-name"]', { timeout: STEP_TIMEOUT });
        const day = page.locator('[data-testid="holiday-day"]');
        await day.click();
        await day.fill(DAY_SHOWN);
        await day.press('Enter');
        await page.click('[data-testid="holiday-kind"]');
        const option = page.locator(
          '.ant-select-dropdown:visible .ant-select-item-option[title="Nghỉ lễ, tết"]',
        );
        await option.waitFor({ timeout: STEP_TIMEOUT });
        await option.click();
        await page.fill('[data-testid="holiday-name"]', name);
        await screenshot(page, 'holidays-form.png');
        await page.click('[data-testid="holiday-save"]');
        await page.waitForSelector('[data-testid="holiday-form"]', {
          state: 'detached',
          timeout: STEP_TIMEOUT,
        });
        added = true;
      });

      await step(page, diagnostics, 'the new day is in the list and in the calendar', async () => {
        await page.waitForSelector(row(DAY), { timeout: STEP_TIMEOUT });
        const text = (await page.textContent(row(DAY))) ?? '';
        assert.ok(text.includes(DAY_SHOWN), `the date is not shown dd/MM/yyyy: ${text}`);
        assert.ok(text.includes('Thứ Tư'), `the weekday is not shown in Vietnamese: ${text}`);
        assert.ok(text.includes(name), `the name is missing: ${text}`);
        assert.ok(text.includes('Nghỉ lễ, tết'), `the kind is missing: ${text}`);
        await waitForDayKind(page, DAY, 'PUBLIC_HOLIDAY');
        // deadlines use the new calendar at once: the next working day moves to Thursday
        await waitForWorkingDay(page, DAY_AFTER);
        await screenshot(page, 'holidays-added.png');
      });

      await step(page, diagnostics, 'delete the day again', async () => {
        await deleteDay(page, DAY);
        added = false;
        await waitForDayKind(page, DAY, 'WORKDAY');
        await waitForWorkingDay(page, DAY);
        assert.ok(
          ((await page.textContent('[data-testid="holiday-table"]')) ?? '').indexOf(name) < 0,
          'the deleted day is still listed',
        );
        await screenshot(page, 'holidays-deleted.png');
      });
    } catch (error) {
      await screenshot(page, 'holidays-failure.png').catch(() => {});
      // leave the shared calendar as it was
      if (added) await deleteDay(page, DAY).catch(() => {});
      throw error;
    }
  },
);
