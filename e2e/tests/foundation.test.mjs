// The first story: an administrator creates Mia and the SSPRTesters group; Mia signs in
// with the password she was given and must choose her own before going on.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, startServer, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean,
} from '../lib/harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const NEW_PASSWORD = 'Blue-Otter-Harbor-42';

test('admin creates Mia and SSPRTesters; Mia signs in, must change password', { timeout: 30_000 }, async () => {
  const secrets = [ADMIN_PASSWORD, NEW_PASSWORD];
  const admin = await newPage(browser, server.baseURL);
  const errors = [];
  admin.on('console', (m) => {
    // The browser's own request for /favicon.ico (there is none) is not the page's doing.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} (${m.location().url})`);
  });
  admin.on('pageerror', (e) => errors.push(String(e)));

  // The administrator signs in and lands on the admin portal.
  await admin.goto('/');
  await checkA11y(admin, 'sign-in');
  await screenshot(admin, 'signin');
  await signIn(admin, 'admin', ADMIN_PASSWORD);
  assert.equal(new URL(admin.url()).pathname, '/admin');
  await admin.getByRole('heading', { level: 1, name: 'Admin portal' }).waitFor();
  await checkA11y(admin, 'admin home');

  // Users → New user.
  await admin.goto('/admin/users');
  await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await checkA11y(admin, 'users list');
  await screenshot(admin, 'users');
  await admin.getByRole('link', { name: 'New user' }).click();
  await admin.waitForURL('**/admin/users/new');
  await checkA11y(admin, 'new user form');
  await admin.getByLabel('First name', { exact: true }).fill('Mia');
  await admin.getByLabel('Last name', { exact: true }).fill('Steele');
  await admin.getByLabel('Username', { exact: true }).fill('mias');
  assert.equal(await admin.getByLabel('Display name', { exact: true }).inputValue(), '');
  assert.ok(await admin.getByLabel('Automatically create a password').isChecked(),
    '"Automatically create a password" is checked by default');
  assert.ok(await admin.getByLabel('Require this user to change their password when they first sign in').isChecked(),
    '"Require this user to change their password…" is checked by default');
  await submit(admin, admin.getByRole('button', { name: 'Create', exact: true }));

  await admin.getByRole('heading', { level: 1, name: 'User created' }).waitFor();
  const shown = (await admin.locator('#shown-password').textContent()).trim();
  assert.ok(shown.length >= 8, `a generated password is shown (got ${shown.length} characters)`);
  secrets.push(shown);
  assert.equal((await admin.locator('#shown-username').textContent()).trim(), 'mias');
  await admin.getByText('Mia Steele', { exact: true }).first().waitFor();
  await checkA11y(admin, 'user created');
  await screenshot(admin, 'user-created');

  // The new user appears in the list under the display name built from her names.
  await admin.goto('/admin/users');
  const row = admin.getByRole('row').filter({ hasText: 'mias' });
  await row.getByRole('link', { name: 'Mia Steele' }).waitFor();

  // A security group with Mia as its first member.
  await admin.goto('/admin/groups/new');
  await admin.getByRole('heading', { level: 1, name: 'New group' }).waitFor();
  await checkA11y(admin, 'new group form');
  await admin.getByLabel('Group name', { exact: true }).fill('SSPRTesters');
  await admin.getByLabel('Group description', { exact: true }).fill('Testers of SSPR rollout');
  await admin.getByLabel('Members', { exact: true }).fill('mias');
  await submit(admin, admin.getByRole('button', { name: 'Create', exact: true }));
  assert.match(new URL(admin.url()).pathname, /^\/admin\/groups\/[^/]+$/);
  await admin.getByRole('heading', { level: 1, name: 'SSPRTesters' }).waitFor();
  await admin.getByText('Testers of SSPR rollout').waitFor();
  const members = admin.getByRole('table');
  await members.getByRole('row').filter({ hasText: 'Mia Steele (mias)' }).waitFor();
  await checkA11y(admin, 'group page');
  await screenshot(admin, 'group');

  await signOut(admin);
  await admin.getByText("You've signed out.").waitFor();
  await admin.context().close();

  // Mia signs in with the password she was given and must choose her own.
  const mia = await newPage(browser, server.baseURL);
  mia.on('pageerror', (e) => errors.push(String(e)));
  await signIn(mia, 'mias', shown);
  assert.equal(new URL(mia.url()).pathname, '/password/change');
  await mia.getByRole('heading', { level: 1, name: 'Update your password' }).waitFor();
  await checkA11y(mia, 'forced password change');
  // Other pages send her back here until she has chosen one.
  await mia.goto('/account');
  assert.equal(new URL(mia.url()).pathname, '/password/change',
    'with a password to change, /account redirects to /password/change');

  // A too-short password is refused with a message that names the rule.
  await mia.getByLabel('Current password', { exact: true }).fill(shown);
  await mia.getByLabel('New password', { exact: true }).fill('short1');
  await mia.getByLabel('Confirm new password', { exact: true }).fill('short1');
  await submit(mia, mia.getByRole('button', { name: 'Update password' }));
  assert.equal(new URL(mia.url()).pathname, '/password/change');
  const summary = mia.getByRole('alert');
  await summary.waitFor();
  assert.match(await summary.textContent(), /at least 8 characters/);
  const newField = mia.getByLabel('New password', { exact: true });
  assert.equal(await newField.getAttribute('aria-invalid'), 'true');
  const described = (await newField.getAttribute('aria-describedby')).split(/\s+/);
  const texts = await Promise.all(described.map((id) => mia.locator(`#${id}`).textContent()));
  assert.match(texts.join(' '), /at least 8 characters/, 'the error is among the descriptions of the field');
  for (const label of ['Current password', 'New password', 'Confirm new password']) {
    assert.equal(await mia.getByLabel(label, { exact: true }).inputValue(), '',
      `"${label}" is emptied after an error`);
  }
  // The error summary takes the focus so that screen readers announce it.
  assert.equal(await mia.evaluate(() => document.activeElement?.id), 'error-summary');
  await checkA11y(mia, 'forced password change with an error');
  await screenshot(mia, 'password-change-error');

  await mia.getByLabel('Current password', { exact: true }).fill(shown);
  await mia.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await mia.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
  await submit(mia, mia.getByRole('button', { name: 'Update password' }));
  assert.equal(new URL(mia.url()).pathname, '/account');
  await mia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
  const status = mia.getByRole('status').filter({ hasText: 'Your password has been changed.' });
  await status.waitFor();
  // Her profile shows the group.
  await mia.getByText('SSPRTesters', { exact: true }).waitFor();
  await checkA11y(mia, 'my account');
  await screenshot(mia, 'account');

  await signOut(mia);
  // The old password no longer works…
  await signIn(mia, 'mias', shown);
  assert.equal(new URL(mia.url()).pathname, '/');
  await mia.getByText('Your account or password is incorrect').waitFor();
  // …the new one does, and she goes straight to her account.
  await signIn(mia, 'mias', NEW_PASSWORD);
  assert.equal(new URL(mia.url()).pathname, '/account');
  await mia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
  await mia.context().close();

  assert.deepEqual(errors, [], 'no script errors in the pages');
  assertLogClean(server, secrets);
});
