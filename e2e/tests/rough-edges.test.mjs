// The rough edges a first administrator and new users hit (issue 15), one browser test
// for each finding, each as the person meets it: help requests that reached nobody, a
// phone number typed at reset as it was registered, the work address suggested for
// recovery, group members named as people are, users added before the first start,
// the helpdesk link on the verification step, and API tokens managed in the portal.
// The HTTP versions are in crates/web/tests/it/rough_edges.rs.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ADMIN_PASSWORD, launchBrowser, newPage, checkA11y, signIn, signOut, submit, assertLogClean,
  outboxCount, readOutbox, waitForMessage, runCli, startServerIn,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, follow, addUser, openPolicy, chooseScope, savePolicy, adminEnablesForAll,
  assertInterrupted, assertAllSet, registerEmail, registerMobile, registerApp,
  startReset, atStep, chooseMethod, verifyWithCode, chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Main menu → Admin portal → `link` in the portal's menu (Home when not given). */
async function openPortal(page, link = 'Home') {
  await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin portal' }));
  if (link !== 'Home') {
    await follow(page, page.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: link, exact: true }));
  }
}

/** "Contact your administrator" on the verification step → "Ask an administrator for help". */
async function askForHelp(page, username) {
  await startReset(page, username);
  await atStep(page, 1);
  await follow(page, page.getByRole('link', { name: 'Contact your administrator' }));
  assert.equal(new URL(page.url()).pathname, '/reset/help');
  await page.getByRole('heading', { level: 1, name: 'Contact your administrator' }).waitFor();
  await checkA11y(page, 'reset: contact your administrator');
  await submit(page, page.getByRole('button', { name: 'Ask an administrator for help' }));
}

describe('rough edges of a first install (issue 15)', () => {
  test('1. help requests reach the bootstrap admin at the recovery email registered at /setup, or say nobody was reached', { timeout: 60_000 }, () => withServer(async (server) => {
    const NORA_PASSWORD = 'Lantern-Quarry-Thistle-52';
    const ADMIN_HOME = 'it.admin@home.example';
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'nora', first: 'Nora', last: 'Quinn', password: NORA_PASSWORD, email: 'nora.quinn@example.org',
    });

    // A fresh install: the only administrator has no email address, and the portal says
    // that help requests reach nobody.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    const warning = admin.locator('#no-help-recipient');
    await warning.waitFor();
    assert.equal(await warning.getAttribute('role'), 'alert');
    assert.match(await warning.innerText(), /Help requests reach nobody\./);
    await checkA11y(admin, 'admin home: help requests reach nobody');

    // SSPR for everyone; the administrator registers a mobile phone and an app (no email).
    await openPolicy(admin, 'Properties');
    await chooseScope(admin, 'All');
    await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    if (new URL(admin.url()).pathname !== '/setup') {
      await admin.getByText('Your changes were saved.').waitFor();
      await follow(admin, admin.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: 'Home' }));
    }
    await assertInterrupted(admin, 2);
    codes.push(await registerMobile(admin, server, { national: '425 555 0100', e164: '+14255550100' }));
    const app = await registerApp(admin, { name: 'Admin phone' });
    codes.push(app.code);
    await assertAllSet(admin);
    await openPortal(admin);
    await admin.locator('#no-help-recipient').waitFor();
    await checkA11y(admin, 'admin home: still nobody to tell');

    // Nora asks for help: the page says nobody could be reached, and nothing is sent.
    const nora = watchErrors(await newPage(browser, server.baseURL), errors);
    let sentBefore = outboxCount(server.dataDir);
    await askForHelp(nora, 'nora');
    await nora.getByRole('heading', { level: 1, name: "We couldn't reach an administrator" }).waitFor();
    await nora.getByText('Nobody here has been set up to receive help requests yet, so nothing was sent.').waitFor();
    await nora.getByText('Contact your IT team another way, in person or by phone').waitFor();
    await checkA11y(nora, 'reset: no administrator reached');
    assert.equal(outboxCount(server.dataDir), sentBefore, 'nothing is sent when nobody can be reached');

    // The warning's link takes the administrator to /setup, where they add a recovery email.
    await follow(admin, admin.locator('#no-help-recipient').getByRole('link', { name: 'Keep your account secure' }));
    assert.equal(new URL(admin.url()).pathname, '/setup');
    codes.push(await registerEmail(admin, server, ADMIN_HOME));
    await openPortal(admin);
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await admin.locator('#no-help-recipient').count(), 0, 'the warning is gone once an administrator has an email');
    await checkA11y(admin, 'admin home: help requests reach someone');

    // Nora asks again: her administrators are told, at the address registered at /setup.
    sentBefore = outboxCount(server.dataDir);
    await askForHelp(nora, 'nora');
    await nora.getByRole('heading', { level: 1, name: "We've let your administrators know" }).waitFor();
    await checkA11y(nora, 'reset: administrators told');
    const told = await waitForMessage(server.dataDir, (m) => m.channel === 'email' && m.to === ADMIN_HOME, { after: sentBefore });
    assert.match(told.body, /"nora"/, 'the request names the account');
    assert.equal(readOutbox(server.dataDir).slice(sentBefore).length, 1, 'one email, to the one administrator');

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, NORA_PASSWORD, app.secret, ...codes]);
  }));

  test('2. a mobile registered as "United States / Canada (+1)" 425 555 0131 is typed at reset as (425) 555-0131', { timeout: 60_000 }, () => withServer(async (server) => {
    const MIA_PASSWORD = 'Harbor-Pebble-Violet-73';
    const MIA_NEW = 'Cobalt-Meadow-Whistle-18';
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'mia', first: 'Mia', last: 'Steele', password: MIA_PASSWORD, email: 'mia.steele@example.org',
    });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await admin.context().close();

    const mia = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(mia, 'mia', MIA_PASSWORD);
    await assertInterrupted(mia, 1);
    const country = mia.getByRole('region', { name: 'Mobile phone', exact: true }).getByLabel('Country or region', { exact: true });
    assert.ok((await country.locator('option').allInnerTexts()).includes('United States / Canada (+1)'),
      'the picker offers "United States / Canada (+1)"');
    codes.push(await registerMobile(mia, server, { country: 'United States / Canada (+1)', national: '425 555 0131', e164: '+14255550131' }));
    await assertAllSet(mia);
    await signOut(mia);

    // At reset she types the number as people write it, without +1.
    await startReset(mia, 'mia');
    assert.ok((await atStep(mia, 1)).includes('Text my mobile phone'));
    await chooseMethod(mia, 'Text my mobile phone');
    assert.match(await mia.locator('#destination-hint').innerText(), /\(\*+31\)/);
    codes.push(await verifyWithCode(mia, server, {
      method: 'Text my mobile phone', destination: '(425) 555-0131', to: '+14255550131', send: 'Text',
    }));
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(mia, MIA_NEW);
    await resetDone(mia, server, { email: 'mia.steele@example.org', after: before });
    await signIn(mia, 'mia', MIA_NEW);
    assert.equal(new URL(mia.url()).pathname, '/account');

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, MIA_PASSWORD, MIA_NEW, ...codes]);
  }));

  test('3. registration never pre-fills the work email as the recovery email', { timeout: 60_000 }, () => withServer(async (server) => {
    const LENA_PASSWORD = 'Saddle-Orchid-Beacon-46';
    const errors = [];
    await addUser(server, {
      username: 'lena', first: 'Lena', last: 'Tester', password: LENA_PASSWORD, email: 'lena@work.example',
    });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    const codes = await adminEnablesForAll(admin, server);
    await admin.context().close();

    const lena = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(lena, 'lena', LENA_PASSWORD);
    await assertInterrupted(lena, 1);
    await checkA11y(lena, 'setup: Lena interrupted');
    const box = lena.getByRole('region', { name: 'Email', exact: true }).getByLabel('Email address', { exact: true });
    assert.equal(await box.inputValue(), '', 'the Email box is empty: her work address is not offered for recovery');
    codes.push(await registerEmail(lena, server, 'lena@home.example'));
    await assertAllSet(lena);

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, LENA_PASSWORD, ...codes]);
  }));

  test('4. group members are named by display name, with a choice when two people share it', { timeout: 60_000 }, () => withServer(async (server) => {
    const errors = [];
    for (const [username, first, last] of [['mias', 'Mia', 'Steele'], ['omar', 'Omar', 'Haddad'], ['omar2', 'Omar', 'Haddad']]) {
      await addUser(server, { username, first, last, password: `Pw-${username}-Tundra-Lilac-9` });
    }
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    assert.equal(new URL(admin.url()).pathname, '/admin');
    await openPortal(admin, 'Groups');
    await follow(admin, admin.getByRole('link', { name: 'New group' }));
    await admin.getByRole('heading', { level: 1, name: 'New group' }).waitFor();
    await checkA11y(admin, 'admin: new group');
    await admin.getByLabel('Group name', { exact: true }).fill('SSPRTesters');
    await admin.getByLabel('Group description', { exact: true }).fill('Pilot');
    await admin.getByLabel('Members', { exact: true }).fill('Mia Steele');
    await submit(admin, admin.getByRole('button', { name: 'Create', exact: true }));
    await admin.getByRole('heading', { level: 1, name: 'SSPRTesters' }).waitFor();
    const members = admin.getByRole('table', { name: 'Direct members of SSPRTesters' });
    await members.getByRole('row').filter({ hasText: 'Mia Steele (mias)' }).waitFor();
    assert.equal(await members.getByRole('row').count(), 2, 'a header row and Mia');
    await checkA11y(admin, 'admin: group created with Mia');

    // Two people called Omar Haddad: the page names both and asks for a username.
    const field = admin.getByLabel('Add member', { exact: true });
    await field.fill('omar haddad');
    const refused = await submit(admin, admin.getByRole('button', { name: 'Add member' }));
    assert.equal(refused.status(), 400);
    const alert = admin.getByRole('alert');
    await alert.waitFor();
    const said = await alert.innerText();
    assert.match(said, /Omar Haddad \(omar\)/);
    assert.match(said, /Omar Haddad \(omar2\)/);
    assert.match(said, /Type the username of the one you mean\./);
    assert.equal(await field.inputValue(), 'omar haddad', 'what was typed is kept');
    assert.equal(await members.getByRole('row').count(), 2, 'nobody was added');
    await checkA11y(admin, 'admin: two people share a name');
    await field.fill('omar2');
    await submit(admin, admin.getByRole('button', { name: 'Add member' }));
    await admin.getByRole('status').filter({ hasText: 'Added omar2.' }).waitFor();
    await members.getByRole('row').filter({ hasText: 'Omar Haddad (omar2)' }).waitFor();
    assert.equal(await members.getByRole('row').filter({ hasText: 'Omar Haddad (omar)' }).count(), 0);
    await checkA11y(admin, 'admin: omar2 added');

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD]);
  }));

  test('5. `latchkey user add` before the first serve still leaves an admin who can sign in', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'latchkey-e2e-'));
    const BOB_PASSWORD = 'Ember-Falcon-Granite-27';
    await runCli(['user', 'add', 'bob', '--first-name', 'Bob', '--last-name', 'Ng', '--password-stdin',
      '--no-must-change', '--data-dir', dataDir], { input: `${BOB_PASSWORD}\n` });
    const server = await startServerIn(dataDir);
    try {
      const errors = [];
      const admin = watchErrors(await newPage(browser, server.baseURL), errors);
      await signIn(admin, 'admin', ADMIN_PASSWORD);
      assert.equal(new URL(admin.url()).pathname, '/admin', 'the bootstrap admin signs in to the portal');
      await checkA11y(admin, 'admin home after user add before serve');
      await openPortal(admin, 'Users');
      await admin.getByRole('link', { name: 'Bob Ng', exact: true }).waitFor();
      await checkA11y(admin, 'admin: users, Bob added by the CLI');
      await signOut(admin);
      // Bob, added first, signs in as himself.
      await signIn(admin, 'bob', BOB_PASSWORD);
      assert.equal(new URL(admin.url()).pathname, '/account');
      assert.deepEqual(errors, [], 'no script errors in the pages');
      assertLogClean(server, [BOB_PASSWORD]);
    } finally {
      await server.stop();
    }
  });

  test('6. the helpdesk link is on the verification step of the reset journey', { timeout: 60_000 }, () => withServer(async (server) => {
    const HELPDESK = 'https://help.contoso.example/password';
    const NORA_PASSWORD = 'Prairie-Copper-Signal-64';
    const errors = [];
    await addUser(server, {
      username: 'nora', first: 'Nora', last: 'Quinn', password: NORA_PASSWORD, email: 'nora.quinn@example.org',
    });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    const codes = await adminEnablesForAll(admin, server);
    await openPolicy(admin, 'Customization');
    await admin.getByRole('group', { name: 'Customize helpdesk link?' }).getByLabel('Yes', { exact: true }).check();
    await admin.getByLabel('Custom helpdesk email or URL', { exact: true }).fill(HELPDESK);
    await savePolicy(admin, 'Customization');
    await admin.context().close();

    const nora = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(nora, 'nora', NORA_PASSWORD);
    codes.push(await registerEmail(nora, server, 'nora@home.example', { interrupt: 1 }));
    await signOut(nora);
    // Her own verification step, and the one a name that doesn't exist gets.
    for (const name of ['nora', 'nobody-at-all']) {
      await startReset(nora, name);
      await atStep(nora, 1);
      const link = nora.getByRole('link', { name: HELPDESK, exact: true });
      await link.waitFor();
      assert.equal(await link.getAttribute('id'), 'helpdesk-link');
      assert.equal(await link.getAttribute('href'), HELPDESK);
      assert.match(await nora.locator('p.aside').innerText(), /None of these work for you\? Contact your administrator or your helpdesk: https:\/\/help\.contoso\.example\/password/);
      await checkA11y(nora, `reset: verification step with the helpdesk link (${name})`);
    }

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, NORA_PASSWORD, ...codes]);
  }));

  test('7. an API token made in the portal works until it is revoked there', { timeout: 60_000 }, () => withServer(async (server) => {
    const errors = [];
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await openPortal(admin, 'API tokens');
    assert.equal(new URL(admin.url()).pathname, '/admin/tokens');
    await admin.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await admin.getByText('No API tokens yet.').waitFor();
    await checkA11y(admin, 'admin: API tokens, none yet');

    await admin.getByLabel('Name', { exact: true }).fill('HR sync');
    await admin.getByLabel('Scope', { exact: true }).selectOption({ label: 'Read: only reads' });
    assert.equal(await admin.getByLabel('Acts for', { exact: true }).inputValue(), 'admin', 'the token acts for the viewer by default');
    await submit(admin, admin.getByRole('button', { name: 'Create token' }));
    await admin.getByRole('heading', { level: 2, name: 'Token “HR sync” created' }).waitFor();
    const token = (await admin.locator('#shown-token').textContent()).trim();
    assert.match(token, /^lk_\S+$/, `the token is shown once, got "${token.slice(0, 3)}…"`);
    await admin.getByText('This token is shown only once.').waitFor();
    await checkA11y(admin, 'admin: API token created');

    const call = () => fetch(`${server.baseURL}/api/v1/users`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    const ok = await call();
    assert.equal(ok.status, 200, 'the new token lists users');
    const body = await ok.json();
    assert.ok(JSON.stringify(body).includes('"admin"'), `the answer lists admin: ${JSON.stringify(body).slice(0, 200)}`);

    // The list shows it, never the token again; Revoke asks first.
    await admin.goto('/admin/tokens');
    assert.ok(!(await admin.content()).includes(token), 'the token is shown only once');
    const row = admin.getByRole('row').filter({ hasText: 'HR sync' });
    assert.match(await row.innerText(), /Active/);
    await follow(admin, row.getByRole('link', { name: 'Revoke token HR sync' }));
    await admin.getByRole('heading', { level: 2, name: 'Revoke token “HR sync”?' }).waitFor();
    await checkA11y(admin, 'admin: revoke API token?');
    await submit(admin, admin.getByRole('button', { name: 'Revoke token', exact: true }));
    await admin.getByRole('status').filter({ hasText: 'The token was revoked; it no longer works.' }).waitFor();
    assert.match(await admin.getByRole('row').filter({ hasText: 'HR sync' }).innerText(), /Revoked/);
    await checkA11y(admin, 'admin: API token revoked');

    const refused = await call();
    assert.equal(refused.status, 401, 'a revoked token is refused');

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, token]);
  }));
});
