// End-to-end: a person reads the API in Swagger UI, logs in through Keycloak (authorization
// code with PKCE, public client dondoc-web) and calls GET /api/v1/me from the page.
//
// Environment (see helpers.mjs for the common ones):
//   DONDOC_BACKEND_URL    the running backend that serves /q/swagger-ui (default http://localhost:8090)
//   DONDOC_E2E_PASSWORD   the demo users' password (default dondoc)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keycloakOrigin, openBrowser, screenshot, step, STEP_TIMEOUT } from './helpers.mjs';

const backendUrl = (process.env.DONDOC_BACKEND_URL || 'http://localhost:8090').replace(/\/$/, '');
const password = process.env.DONDOC_E2E_PASSWORD || 'dondoc';
const USER = 'theodoi.sct';

test('Swagger UI: log in through Keycloak with PKCE and call GET /api/v1/me', async (t) => {
  const kcOrigin = await keycloakOrigin();
  const { page, diagnostics } = await openBrowser(t);

  await step(page, diagnostics, 'open Swagger UI', async () => {
    await page.goto(`${backendUrl}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.swagger-ui .btn.authorize', { timeout: STEP_TIMEOUT });
  });

  await step(page, diagnostics, `authorize as ${USER} in the Keycloak pop-up`, async () => {
    await page.click('.swagger-ui .btn.authorize');
    const people = page.locator('.auth-container', { hasText: 'keycloak-people' });
    await people.waitFor({ timeout: STEP_TIMEOUT });
    // the client id comes from the server's configuration; PKCE needs no secret
    assert.equal(
      await people.locator('input#client_id_authorizationCode').inputValue(),
      'dondoc-web',
    );
    const popupOpened = page.waitForEvent('popup', { timeout: STEP_TIMEOUT });
    await people.locator('button.authorize').click();
    const popup = await popupOpened;
    await popup.waitForSelector('#username', { timeout: STEP_TIMEOUT });
    assert.equal(new URL(popup.url()).origin, kcOrigin, 'the login form is not served by Keycloak');
    const authorizeUrl = new URL(popup.url());
    assert.equal(authorizeUrl.searchParams.get('code_challenge_method'), 'S256');
    await popup.fill('#username', USER);
    await popup.fill('#password', password);
    const closed = popup.waitForEvent('close', { timeout: STEP_TIMEOUT });
    await popup.click('#kc-login');
    await closed;
    // once the code is exchanged, the scheme offers to log out
    await people.locator('button.authorize', { hasText: /logout/i }).waitFor({
      timeout: STEP_TIMEOUT,
    });
    await screenshot(page, 'swagger-authorized.png');
    await page.click('.dialog-ux button.close-modal');
  });

  await step(page, diagnostics, 'try GET /api/v1/me and see 200 with the user', async () => {
    const operation = page.locator('.opblock-get', {
      has: page.locator('.opblock-summary-path[data-path="/api/v1/me"]'),
    });
    await operation.first().locator('.opblock-summary-control').click();
    await operation.first().locator('.try-out__btn').click();
    const answered = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/me',
      { timeout: STEP_TIMEOUT },
    );
    await operation.first().locator('button.execute').click();
    const response = await answered;
    assert.equal(response.status(), 200);
    const request = response.request();
    assert.match((await request.allHeaders()).authorization ?? '', /^Bearer \S+/);
    const body = await response.json();
    assert.equal(body.username, USER);
    const status = operation
      .first()
      .locator('.live-responses-table tr.response .response-col_status')
      .first();
    await status.waitFor({ timeout: STEP_TIMEOUT });
    assert.equal((await status.textContent()).trim(), '200');
    await screenshot(page, 'swagger-me-200.png');
  });
});
