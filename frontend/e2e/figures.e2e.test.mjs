// End-to-end: the figures a leader reads agree with each other (issue 13), and the pages that show them are
// photographed into docs/images:
//   1. through the API (a real token of the coordinator theodoi.sct): task counts = statistics totals; the
//      deadline page's overdue count = the sum of the units' overdue shares; every scorecard denominator is its
//      unit's statistics; the consolidated report of the last closed quarter has the figures of its cut-off;
//   2. in the browser: the dashboard shows the statistics' numbers, today and on 30/06/2025 (not empty);
//      the deadline page, the scorecard and the consolidated reports page are photographed.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend (its /api proxy reaches the backend)
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_DOCS_IMAGES    where the screenshots go (default ../docs/images)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { frontendUrl, keycloakOrigin, login, openBrowser, step, STEP_TIMEOUT } from './helpers.mjs';

const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const COORDINATOR = 'theodoi.sct';
const imagesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  process.env.DONDOC_DOCS_IMAGES || '../docs/images',
);
const TIMELINESS = [
  'OVERDUE',
  'DUE_SOON',
  'ON_TRACK',
  'NO_DEADLINE',
  'COMPLETED_LATE',
  'COMPLETED_ON_TIME',
  'CLOSED_WITH_TASK',
  'CANCELLED',
];

/** A real access token through the test environment's password-grant client. */
async function token(kc, username) {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: 'dondoc-tests',
    username,
    password,
    scope: 'openid',
  });
  const response = await fetch(`${kc}/realms/dondoc/protocol/openid-connect/token`, {
    method: 'POST',
    body,
  });
  assert.equal(response.status, 200, `token of ${username}: ${await response.clone().text()}`);
  return (await response.json()).access_token;
}

async function api(accessToken, path, init = {}) {
  const response = await fetch(`${frontendUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${accessToken}`, ...(init.headers ?? {}) },
  });
  const text = await response.text();
  assert.ok(response.ok, `${path}: HTTP ${response.status} ${text}`);
  return JSON.parse(text);
}

/** The last Decree 09 quarter whose cut-off has passed: Q3 of this year after 14/9, etc. */
function lastClosedQuarter(today) {
  const [year, month, day] = today.split('-').map(Number);
  // Quarter q's cut-off is the 14th of its last month (3q).
  for (let y = year, q = 4; y >= year - 1; q--) {
    if (q === 0) {
      y--;
      q = 4;
      continue;
    }
    const cutMonth = 3 * q;
    if (y < year || cutMonth < month || (cutMonth === month && day > 14)) return `${y}-Q${q}`;
  }
  return `${year - 1}-Q4`;
}

async function shoot(page, name, locator) {
  mkdirSync(imagesDir, { recursive: true });
  const path = join(imagesDir, name);
  if (locator) await locator.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

/** The number a dashboard figure card shows (Vietnamese digit grouping removed). */
async function figure(page, testId) {
  const text = await page
    .locator(`[data-testid="${testId}"] .ant-statistic-content-value`)
    .first()
    .innerText();
  return Number(text.replace(/[.\s,]/g, ''));
}

test(
  'the dashboard, deadlines, scorecard and consolidated report agree, and are photographed',
  { timeout: 300_000 },
  async (t) => {
    const kc = await keycloakOrigin();
    const bearer = await token(kc, COORDINATOR);

    const counts = await api(bearer, '/api/v1/tasks/counts');
    const stats = await api(bearer, '/api/v1/statistics');
    const deadlines = await api(bearer, '/api/v1/deadlines/counts');
    const scorecard = await api(bearer, '/api/v1/statistics/scorecard');
    for (const x of TIMELINESS) {
      assert.equal(
        stats.totals.byTimeliness[x].count,
        counts.byTimeliness[x],
        `statistics vs counts: ${x}`,
      );
    }
    const unitOverdue = stats.byUnit.reduce((n, u) => n + u.counts.byTimeliness.OVERDUE.count, 0);
    assert.equal(deadlines.overdue, unitOverdue, 'deadline page vs the units’ overdue shares');
    const units = new Map(stats.byUnit.map((u) => [u.unit.id, u.counts.byTimeliness]));
    for (const row of scorecard.rows) {
      const c = units.get(row.unit.id);
      const onTime = row.components.find((x) => x.key === 'ON_TIME_COMPLETION');
      assert.equal(
        onTime.denominator,
        c.COMPLETED_ON_TIME.count + c.COMPLETED_LATE.count + c.OVERDUE.count,
        `scorecard denominator of ${row.unit.name}`,
      );
    }
    const distinct = new Set(scorecard.rows.map((r) => r.score)).size;
    assert.ok(distinct > 5, `more than a handful of distinct scores: ${distinct}`);

    const past = await api(bearer, '/api/v1/statistics?asOf=2025-06-30');
    assert.ok(past.totals.total.count > 0, 'the dashboard of 30/06/2025 is not empty');

    const directives = await api(bearer, '/api/v1/directives');
    const program = directives.items.find((d) => d.kind === 'ACTION_PROGRAM');
    assert.ok(program, 'the demo has an action program');
    const quarter = lastClosedQuarter(stats.asOf);
    const job = await api(bearer, '/api/v1/consolidated-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ directiveId: program.id, periodKey: quarter }),
    });
    let report = job;
    for (let i = 0; i < 120 && !['DONE', 'FAILED'].includes(report.status); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      report = await api(bearer, `/api/v1/consolidated-reports/${job.id}`);
    }
    assert.equal(report.status, 'DONE', JSON.stringify(report));
    const atCutOff = await api(
      bearer,
      `/api/v1/statistics?directiveId=${program.id}&asOf=${report.figures.asOf}`,
    );
    assert.ok(report.figures.total.total > 0, `the ${quarter} report counts tasks`);
    assert.equal(report.figures.total.total, atCutOff.totals.total.count, 'consolidated total');
    assert.equal(
      report.figures.total.overdue,
      atCutOff.totals.byTimeliness.OVERDUE.count,
      'consolidated overdue',
    );

    const { context, page, diagnostics } = await openBrowser(t);
    try {
      await step(page, diagnostics, 'coordinator signs in on the dashboard', () =>
        login(page, kc, COORDINATOR, password, '/dashboard'),
      );
      await step(page, diagnostics, 'the dashboard shows the statistics', async () => {
        await page.waitForSelector('[data-testid="figure-total"]', { timeout: STEP_TIMEOUT });
        assert.equal(await figure(page, 'figure-total'), stats.totals.total.count);
        assert.equal(await figure(page, 'figure-OVERDUE'), stats.totals.byTimeliness.OVERDUE.count);
        await page.waitForSelector('[data-testid="scorecard"] .ant-table-row', {
          timeout: STEP_TIMEOUT,
        });
        await shoot(page, 'dashboard.png');
        await shoot(page, 'scorecard.png', page.locator('[data-testid="scorecard"]'));
      });
      await step(page, diagnostics, 'the dashboard of 30/06/2025', async () => {
        await page.goto(`${frontendUrl}/dashboard?asOf=2025-06-30`);
        await page.waitForSelector('[data-testid="dashboard-past"]', { timeout: STEP_TIMEOUT });
        await page.waitForFunction(
          () =>
            document
              .querySelector('[data-testid="dashboard-as-of"]')
              ?.textContent?.includes('30/06/2025'),
          null,
          { timeout: STEP_TIMEOUT },
        );
        assert.equal(await figure(page, 'figure-total'), past.totals.total.count);
        await shoot(page, 'dashboard-2025-06-30.png');
      });
      await step(page, diagnostics, 'the deadline page', async () => {
        await page.goto(`${frontendUrl}/deadlines`);
        await page.waitForSelector(
          '[data-testid="deadline-calendar"], [data-testid="deadline-view"]',
          {
            timeout: STEP_TIMEOUT,
          },
        );
        await page.waitForLoadState('networkidle');
        await shoot(page, 'deadlines.png');
      });
      await step(page, diagnostics, `the consolidated report of ${quarter}`, async () => {
        await page.goto(`${frontendUrl}/consolidated-reports`);
        await page.waitForSelector('[data-testid="consolidated-history"]', {
          timeout: STEP_TIMEOUT,
        });
        await page.waitForLoadState('networkidle');
        await shoot(page, 'consolidated-reports.png');
      });
    } finally {
      await context.close();
    }
  },
);
