// The pages in other languages (issue 15): the reset journey in German, chosen by the
// browser's Accept-Language, and in Arabic, chosen with the picker at the foot of the
// page and laid out right to left, each with axe-core on every page and the emails in
// the page's language; then the journey's time limit, hidden by script until near its
// end, and without JavaScript on the page all along with "Give me more time", which
// extends the journey once.
//
// The texts are read from the Fluent catalogues (crates/i18n/locales/<lang>/*.ftl), the
// same the server is built with, so a reworded message doesn't break the test; each one
// is also checked to differ from the English, so an untranslated page still fails.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, launchBrowser, newPage, checkA11y, submit, assertLogClean, outboxCount, waitForMessage,
} from '../lib/harness.mjs';
import { withServer, watchErrors, follow, addUser } from '../lib/sspr.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// ------------------------------------------------------------------ the catalogues

const catalogues = new Map();

/** The simple (one-line) messages of `lang`'s catalogue, by key. */
function catalogue(lang) {
  if (!catalogues.has(lang)) {
    const dir = path.join(REPO_ROOT, 'crates', 'i18n', 'locales', lang);
    const out = new Map();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const m = line.match(/^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/);
        if (m) out.set(m[1], m[2].trim());
      }
    }
    catalogues.set(lang, out);
  }
  return catalogues.get(lang);
}

/** The text of `key` in `lang`, with `{ $name }` replaced from `args`. */
function t(lang, key, args = {}) {
  const text = catalogue(lang).get(key);
  assert.ok(text !== undefined, `${lang}: no one-line message "${key}" in the catalogue`);
  if (lang !== 'en') assert.notEqual(text, catalogue('en').get(key), `${lang}: "${key}" is not translated`);
  return text.replace(/\{\s*\$([a-z_]+)\s*\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for `key` in `lang`, any value standing for each `{ $name }`. */
function tPattern(lang, key) {
  const parts = t(lang, key).split(/\{\s*\$[a-z_]+\s*\}/);
  return new RegExp(parts.map(escape).join('.+'));
}

// ------------------------------------------------------------------ the setup

const PASSWORD = 'Granite-Willow-Parade-38';
const NEW_PASSWORD = 'Saffron-Lagoon-Trellis-57';

/**
 * A user with an alternate email set by the administrator (CLI), and self-service reset
 * for everyone by email, with the profile's contacts counting as registered.
 */
async function prepare(server, username, alternate) {
  await addUser(server, { username, first: 'Lina', last: 'Haddad', password: PASSWORD });
  await server.cli(['user', 'set', username, '--alternate-email', alternate]);
  const doc = JSON.parse((await server.cli(['policy', 'export', '--format', 'json'])).stdout);
  Object.assign(doc.sspr, { scope: 'all', methods: ['email'], methods_required: 1, use_directory_contacts: true, allow_unlock: false });
  await server.cli(['policy', 'apply', '-', '--format', 'json'], { input: JSON.stringify(doc) });
}

/** A fresh context whose browser asks for `locale` (its Accept-Language). */
async function pageIn(baseURL, locale, errors, extra = {}) {
  const context = await browser.newContext({
    baseURL, bypassCSP: true, viewport: { width: 1024, height: 768 }, locale, ...extra,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(10_000);
  const page = await context.newPage();
  return errors ? watchErrors(page, errors) : page;
}

/** The page is in `lang`, written in `dir`. */
async function assertLang(page, lang, dir, where) {
  const html = page.locator('html');
  assert.equal(await html.getAttribute('lang'), lang, `${where}: <html lang>`);
  assert.equal(await html.getAttribute('dir'), dir, `${where}: <html dir>`);
}

/** The verification code in an email, in any language: its 8 digits. */
function emailCode(message) {
  const m = (message.body || '').match(/(?<![0-9A-Za-z])(\d{8})(?![0-9A-Za-z])/);
  assert.ok(m, `an 8-digit code in the email: ${message.body}`);
  return m[1];
}

/**
 * The reset journey in `lang` from the sign-in page, with axe on every page: "Forgot my
 * password", the username, the email method, the code from the outbox (whose email is in
 * `lang`), optionally a wrong code first, the new password, the done page, then signing
 * in with the new password. Returns the codes used.
 */
async function journey(page, server, lang, dir, { username, alternate, wrongCode = false, onVerify }) {
  const codes = [];
  const where = (s) => `${lang}: ${s}`;
  await page.goto('/');
  await assertLang(page, lang, dir, where('sign-in'));
  await page.getByRole('heading', { level: 1, name: t(lang, 'signin-title') }).waitFor();
  await checkA11y(page, where('sign-in'));
  await follow(page, page.getByRole('link', { name: t(lang, 'signin-forgot'), exact: true }));

  // Who are you?
  assert.equal(new URL(page.url()).pathname, '/reset');
  await assertLang(page, lang, dir, where('reset start'));
  await page.getByRole('heading', { level: 1, name: t(lang, 'reset-title') }).waitFor();
  await page.getByRole('heading', { level: 2, name: t(lang, 'reset-start-heading') }).waitFor();
  await checkA11y(page, where('reset: who are you'));
  await page.getByLabel(t(lang, 'reset-start-username'), { exact: true }).fill(username);
  await submit(page, page.getByRole('button', { name: t(lang, 'reset-next'), exact: true }));

  // Verification step 1: email.
  assert.match(new URL(page.url()).pathname, /^\/reset\/verify/);
  await assertLang(page, lang, dir, where('verification'));
  await page.getByText(t(lang, 'reset-verify-steps', { step: 1 }), { exact: true }).waitFor();
  const nav = page.getByRole('navigation', { name: t(lang, 'reset-verify-methods-heading') });
  const email = nav.getByRole('link').filter({ hasText: t(lang, 'reset-method-email') });
  await email.waitFor();
  await checkA11y(page, where('reset: verification'));
  if ((await email.getAttribute('aria-current')) !== 'true') {
    await follow(page, email);
    await checkA11y(page, where('reset: email chosen'));
  }
  if (onVerify) await onVerify(page);
  await page.getByLabel(t(lang, 'reset-verify-email-label'), { exact: true }).fill(alternate);
  let before = outboxCount(server.dataDir);
  await submit(page, page.getByRole('button', { name: t(lang, 'reset-verify-send-email'), exact: true }));
  const codeBox = page.getByLabel(t(lang, 'reset-verify-code-label'), { exact: true });
  await codeBox.waitFor();
  await page.getByText(tPattern(lang, 'reset-verify-code-email')).waitFor();
  await assertLang(page, lang, dir, where('code sent'));
  await checkA11y(page, where('reset: code sent'));

  // The email is in the page's language.
  const message = await waitForMessage(server.dataDir, (m) => m.channel === 'email' && m.to === alternate, { after: before });
  assert.match(message.subject, tPattern(lang, 'messages-code-email-subject'), where('the code email\'s subject'));
  assert.match(message.body, tPattern(lang, 'messages-code-email-intro'), where('the code email\'s body'));
  assert.match(message.body, tPattern(lang, 'messages-code-email-never'), where('the code email\'s body'));
  const code = emailCode(message);
  codes.push(code);

  if (wrongCode) {
    const wrong = code === '00000000' ? '11111111' : '00000000';
    await codeBox.fill(wrong);
    const refused = await submit(page, page.getByRole('button', { name: t(lang, 'reset-next'), exact: true }));
    assert.ok(refused.status() >= 400, where(`a wrong code is refused (got ${refused.status()})`));
    await assertLang(page, lang, dir, where('wrong code'));
    await page.getByRole('alert').filter({ hasText: t(lang, 'reset-check-code-wrong') }).waitFor();
    await checkA11y(page, where('reset: wrong code'));
  }
  await codeBox.fill(code);
  await submit(page, page.getByRole('button', { name: t(lang, 'reset-next'), exact: true }));

  // Choose a new password.
  assert.equal(new URL(page.url()).pathname, '/reset/password');
  await assertLang(page, lang, dir, where('new password'));
  await page.getByRole('heading', { level: 2, name: t(lang, 'reset-password-heading') }).waitFor();
  await checkA11y(page, where('reset: choose a new password'));
  await page.getByLabel(t(lang, 'reset-password-new'), { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(t(lang, 'reset-password-confirm'), { exact: true }).fill(NEW_PASSWORD);
  before = outboxCount(server.dataDir);
  await submit(page, page.getByRole('button', { name: t(lang, 'reset-password-finish'), exact: true }));

  // Done, and the notice email.
  assert.equal(new URL(page.url()).pathname, '/reset/done');
  await assertLang(page, lang, dir, where('done'));
  await page.getByRole('heading', { level: 1, name: t(lang, 'reset-done-title') }).waitFor();
  await page.getByText(t(lang, 'reset-done-body'), { exact: true }).waitFor();
  await checkA11y(page, where('reset: done'));
  const notice = await waitForMessage(server.dataDir,
    (m) => m.channel === 'email' && m.to === alternate && m !== message, { after: before });
  // The notice is in the language the user saved, else English (recipient_lang::language_for):
  // this user saved none. The page's language would do as well.
  assert.ok([lang, 'en'].some((l) => tPattern(l, 'messages-reset-notice-subject').test(notice.subject)),
    where(`the reset notice's subject: ${notice.subject}`));
  await follow(page, page.getByRole('link', { name: t(lang, 'reset-done-sign-in'), exact: true }));

  // Sign in with the new password.
  assert.equal(new URL(page.url()).pathname, '/');
  await page.getByLabel(t(lang, 'signin-username'), { exact: true }).fill(username);
  await page.getByLabel(t(lang, 'signin-password'), { exact: true }).fill(NEW_PASSWORD);
  await submit(page, page.getByRole('button', { name: t(lang, 'signin-submit'), exact: true }));
  assert.notEqual(new URL(page.url()).pathname, '/', where(`signed in with the new password (${page.url()})`));
  await assertLang(page, lang, dir, where('signed in'));
  await checkA11y(page, where(`signed in (${new URL(page.url()).pathname})`));
  return codes;
}

// ------------------------------------------------------------------ the tests

describe('languages (issue 15)', () => {
  test('German from the browser\'s Accept-Language: the reset journey, its emails, axe on every page', { timeout: 60_000 }, () => withServer(async (server) => {
    const errors = [];
    await prepare(server, 'lina', 'lina@home.example');
    const page = await pageIn(server.baseURL, 'de-DE', errors);
    const codes = await journey(page, server, 'de', 'ltr', { username: 'lina', alternate: 'lina@home.example' });
    await page.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [PASSWORD, NEW_PASSWORD, ...codes]);
  }));

  test('Arabic from the picker at the foot of the sign-in page: right to left, a wrong code, axe on every page', { timeout: 60_000 }, () => withServer(async (server) => {
    const errors = [];
    await prepare(server, 'omar', 'omar@home.example');
    const page = await pageIn(server.baseURL, 'en-US', errors);
    await page.goto('/');
    await assertLang(page, 'en', 'ltr', 'before the picker');
    const foot = page.getByRole('contentinfo');
    const picker = foot.getByLabel(t('en', 'lang-picker-label'), { exact: true });
    assert.ok((await picker.locator('option').allInnerTexts()).includes('Deutsch'), 'the picker lists Deutsch');
    await picker.selectOption({ label: 'العربية' });
    await follow(page, foot.getByRole('button', { name: t('en', 'lang-picker-submit'), exact: true }));
    assert.equal(new URL(page.url()).pathname, '/', 'the picker goes back to the page it was on');
    await assertLang(page, 'ar', 'rtl', 'after the picker');
    const cookies = await page.context().cookies();
    assert.ok(cookies.some((c) => /latchkey-lang$/.test(c.name) && c.value === 'ar'), `the choice is kept in a cookie: ${JSON.stringify(cookies.map((c) => c.name))}`);
    // The picker now speaks Arabic and shows Arabic as chosen.
    const arPicker = page.getByRole('contentinfo').getByLabel(t('ar', 'lang-picker-label'), { exact: true });
    assert.equal(await arPicker.inputValue(), 'ar');
    await page.getByRole('contentinfo').getByRole('button', { name: t('ar', 'lang-picker-submit'), exact: true }).waitFor();

    /** Right to left: the direction is rtl and the heading's text sits at the right. */
    const assertRtl = async (p, where) => {
      const layout = await p.evaluate(() => {
        const h1 = document.querySelector('main h1');
        const range = document.createRange();
        range.selectNodeContents(h1);
        const text = range.getBoundingClientRect();
        const box = h1.getBoundingClientRect();
        return {
          direction: getComputedStyle(h1).direction,
          bodyDirection: getComputedStyle(document.body).direction,
          textLeft: text.left, textRight: text.right, boxLeft: box.left, boxRight: box.right,
        };
      });
      assert.equal(layout.direction, 'rtl', `${where}: the heading is right to left`);
      assert.equal(layout.bodyDirection, 'rtl', `${where}: the body is right to left`);
      assert.ok(Math.abs(layout.boxRight - layout.textRight) < 2 && layout.textLeft - layout.boxLeft > 10,
        `${where}: the heading's text is against the right edge: ${JSON.stringify(layout)}`);
    };
    await assertRtl(page, 'sign-in');

    const codes = await journey(page, server, 'ar', 'rtl', {
      username: 'omar',
      alternate: 'omar@home.example',
      wrongCode: true,
      onVerify: (p) => assertRtl(p, 'verification'),
    });
    await page.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [PASSWORD, NEW_PASSWORD, ...codes]);
  }));

  test('the time limit: hidden by script until 2 minutes before the end; without JavaScript, "Give me more time" extends once', { timeout: 60_000 }, () => withServer(async (server) => {
    const errors = [];
    await prepare(server, 'nora', 'nora@home.example');
    const startJourney = async (page) => {
      await page.goto('/reset');
      await page.getByLabel('Username', { exact: true }).fill('nora');
      await submit(page, page.getByRole('button', { name: 'Next', exact: true }));
      assert.match(new URL(page.url()).pathname, /^\/reset\/verify/);
    };

    // With script: in the page, hidden until two minutes before the end.
    const page = watchErrors(await newPage(browser, server.baseURL), errors);
    await startJourney(page);
    const box = page.locator('#journey-timer');
    assert.equal(await box.count(), 1, 'the time limit is on the verification step');
    const endsIn = Number(await box.getAttribute('data-ends-in'));
    const warnIn = Number(await box.getAttribute('data-warn-in'));
    assert.ok(endsIn > 800 && endsIn <= 900, `the journey ends in about 15 minutes (data-ends-in=${endsIn})`);
    assert.equal(warnIn, 120, 'the warning comes 2 minutes before the end');
    await page.waitForFunction(() => document.getElementById('journey-timer').hidden === true);
    // Checked at the end, so that the path without script is checked as well.
    const shownWithScript = await box.isVisible()
      ? `#journey-timer has the hidden attribute but is still shown (display: ${await box.evaluate((e) => getComputedStyle(e).display)}): `
        + 'a display rule for .journey-timer in latchkey.css overrides [hidden]'
      : null;
    assert.equal(await box.getAttribute('role'), null, 'not announced yet');
    await checkA11y(page, 'reset: verification, time limit hidden');
    await page.context().close();

    // Without script: the box is there all along, with the button, and it extends once.
    const context = await browser.newContext({ baseURL: server.baseURL, javaScriptEnabled: false, locale: 'en-US' });
    context.setDefaultTimeout(10_000);
    const nojs = await context.newPage();
    await startJourney(nojs);
    await follow(nojs, nojs.getByRole('link').filter({ hasText: t('en', 'reset-method-email') }));
    const url = nojs.url();
    assert.equal(new URL(url).pathname, '/reset/verify');
    const noJsBox = nojs.locator('#journey-timer');
    await noJsBox.waitFor({ state: 'visible' });
    assert.match(await noJsBox.innerText(), tPattern('en', 'journey-ends-extend'));
    const extend = noJsBox.getByRole('button', { name: 'Give me more time', exact: true });
    await extend.waitFor();
    await submit(nojs, extend);
    assert.equal(nojs.url(), url, 'back to the same step');
    await nojs.getByLabel(t('en', 'reset-verify-email-label'), { exact: true }).waitFor();
    await noJsBox.waitFor({ state: 'visible' });
    assert.match(await noJsBox.innerText(), tPattern('en', 'journey-ends'));
    assert.doesNotMatch(await noJsBox.innerText(), /Need more time/);
    assert.equal(await noJsBox.getByRole('button').count(), 0, 'extended once: the button is gone');
    await context.close();

    assert.equal(shownWithScript, null, 'with script, the box is hidden until 2 minutes before the end');
    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [PASSWORD]);
  }));
});
