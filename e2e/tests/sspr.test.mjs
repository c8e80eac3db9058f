// Self-service password reset, end to end: the administrator rolls it out, users register
// their security info when they sign in, and reset their password from the sign-in page.
// Every message goes to the server's outbox, where the tests read the codes.
// More journeys (security questions, unlock, administrators) are in sspr-more.test.mjs.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean, outboxCount, readOutbox, freshTotpCode,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, ENUMERATION, follow, addUser, openPolicy, chooseScope, adminEnablesForAll, savePolicy,
  assertInterrupted, assertAllSet, registerEmail, registerMobile, registerApp,
  startReset, atStep, chooseMethod, verifyWithCode, verifyWithApp,
  chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

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
    codes.push(await registerEmail(admin, server, 'it.admin@example.net'));
    codes.push(await registerMobile(admin, server, { national: '425 555 0100', e164: '+14255550100' }));
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
    // Masked to the last two digits (no country code, which would tell real accounts from decoys).
    assert.match(await mia.locator('#destination-hint').innerText(), /enter the full number \(\*+42\)/);
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

  // Seed 000: nobody registered yet.
  test('an in-scope user who never registered sees decoys, a polite refusal, and can ask for help', { timeout: 60_000 }, () => withServer(async (server) => {
    const NOAH_PASSWORD = 'Velvet-Harbor-Lamp-93';
    const HELPDESK_PASSWORD = 'Granite-Willow-Fern-28';
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'noah', first: 'Noah', last: 'Baker', password: NOAH_PASSWORD, email: 'noah.baker@example.org',
    });
    // A password administrator who hears about help requests.
    await addUser(server, {
      username: 'helpdesk', first: 'Help', last: 'Desk', password: HELPDESK_PASSWORD,
      email: 'helpdesk@example.org', role: 'password_admin',
    });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await signOut(admin);
    await admin.context().close();

    const page = watchErrors(await newPage(browser, server.baseURL), errors);
    const noEnumeration = async (label) => {
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, ENUMERATION, `${label}: nothing says the account is unknown or unregistered`);
    };
    await startReset(page, 'noah');
    const methods = await atStep(page, 1);
    // Decoys draw from the user and the administrator methods, so office phone may appear.
    const known = ['Email my alternate email', 'Text my mobile phone', 'Call my mobile phone',
      'Call my office phone', 'Enter a code from my authenticator app'];
    assert.ok(methods.length >= 1, 'some methods are offered');
    for (const m of methods) assert.ok(known.includes(m), `"${m}" is one of the allowed methods`);
    await checkA11y(page, 'reset: decoy methods');
    await noEnumeration('decoy methods');

    // A guess at the first method is refused politely, and nothing is sent.
    const before = outboxCount(server.dataDir);
    const method = methods[0];
    await chooseMethod(page, method);
    await noEnumeration(`decoy ${method}`);
    if (method === 'Enter a code from my authenticator app') {
      await page.getByLabel('Enter the code from your authenticator app', { exact: true }).fill('246810');
      await submit(page, page.getByRole('button', { name: 'Next' }));
    } else if (method === 'Email my alternate email') {
      assert.match(await page.locator('#destination-hint').innerText(), /enter the full address \([a-z]\*+@[a-z.]+\)/);
      await page.getByLabel('Email address', { exact: true }).fill('noah.baker@gmail.com');
      await submit(page, page.getByRole('button', { name: 'Email', exact: true }));
    } else {
      assert.match(await page.locator('#destination-hint').innerText(), /enter the full number \(\*+\d\d\)/);
      await page.getByLabel('Phone number', { exact: true }).fill('+14255550199');
      await submit(page, page.getByRole('button', { name: method.startsWith('Text') ? 'Text' : 'Call', exact: true }));
    }
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /(isn't right|doesn't match).*(try again|another method)/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'the refusal takes the focus');
    await checkA11y(page, 'reset: decoy refusal');
    await noEnumeration('decoy refusal');
    assert.equal(outboxCount(server.dataDir), before, 'nothing is sent for a name that cannot reset');

    // "Contact your administrator" → "Ask an administrator for help".
    await follow(page, page.getByRole('link', { name: 'Contact your administrator' }));
    assert.equal(new URL(page.url()).pathname, '/reset/help');
    await page.getByRole('heading', { level: 1, name: 'Contact your administrator' }).waitFor();
    await checkA11y(page, 'reset: contact your administrator');
    await noEnumeration('help');
    await submit(page, page.getByRole('button', { name: 'Ask an administrator for help' }));
    await page.getByRole('heading', { level: 1, name: "We've let your administrators know" }).waitFor();
    await checkA11y(page, 'reset: administrators told');
    await noEnumeration('administrators told');
    const told = await readOutbox(server.dataDir).find((m) => m.to === 'helpdesk@example.org');
    assert.ok(told, 'the password administrator is emailed about the help request');
    assert.match(told.body, /noah/);

    // A name that doesn't exist walks the same pages.
    await startReset(page, 'nobody-at-all');
    const decoys = await atStep(page, 1);
    assert.ok(decoys.length >= 1);
    await checkA11y(page, 'reset: unknown name');
    await noEnumeration('unknown name');
    await page.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, NOAH_PASSWORD, HELPDESK_PASSWORD, ...codes]);
  }));

  test('two methods required: email, then the authenticator app', { timeout: 60_000 }, () => withServer(async (server) => {
    const RAVI_PASSWORD = 'Amber-Falcon-Quarry-35';
    const RAVI_NEW = 'Maple-Signal-Tundra-81';
    const RAVI_HOME = 'ravi.home@example.net';
    const errors = [];
    const codes = [];
    const problems = [];
    await addUser(server, {
      username: 'ravi', first: 'Ravi', last: 'Patel', password: RAVI_PASSWORD, email: 'ravi.patel@example.org',
    });

    // Authentication methods: 2 required, Email and Mobile app code.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await openPolicy(admin, 'Authentication methods');
    await admin.getByRole('group', { name: 'Number of methods required to reset' }).getByLabel('2', { exact: true }).check();
    const available = admin.getByRole('group', { name: 'Methods available to users' });
    await available.getByLabel('Mobile app code', { exact: true }).check();
    await available.getByLabel('Email', { exact: true }).check();
    await available.getByLabel('Mobile phone (text message or call)', { exact: true }).uncheck();
    await available.getByLabel('Office phone', { exact: true }).uncheck();
    await available.getByLabel('Security questions', { exact: true }).uncheck();
    await savePolicy(admin, 'Authentication methods');
    assert.ok(await admin.getByLabel('2', { exact: true }).isChecked());
    assert.ok(!(await available.getByLabel('Mobile phone (text message or call)', { exact: true }).isChecked()));
    await signOut(admin);
    await admin.context().close();

    // Ravi registers an email address and an authenticator app.
    const ravi = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(ravi, 'ravi', RAVI_PASSWORD);
    await assertInterrupted(ravi, 2);
    await checkA11y(ravi, 'setup: two methods needed');
    assert.equal(await ravi.getByRole('region', { name: 'Mobile phone', exact: true }).count(), 0,
      'methods the policy does not allow are not offered');
    codes.push(await registerEmail(ravi, server, RAVI_HOME));
    const app = await registerApp(ravi, { shot: 'setup-app' });
    codes.push(app.code);
    if (app.defaultName !== 'Authenticator app') {
      problems.push(`/setup/app: "Name for this app" starts as "${app.defaultName}", not "Authenticator app"`);
    }
    await assertAllSet(ravi);
    await signOut(ravi);

    // Step 1: email.
    await startReset(ravi, 'ravi');
    assert.deepEqual(await atStep(ravi, 1), ['Email my alternate email', 'Enter a code from my authenticator app']);
    await checkA11y(ravi, 'reset: two methods, step 1');
    codes.push(await verifyWithCode(ravi, server, {
      method: 'Email my alternate email', destination: RAVI_HOME, to: RAVI_HOME, send: 'Email',
    }));
    // Step 2: only the other method is left, and the new password must wait for it.
    assert.deepEqual(await atStep(ravi, 2), ['Enter a code from my authenticator app']);
    await ravi.getByRole('status').filter({ hasText: 'Done. Now choose a second, different method.' }).waitFor();
    await checkA11y(ravi, 'reset: two methods, step 2');
    await ravi.goto('/reset/password');
    assert.equal(new URL(ravi.url()).pathname, '/reset/verify', 'no new password before the second step');
    // A code from the app, from a later step than the one used to register it.
    const code = await freshTotpCode(app.secret, app.step + 1);
    codes.push(code);
    await verifyWithApp(ravi, code);
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(ravi, RAVI_NEW);
    await resetDone(ravi, server, { email: 'ravi.patel@example.org', after: before });
    await signIn(ravi, 'ravi', RAVI_NEW);
    assert.equal(new URL(ravi.url()).pathname, '/account');
    await ravi.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, RAVI_PASSWORD, RAVI_NEW, app.secret, ...codes]);
    assert.deepEqual(problems, [], 'the journey went as expected');
  }));
});
