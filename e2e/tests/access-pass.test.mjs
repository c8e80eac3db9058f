// Temporary Access Pass: a helpdesk administrator issues one for Nadia, who has lost her
// password and never registered a method; she signs in with it (it opens only "Keep your
// account secure"), registers an authenticator app, and resets her password with it. The
// pass is shown once, told to her addresses without the pass itself, and stops working
// once she registered a strong method.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, newPage, checkA11y, signOut, submit, screenshot, readOutbox, assertLogClean,
  freshTotpCode,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, follow, addUser, adminEnablesForAll, registerApp, startReset,
  atStep, verifyWithApp, chooseNewPassword, resetDone, openPolicy, savePolicy, chooseMethod,
} from '../lib/sspr.mjs';
import { localURL, addVirtualAuthenticator, registerPasskey, verifyWithPasskey } from '../lib/passkey.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const NADIA_FORGOTTEN = 'Pelican-Quartz-Ember-58';
const NADIA_NEW = 'Saffron-Tundra-Lyric-27';

/** Admin portal → Users → `name` → Temporary Access Pass → Issue. Returns the pass shown. */
async function issuePass(page, name, { validFor = '1 hour', oneTime = false } = {}) {
  await page.goto('/admin/users');
  await follow(page, page.getByRole('link', { name, exact: true }));
  const section = page.getByRole('region', { name: 'Temporary Access Pass' });
  await section.getByLabel('Valid for').selectOption({ label: validFor });
  if (oneTime) await section.getByLabel(/One-time use/).check();
  await checkA11y(page, 'admin: user page with the pass section');
  await submit(page, section.getByRole('button', { name: /Issue/ }));
  await page.getByRole('heading', { level: 1, name: 'Temporary Access Pass issued' }).waitFor();
  await checkA11y(page, 'admin: pass shown once');
  await screenshot(page, 'access-pass-issued');
  const pass = (await page.locator('#shown-pass').textContent()).trim();
  assert.match(pass, /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/, `a pass in four groups, got "${pass}"`);
  return pass;
}

/** Sign-in page → "Sign in with a Temporary Access Pass" → username and pass → Sign in. */
async function signInWithPass(page, username, pass) {
  await page.goto('/');
  await follow(page, page.getByRole('link', { name: 'Sign in with a Temporary Access Pass' }));
  await page.getByRole('heading', { level: 1, name: 'Sign in with a Temporary Access Pass' }).waitFor();
  await checkA11y(page, 'sign in with a pass');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Temporary Access Pass', { exact: true }).fill(pass);
  return submit(page, page.getByRole('button', { name: 'Sign in' }));
}

describe('Temporary Access Pass', () => {
  test('an admin issues a pass; Nadia registers an app with it and resets her password', { timeout: 120_000 }, () => withServer(async (server) => {
    const errors = [];
    await addUser(server, {
      username: 'nadia', first: 'Nadia', last: 'Haddad', password: NADIA_FORGOTTEN,
      email: 'nadia.haddad@example.org',
    });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await adminEnablesForAll(admin, server);
    const pass = await issuePass(admin, 'Nadia Haddad');
    // The user page now says a pass is active, never the pass.
    await admin.goto('/admin/users');
    await follow(admin, admin.getByRole('link', { name: 'Nadia Haddad', exact: true }));
    await admin.locator('#tap-status').waitFor();
    assert.ok(!(await admin.content()).includes(pass), 'the pass is shown only once');
    // Nadia's addresses hear of it, without the pass.
    const told = readOutbox(server.dataDir).filter((m) => /Temporary Access Pass/.test(m.subject ?? ''));
    assert.equal(told.length, 1, 'one notice to her address');
    assert.equal(told[0].to, 'nadia.haddad@example.org');
    assert.ok(!JSON.stringify(told[0]).includes(pass), 'the notice never carries the pass');

    const page = watchErrors(await newPage(browser, server.baseURL), errors);
    // A wrong pass: refused in words that don't say what was wrong, the username kept.
    const wrong = await signInWithPass(page, 'nadia', 'AAAA-BBBB-CCCC-DDDD');
    assert.equal(wrong.status(), 401);
    await page.getByRole('alert').filter({ hasText: "don't work together" }).waitFor();
    assert.equal(await page.getByLabel('Username', { exact: true }).inputValue(), 'nadia');
    assert.equal(await page.getByLabel('Temporary Access Pass', { exact: true }).inputValue(), '', 'the pass is never typed back');
    await checkA11y(page, 'sign in with a pass: refused');
    // The right one, typed in lower case: /setup, and only /setup.
    await signInWithPass(page, 'nadia', pass.toLowerCase());
    assert.equal(new URL(page.url()).pathname, '/setup');
    await page.locator('#access-pass-note').waitFor();
    await checkA11y(page, 'setup after a pass');
    await screenshot(page, 'access-pass-setup');
    for (const path of ['/account', '/admin']) {
      await page.goto(path);
      assert.equal(new URL(page.url()).pathname, '/setup', `${path} is out of a pass's reach`);
    }
    await page.goto('/setup');
    const app = await registerApp(page, { name: 'New phone' });
    await signOut(page);
    // The pass has done its job: it opens nothing now.
    const again = await signInWithPass(page, 'nadia', pass);
    assert.equal(again.status(), 401, 'a strong method registered revokes the pass');

    await startReset(page, 'nadia');
    await atStep(page, 1);
    await verifyWithApp(page, await freshTotpCode(app.secret, app.step + 1));
    await chooseNewPassword(page, NADIA_NEW);
    await resetDone(page, server, { email: 'nadia.haddad@example.org' });
    assert.deepEqual(errors, []);
    assertLogClean(server, [pass, NADIA_NEW]);
  }));

  test('a one-time pass lets Ravi, who has no method, create a passkey and reset with it', { timeout: 120_000 }, () => withServer(async (server) => {
    const errors = [];
    await addUser(server, {
      username: 'ravi', first: 'Ravi', last: 'Menon', password: 'Marble-Cinder-Oasis-41',
      email: 'ravi.menon@example.org',
    });
    // Passkeys are the only method users may reset with.
    const base = localURL(server);
    const admin = watchErrors(await newPage(browser, base), errors);
    await adminEnablesForAll(admin, server);
    await openPolicy(admin, 'Authentication methods');
    const methods = admin.getByRole('group', { name: 'Methods available to users' });
    for (const box of await methods.getByRole('checkbox').all()) {
      if (await box.isChecked()) await box.uncheck();
    }
    await methods.getByLabel('Passkey', { exact: true }).check();
    await savePolicy(admin, 'Authentication methods');
    const pass = await issuePass(admin, 'Ravi Menon', { validFor: '10 minutes', oneTime: true });

    const page = watchErrors(await newPage(browser, base), errors);
    await addVirtualAuthenticator(page);
    await signInWithPass(page, 'ravi', pass);
    assert.equal(new URL(page.url()).pathname, '/setup');
    await registerPasskey(page, 'Laptop');
    await screenshot(page, 'setup-passkey');
    await signOut(page);
    // One-time: used up, and revoked by the passkey anyway.
    assert.equal((await signInWithPass(page, 'ravi', pass)).status(), 401);
    await startReset(page, 'ravi');
    await atStep(page, 1);
    await chooseMethod(page, 'Use a passkey');
    await screenshot(page, 'reset-passkey');
    await verifyWithPasskey(page);
    await chooseNewPassword(page, 'Harbor-Lilac-Summit-64');
    await resetDone(page, server, { email: 'ravi.menon@example.org' });
    assert.deepEqual(errors, []);
    assertLogClean(server, [pass]);
  }));
});
