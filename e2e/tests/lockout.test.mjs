// Smart lockout at sign-in: ten different wrong passwords lock the name for a while,
// the right password is refused while it is locked, and nothing on the page tells an
// unknown username from a real one.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEXT, startServer, launchBrowser, newPage, checkA11y, screenshot, submit, assertLogClean,
} from '../lib/harness.mjs';

const MIA_PASSWORD = 'Quiet-Lantern-Meadow-17';
const WRONG = Array.from({ length: 12 }, (_, i) => `Wrong-Guess-${i + 1}-xyz`);
/** Words that would tell an attacker that a username does not exist. */
const ENUMERATION = /does\s*n[o']t\s+exist|not\s+found|no\s+such|unknown\s+(user|account)|isn't\s+registered/i;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Creates Mia with the CLI, against the running server's data folder. */
async function addMia(server) {
  await server.cli(
    ['user', 'add', 'mias', '--first-name', 'Mia', '--last-name', 'Steele', '--password-stdin', '--no-must-change'],
    { input: `${MIA_PASSWORD}\n` },
  );
}

/**
 * Submits the sign-in form and returns what the page says: its path, the HTTP status,
 * the error text (or null) and the whole text of <main>.
 */
async function attempt(page, username, password) {
  if (new URL(page.url()).pathname !== '/' || !(await page.getByLabel('Username', { exact: true }).count())) {
    await page.goto('/');
  }
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const response = await submit(page, page.getByRole('button', { name: 'Sign in' }));
  const alert = page.getByRole('alert');
  const error = (await alert.count()) ? (await alert.innerText()).trim() : null;
  const main = await page.locator('main').innerText();
  return { path: new URL(page.url()).pathname, status: response.status(), error, main };
}

describe('sign-in lockout', () => {
  test('ten wrong passwords lock the account; unknown names get the same answer', { timeout: 30_000 }, async () => {
    const server = await startServer();
    try {
      await addMia(server);
      const page = await newPage(browser, server.baseURL);

      // An unknown username: the generic answer, nothing about the account not existing.
      const unknown = await attempt(page, 'nobody-here', WRONG[0]);
      assert.equal(unknown.path, '/');
      assert.equal(unknown.status, 401);
      assert.ok(unknown.error?.includes(TEXT.invalid), `generic error for an unknown name, got: ${unknown.error}`);
      assert.doesNotMatch(unknown.main, ENUMERATION);
      // The typed name is kept, the password is not.
      assert.equal(await page.getByLabel('Username', { exact: true }).inputValue(), 'nobody-here');
      assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '');
      await checkA11y(page, 'sign-in with an error');
      await screenshot(page, 'signin-error');

      // Mia, nine different wrong passwords: each time the same generic answer as above.
      for (let i = 0; i < 9; i++) {
        const r = await attempt(page, 'mias', WRONG[i]);
        assert.equal(r.path, '/', `attempt ${i + 1} stays on the sign-in page`);
        assert.equal(r.status, 401);
        assert.equal(r.error, unknown.error, `attempt ${i + 1}: same words as for an unknown name`);
        assert.doesNotMatch(r.main, ENUMERATION);
        assert.doesNotMatch(r.main, new RegExp(TEXT.locked), `attempt ${i + 1} is not locked yet`);
      }

      // Repeating a recent wrong password does not count again (still not locked).
      const repeat = await attempt(page, 'mias', WRONG[8]);
      assert.equal(repeat.error, unknown.error, 'a repeated wrong password is not counted twice');

      // The tenth different wrong password locks the name.
      const tenth = await attempt(page, 'mias', WRONG[9]);
      assert.equal(tenth.path, '/');
      assert.match(tenth.error ?? '', new RegExp(TEXT.locked), `locked after ten wrong passwords, got: ${tenth.error}`);
      assert.doesNotMatch(tenth.main, ENUMERATION);

      // While locked, even the right password is refused with the same message.
      const right = await attempt(page, 'mias', MIA_PASSWORD);
      assert.equal(right.path, '/', 'the right password does not sign in while locked');
      assert.match(right.error ?? '', new RegExp(TEXT.locked));
      assert.equal(right.error, tenth.error);
      assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '');
      // The error is announced: role=alert, and it takes the focus.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
      await checkA11y(page, 'sign-in locked');
      await screenshot(page, 'signin-locked');

      // An unknown name locks just the same, so the lockout tells nothing either.
      let last;
      for (let i = 0; i < 10; i++) last = await attempt(page, 'nobody-here', WRONG[i + 1]);
      assert.match(last.error ?? '', new RegExp(TEXT.locked), 'unknown names lock like real ones');
      assert.equal(last.error, tenth.error);

      await page.context().close();
      assertLogClean(server, [MIA_PASSWORD, ...WRONG]);
    } finally {
      await server.stop();
    }
  });

  test('the lock lifts after its duration', { timeout: 30_000 }, async () => {
    const server = await startServer({ env: { LATCHKEY_LOCKOUT__DURATION_SECONDS: '2' } });
    try {
      await addMia(server);
      const page = await newPage(browser, server.baseURL);
      let r;
      for (let i = 0; i < 10; i++) r = await attempt(page, 'mias', WRONG[i]);
      assert.match(r.error ?? '', new RegExp(TEXT.locked));
      r = await attempt(page, 'mias', MIA_PASSWORD);
      assert.match(r.error ?? '', new RegExp(TEXT.locked), 'still locked right away');

      await new Promise((res) => setTimeout(res, 3_000));
      r = await attempt(page, 'mias', MIA_PASSWORD);
      assert.equal(r.path, '/account', `signed in after the lock lifted, got: ${r.error}`);
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await page.context().close();
      assertLogClean(server, [MIA_PASSWORD, ...WRONG]);
    } finally {
      await server.stop();
    }
  });
});
