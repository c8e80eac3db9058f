// Self-service password reset, end to end: the administrator rolls it out, users register
// their security info when they sign in, and reset their password from the sign-in page.
// Every message goes to the server's outbox, where the tests read the codes.
// More journeys (security questions, unlock, administrators) are in sspr-more.test.mjs.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, startServer, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean, outboxCount, readOutbox, freshTotpCode,
} from '../lib/harness.mjs';
import {
  ENUMERATION, follow, addUser, openPolicy, chooseScope, adminEnablesForAll, savePolicy,
  assertInterrupted, assertAllSet, registerEmail, registerMobile, registerApp,
  startReset, atStep, methodLabels, chooseMethod, verifyWithCode, verifyWithApp,
  chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Starts a server for one test, and always stops it. */
async function withServer(fn) {
  const server = await startServer();
  try {
    await fn(server);
  } finally {
    await server.stop();
  }
}

/**
 * Collects script errors of a page. Chromium also logs every 4xx answer ("Failed to load
 * resource"): a refused form answers 400 or 401 on purpose, so those are left out.
 */
function watchErrors(page, errors) {
  page.on('console', (m) => {
    if (m.type() !== 'error' || m.location().url.endsWith('/favicon.ico')) return;
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

describe('self-service password reset', () => {
  // Seed 004: the SSPRTesters rollout.
  test('admin rolls SSPR out to SSPRTesters; Mia registers her phone and resets by text', { timeout: 60_000 }, () => withServer(async (server) => {
    const MIA_PASSWORD = 'Quiet-Lantern-Meadow-17';
    const MIA_NEW = 'Copper-Kettle-Orchard-64';
    const MIA_PHONE = '+14255550142';
    const errors = [];
    const codes = [];
    /** What differs from the expected behaviour but lets the journey go on. */
    const problems = [];
    await addUser(server, {
      username: 'mias', first: 'Mia', last: 'Steele', password: MIA_PASSWORD,
      email: 'mia.steele@example.org', mobile: MIA_PHONE,
    });

    // The administrator creates the group with Mia in it.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await follow(admin, admin.getByRole('link', { name: 'New group' }));
    await admin.getByLabel('Group name', { exact: true }).fill('SSPRTesters');
    await admin.getByLabel('Group description', { exact: true }).fill('Testers of SSPR rollout');
    await admin.getByLabel('Members', { exact: true }).fill('mias');
    await submit(admin, admin.getByRole('button', { name: 'Create', exact: true }));
    await admin.getByRole('heading', { level: 1, name: 'SSPRTesters' }).waitFor();
    await admin.getByRole('row').filter({ hasText: 'Mia Steele (mias)' }).waitFor();

    // Admin portal → Password reset → Properties: Selected, SSPRTesters, Save.
    await openPolicy(admin, 'Properties');
    assert.ok(await admin.getByLabel('None', { exact: true }).isChecked(), 'SSPR starts switched off');
    await chooseScope(admin, 'Selected', 'SSPRTesters');
    await screenshot(admin, 'admin-sspr-properties');
    await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    // The save is confirmed ("Your changes were saved."), then the administrator, who
    // has no security info yet, is asked for two methods before going on.
    const saved = admin.getByRole('status').filter({ hasText: 'Your changes were saved.' });
    if (!(await saved.count())) {
      problems.push(`after Save on Properties the confirmation "Your changes were saved." is not shown (landed on ${new URL(admin.url()).pathname})`);
    }
    if (new URL(admin.url()).pathname === '/admin/password-reset/properties') {
      assert.ok(await admin.getByLabel('Selected', { exact: true }).isChecked());
      assert.equal(await admin.getByLabel('Selected group', { exact: true }).locator('option:checked').innerText(), 'SSPRTesters');
      await checkA11y(admin, 'admin: properties saved');
      await follow(admin, admin.getByRole('navigation', { name: 'Password reset' }).getByRole('link', { name: 'Authentication methods' }));
    }
    await assertInterrupted(admin, 2);
    await checkA11y(admin, 'setup: admin interrupted');
    await registerEmail(admin, server, 'it.admin@example.net');
    await registerMobile(admin, server, { national: '425 555 0100', e164: '+14255550100' });
    await assertAllSet(admin);
    await openPolicy(admin, 'Authentication methods');
    await admin.getByRole('group', { name: 'Number of methods required to reset' }).waitFor();
    assert.ok(await admin.getByRole('group', { name: 'Number of methods required to reset' }).getByLabel('1', { exact: true }).isChecked());
    await screenshot(admin, 'admin-sspr-methods');
    await signOut(admin);
    await admin.context().close();

    // Mia signs in and is asked for security info before anything else.
    const mia = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(mia, 'mias', MIA_PASSWORD);
    await assertInterrupted(mia, 1);
    await checkA11y(mia, 'setup: Mia interrupted');
    await screenshot(mia, 'setup');
    // Her account page sends her back here until she has registered.
    await mia.goto('/account');
    assert.equal(new URL(mia.url()).pathname, '/setup');
    codes.push(await registerMobile(mia, server, { national: '425 555 0142', e164: MIA_PHONE }));
    await assertAllSet(mia);
    await follow(mia, mia.getByRole('link', { name: 'Continue to my account' }));
    assert.equal(new URL(mia.url()).pathname, '/account');
    await signOut(mia);

    // "Forgot my password": text my mobile phone.
    await startReset(mia, 'mias', { shot: 'reset-start' });
    const methods = await atStep(mia, 1);
    assert.deepEqual(methods, ['Text my mobile phone', 'Call my mobile phone']);
    await checkA11y(mia, 'reset: verification');
    await screenshot(mia, 'reset-verify');
    await chooseMethod(mia, 'Text my mobile phone');
    assert.match(await mia.locator('#destination-hint').innerText(), /enter the full number \(\+1 \*+42\)/);
    codes.push(await verifyWithCode(mia, server, {
      method: 'Text my mobile phone', destination: MIA_PHONE, to: MIA_PHONE, send: 'Text', shot: 'reset-code',
    }));
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(mia, MIA_NEW, { shot: 'reset-new-password' });
    await resetDone(mia, server, { email: 'mia.steele@example.org', shot: 'reset-done', after: before });

    // The old password is gone; the new one signs her in.
    await signIn(mia, 'mias', MIA_PASSWORD);
    assert.equal(new URL(mia.url()).pathname, '/');
    await signIn(mia, 'mias', MIA_NEW);
    assert.equal(new URL(mia.url()).pathname, '/account');
    await mia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await checkA11y(mia, 'account after reset');
    await mia.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, MIA_PASSWORD, MIA_NEW, ...codes]);
    assert.deepEqual(problems, [], 'the journey went as expected');
  }));
});
