// End-to-end: the notification bell and the calendar feed of personal settings.
//   1. the coordinator theodoi.sct signs in; the header's bell shows a number (or none, zero)
//      and opens the latest notifications;
//   2. from the menu under the user's name, "Cài đặt cá nhân": a calendar link is created (or a
//      new one made, if an earlier run left one); the page shows the secret URL once, ending in
//      .ics, with its webcal:// twin;
//   3. the URL, fetched without any token (as a calendar app does), answers 200 with an
//      iCalendar (BEGIN:VCALENDAR);
//   4. the link is revoked; the same URL answers 404.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_FRONTEND_URL   the running frontend with the backend that has the calendar feed
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
//   DONDOC_OUT_DIR        screenshots go to $DONDOC_OUT_DIR/e2e
import assert from 'node:assert/strict';
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

/**
 * Fetches the feed as a calendar application would: no token, no cookie. The URL is the one the
 * server wrote (its configured public address, or the address it was asked on); should that
 * address not be reachable from here, the same path is asked through the frontend's proxy.
 */
async function fetchFeed(url) {
  try {
    return await fetch(url, { redirect: 'manual' });
  } catch (error) {
    const viaFrontend = `${frontendUrl}${new URL(url).pathname}`;
    if (viaFrontend === url) throw error;
    return fetch(viaFrontend, { redirect: 'manual' });
  }
}

/** Waits until the calendar feed card has loaded what GET /api/v1/me/calendar-feed said. */
async function waitForFeedState(page, active) {
  await page.waitForSelector(`[data-testid="calendar-feed"][data-active="${active}"]`, {
    timeout: STEP_TIMEOUT,
  });
  await page.waitForSelector(
    active ? '[data-testid="feed-info"]' : '[data-testid="feed-inactive"]',
    {
      timeout: STEP_TIMEOUT,
    },
  );
}

test(
  'the bell shows the unread count; a calendar link works without a token until revoked',
  { timeout: 240_000 },
  async (t) => {
    const kcOrigin = await keycloakOrigin();
    const { page, diagnostics } = await openBrowser(t);
    let feedUrl;

    try {
      await step(page, diagnostics, `log in as the coordinator ${COORDINATOR}`, () =>
        login(page, kcOrigin, COORDINATOR, password, '/tasks'),
      );

      await step(page, diagnostics, 'the bell shows the unread count', async () => {
        const bell = page.locator('[data-testid="notification-bell"]');
        // data-count is set once GET /api/v1/notifications/unread-count has answered
        await page.waitForSelector('[data-testid="notification-bell"][data-count]', {
          timeout: STEP_TIMEOUT,
        });
        const count = Number(await bell.getAttribute('data-count'));
        assert.ok(Number.isInteger(count) && count >= 0, `unread count ${count}`);
        const label = (await bell.getAttribute('aria-label')) ?? '';
        if (count > 0) {
          assert.ok(label.includes(`${count} thông báo chưa đọc`), label);
          const badge = page.locator(
            '.ant-badge:has([data-testid="notification-bell"]) sup.ant-badge-count',
          );
          await badge.first().waitFor({ timeout: STEP_TIMEOUT });
          const shown = (await badge.first().getAttribute('title')) ?? '';
          assert.equal(shown, String(count), 'the badge does not show the count');
        } else {
          assert.ok(label.includes('Không có thông báo chưa đọc'), label);
        }
        await bell.click();
        const panel = page.locator('[data-testid="notification-panel"]');
        await panel.waitFor({ timeout: STEP_TIMEOUT });
        await page.waitForFunction(
          () => {
            const panel = document.querySelector('[data-testid="notification-panel"]');
            return (
              !!panel?.querySelector('[data-testid="bell-item"]') ||
              !!panel?.querySelector('.ant-empty')
            );
          },
          null,
          { timeout: STEP_TIMEOUT },
        );
        await screenshot(page, 'notifications-bell.png');
        // closes the panel
        await bell.click();
        await panel.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
      });

      await step(page, diagnostics, 'open personal settings from the user menu', async () => {
        await page.click('[data-testid="user-menu"]');
        const item = page.locator('[data-testid="menu-settings"]');
        await item.waitFor({ timeout: STEP_TIMEOUT });
        await item.click();
        await page.waitForURL((url) => url.pathname === '/settings', { timeout: STEP_TIMEOUT });
        await page.waitForSelector('[data-testid="settings-page"]', { timeout: STEP_TIMEOUT });
        await page.waitForSelector('[data-testid="digest-switch"]', { timeout: STEP_TIMEOUT });
      });

      await step(page, diagnostics, 'create a calendar link, shown once', async () => {
        // the card says whether a link is in use once GET /api/v1/me/calendar-feed answered
        await page.waitForSelector('[data-testid="feed-info"], [data-testid="feed-inactive"]', {
          timeout: STEP_TIMEOUT,
        });
        const active = await page
          .locator('[data-testid="calendar-feed"]')
          .getAttribute('data-active');
        await waitForFeedState(page, active === 'true');
        await page.click('[data-testid="feed-create"]');
        if (active === 'true') {
          // a link from an earlier run: making a new one is confirmed first
          const confirm = page.locator('[data-testid="feed-rotate-confirm"]');
          await confirm.waitFor({ timeout: STEP_TIMEOUT });
          await confirm.click();
        }
        const input = page.locator('[data-testid="feed-url"]');
        await input.waitFor({ timeout: STEP_TIMEOUT });
        feedUrl = await input.inputValue();
        assert.match(feedUrl, /^https?:\/\/.+\/api\/v1\/calendar-feeds\/[^/]+\.ics$/, feedUrl);
        const webcal = await page.getAttribute('[data-testid="feed-webcal"]', 'href');
        assert.equal(webcal, feedUrl.replace(/^https?:\/\//, 'webcal://'));
        const notice = (await page.textContent('[data-testid="feed-created"]')) ?? '';
        assert.ok(notice.includes('chỉ hiện một lần'), notice);
        // and the card now describes the link in use
        await waitForFeedState(page, true);
        await screenshot(page, 'notifications-feed-created.png');
      });

      await step(page, diagnostics, 'the link serves the calendar without a token', async () => {
        const response = await fetchFeed(feedUrl);
        const body = await response.text();
        assert.equal(response.status, 200, body.slice(0, 300));
        assert.ok(body.includes('BEGIN:VCALENDAR'), body.slice(0, 300));
      });

      await step(page, diagnostics, 'revoke the link; it answers 404', async () => {
        await page.click('[data-testid="feed-revoke"]');
        const confirm = page.locator('[data-testid="feed-revoke-confirm"]');
        await confirm.waitFor({ timeout: STEP_TIMEOUT });
        await confirm.click();
        await waitForFeedState(page, false);
        assert.equal(await page.locator('[data-testid="feed-url"]').count(), 0);
        await screenshot(page, 'notifications-feed-revoked.png');
        const response = await fetchFeed(feedUrl);
        await response.arrayBuffer();
        assert.equal(response.status, 404);
      });
    } catch (error) {
      await screenshot(page, 'notifications-failure.png').catch(() => {});
      throw error;
    }
  },
);
