// Passkeys end to end in Chromium: the administrator offers passkeys, a user creates one
// at /setup with a virtual authenticator (the real WebAuthn ceremony, user verification
// included), then resets their password with it. Every new page is checked with axe-core.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, newPage, checkA11y, signIn, signOut, assertLogClean,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, addUser, openPolicy, adminEnablesForAll, savePolicy,
  assertInterrupted, assertAllSet, startReset, atStep, chooseNewPassword, resetDone,
  chooseMethod,
} from '../lib/sspr.mjs';
import {
  localURL, addVirtualAuthenticator, registerPasskey, verifyWithPasskey,
} from '../lib/passkey.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('passkeys', () => {
  test('the admin offers passkeys; Omar creates one at /setup and resets with it', { timeout: 90_000 }, () => withServer(async (server) => {
    const OMAR_PASSWORD = 'Lantern-Quarry-Violet-38';
    const OMAR_NEW = 'Copper-Willow-Harbor-72';
    const errors = [];
    await addUser(server, {
      username: 'omar', first: 'Omar', last: 'Haddad', password: OMAR_PASSWORD, email: 'omar.haddad@example.org',
    });
    const base = localURL(server);

    // Authentication methods: Passkey, and only that, for users.
    const admin = watchErrors(await newPage(browser, base), errors);
    await adminEnablesForAll(admin, server);
    await openPolicy(admin, 'Authentication methods');
    const methods = admin.getByRole('group', { name: 'Methods available to users' });
    for (const label of ['Mobile app code', 'Email', 'Mobile phone (text message or call)', 'Office phone', 'Security questions']) {
      const box = methods.getByLabel(label, { exact: true });
      if (await box.count() && await box.isChecked()) await box.uncheck();
    }
    await methods.getByLabel('Passkey', { exact: true }).check();
    await savePolicy(admin, 'Authentication methods');
    assert.ok(await methods.getByLabel('Passkey', { exact: true }).isChecked(), 'Passkey is saved');
    await signOut(admin);
    await admin.context().close();

    // Omar signs in, is asked for one method and creates a passkey.
    const omar = watchErrors(await newPage(browser, base), errors);
    const authenticator = await addVirtualAuthenticator(omar);
    await signIn(omar, 'omar', OMAR_PASSWORD);
    await assertInterrupted(omar, 1);
    await omar.getByRole('region', { name: 'Passkeys', exact: true }).waitFor();
    await checkA11y(omar, 'setup: passkeys offered');
    await registerPasskey(omar, 'Work laptop');
    await assertAllSet(omar);
    const creds = await authenticator.credentials();
    assert.equal(creds.length, 1, 'the authenticator holds one passkey');
    assert.equal(creds[0].rpId, 'localhost');

    // The same authenticator again: the browser refuses (the passkey is excluded) and the
    // page says so in its alert, with focus on it.
    await omar.getByRole('link', { name: 'Add a passkey' }).click();
    await omar.waitForURL((u) => u.pathname === '/setup/passkey');
    await omar.getByLabel('Name for this passkey', { exact: true }).fill('Same laptop');
    await omar.getByRole('button', { name: 'Create passkey' }).click();
    const alert = omar.locator('#passkey-error');
    await alert.waitFor({ state: 'visible' });
    assert.match(await alert.innerText(), /already has a passkey for your account/);
    assert.equal(await omar.evaluate(() => document.activeElement?.id), 'passkey-error');
    await checkA11y(omar, 'setup: passkey refused by the browser');
    assert.equal((await authenticator.credentials()).length, 1);

    // A name already used: the field is marked invalid, described by the message and
    // focused, so a screen reader reads the problem with the field.
    const nameField = omar.getByLabel('Name for this passkey', { exact: true });
    await nameField.fill('work LAPTOP');
    await omar.getByRole('button', { name: 'Create passkey' }).click();
    await omar.waitForFunction(() => /already have a passkey with this name/
      .test(document.getElementById('passkey-error')?.innerText ?? ''));
    assert.equal(await omar.evaluate(() => document.activeElement?.id), 'name');
    assert.equal(await nameField.getAttribute('aria-invalid'), 'true');
    const describedBy = (await nameField.getAttribute('aria-describedby') ?? '').split(/\s+/);
    assert.ok(describedBy.includes('passkey-error'), `aria-describedby: ${describedBy}`);
    await checkA11y(omar, 'setup: passkey name refused');
    // A name with an invisible character (a zero-width space): its own message, and the
    // field focused again.
    await nameField.fill('Work laptop\u200b');
    await omar.getByRole('button', { name: 'Create passkey' }).click();
    await omar.waitForFunction(() => /invisible character/
      .test(document.getElementById('passkey-error')?.innerText ?? ''));
    assert.equal(await omar.evaluate(() => document.activeElement?.id), 'name');
    assert.equal((await authenticator.credentials()).length, 1);
    await omar.goto('/setup');
    await signOut(omar);

    // "Forgot my password": the passkey is the way back in.
    await startReset(omar, 'omar');
    const labels = await atStep(omar, 1);
    assert.deepEqual(labels, ['Use a passkey']);
    await chooseMethod(omar, 'Use a passkey');
    await omar.getByRole('button', { name: 'Use my passkey' }).waitFor();
    await checkA11y(omar, 'reset: use a passkey');
    await verifyWithPasskey(omar);
    assert.ok((await authenticator.credentials())[0].signCount >= 1, 'the authenticator signed');
    await chooseNewPassword(omar, OMAR_NEW);
    await resetDone(omar, server, { email: 'omar.haddad@example.org' });
    await signIn(omar, 'omar', OMAR_NEW);
    assert.equal(new URL(omar.url()).pathname, '/account');
    await omar.context().close();

    assert.deepEqual(errors, [], 'no script errors');
    assertLogClean(server, [OMAR_PASSWORD, OMAR_NEW]);
  }));

  test('a cancelled passkey is announced, and the journey goes on', { timeout: 60_000 }, () => withServer(async (server) => {
    const PW = 'Meadow-Falcon-Granite-55';
    await addUser(server, {
      username: 'ines', first: 'Ines', last: 'Costa', password: PW, email: 'ines.costa@example.org',
    });
    const base = localURL(server);
    const admin = await newPage(browser, base);
    await adminEnablesForAll(admin, server);
    await openPolicy(admin, 'Authentication methods');
    await admin.getByRole('group', { name: 'Methods available to users' })
      .getByLabel('Passkey', { exact: true }).check();
    await savePolicy(admin, 'Authentication methods');
    await admin.context().close();

    const page = await newPage(browser, base);
    const authenticator = await addVirtualAuthenticator(page);
    await signIn(page, 'ines', PW);
    await page.goto('/setup');
    await registerPasskey(page, 'Phone');
    await signOut(page);
    // The authenticator is gone (another device): the browser finds no passkey.
    await authenticator.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: authenticator.authenticatorId });
    await addVirtualAuthenticator(page);
    await startReset(page, 'ines');
    await atStep(page, 1);
    await chooseMethod(page, 'Use a passkey');
    await page.getByRole('button', { name: 'Use my passkey' }).click();
    const alert = page.locator('#passkey-error');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await alert.innerText(), /No passkey was used/);
    await checkA11y(page, 'reset: passkey not used');
    // Still at step 1, with the other methods on offer.
    await atStep(page, 1);
    await page.context().close();
  }));
});
