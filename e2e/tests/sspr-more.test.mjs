// More self-service password reset journeys: security questions, unlocking an account
// without a new password, and an administrator's two-step reset. The first journeys
// (rollout to a group, decoys, two methods) are in sspr.test.mjs.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, TEXT, launchBrowser, newPage, checkA11y,
  signIn, signOut, submit, assertLogClean, outboxCount,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, follow, addUser, openPolicy, adminEnablesForAll, savePolicy,
  assertInterrupted, assertAllSet, registerEmail, registerMobile, registerQuestions,
  startReset, atStep, chooseMethod, verifyWithCode, chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('self-service password reset, more journeys', () => {
  test('security questions: the admin allows them, Lena answers three and resets with them', { timeout: 60_000 }, () => withServer(async (server) => {
    const LENA_PASSWORD = 'Harbor-Thistle-Cobalt-46';
    const LENA_NEW = 'Juniper-Atlas-Meadow-19';
    const QA = [
      { question: 'What was the first name of your best friend when you were a child?', answer: 'Bartholomew' },
      { question: 'In which town or city did your parents first meet?', answer: 'Lisdoonvarna' },
      { question: 'What was the name of your first cuddly toy?', answer: 'Mister Waffles' },
    ];
    const errors = [];
    const codes = [];
    const problems = [];
    await addUser(server, {
      username: 'lena', first: 'Lena', last: 'Fischer', password: LENA_PASSWORD, email: 'lena.fischer@example.org',
    });

    // Authentication methods: Security questions, 3 to register; asking more at reset
    // than were registered is refused.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await openPolicy(admin, 'Authentication methods');
    await admin.getByRole('group', { name: 'Methods available to users' })
      .getByLabel('Security questions', { exact: true }).check();
    await admin.getByLabel('Number of questions required to register', { exact: true }).selectOption('3');
    await admin.getByLabel('Number of questions required to reset', { exact: true }).selectOption('5');
    const refused = await submit(admin, admin.getByRole('button', { name: 'Save', exact: true }));
    assert.equal(refused.status(), 400);
    const summary = admin.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /must not exceed the number required to register/);
    assert.equal(await admin.evaluate(() => document.activeElement?.id), 'error-summary');
    await checkA11y(admin, 'admin: authentication methods with an error');
    // The field in error says so to assistive technology, like every other form field.
    const toReset = admin.getByLabel('Number of questions required to reset', { exact: true });
    if ((await toReset.getAttribute('aria-invalid')) !== 'true' ||
        !(await toReset.getAttribute('aria-describedby') ?? '').split(/\s+/).includes('questions_to_reset-error')) {
      problems.push('admin/sspr.html: the "Number of questions required to reset" <select> in error has no ' +
        'aria-invalid="true" / aria-describedby="questions_to_reset-error"');
    }
    await toReset.selectOption('3');
    await savePolicy(admin, 'Authentication methods');
    assert.ok(await admin.getByLabel('Security questions', { exact: true }).isChecked());
    assert.equal(await toReset.inputValue(), '3');
    await signOut(admin);
    await admin.context().close();

    // Lena signs in and answers three questions.
    const lena = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(lena, 'lena', LENA_PASSWORD);
    await assertInterrupted(lena, 1);
    await checkA11y(lena, 'setup: Lena interrupted');
    await registerQuestions(lena, QA);
    // Answers alone are never enough: the page says so and asks for one more method.
    await lena.getByText("Security questions can't be your only method").waitFor();
    await checkA11y(lena, 'setup: questions only');
    codes.push(await registerEmail(lena, server, 'lena.home@example.net'));
    await assertAllSet(lena);
    await signOut(lena);

    await startReset(lena, 'lena');
    assert.deepEqual(await atStep(lena, 1), ['Email my alternate email', 'Answer my security questions']);
    await chooseMethod(lena, 'Answer my security questions');
    const asked = lena.locator('form[action="/reset/verify/check"] label');
    const texts = (await asked.allInnerTexts()).map((t) => t.trim());
    assert.deepEqual([...texts].sort(), QA.map((q) => q.question).sort(), 'the three registered questions are asked');
    const answerOf = (q) => QA.find((x) => x.question === q).answer;

    // One wrong answer: refused, the same questions are asked again.
    for (const [i, q] of texts.entries()) {
      await lena.getByLabel(q, { exact: true }).fill(i === 0 ? 'Wrong Answer Here' : answerOf(q));
    }
    await submit(lena, lena.getByRole('button', { name: 'Next' }));
    await lena.getByRole('alert').filter({ hasText: "One or more answers didn't match." }).waitFor();
    await checkA11y(lena, 'reset: questions refused');
    assert.deepEqual((await asked.allInnerTexts()).map((t) => t.trim()), texts, 'the same questions are asked again');
    for (const q of texts) {
      assert.equal(await lena.getByLabel(q, { exact: true }).inputValue(), '', 'answers are not sent back to the page');
    }

    // Capitals and extra spaces don't matter.
    for (const q of texts) await lena.getByLabel(q, { exact: true }).fill(`  ${answerOf(q).toUpperCase().replace(' ', '   ')} `);
    await submit(lena, lena.getByRole('button', { name: 'Next' }));
    // Right answers, and still a second, different method: the email.
    await lena.getByText('Done. Now choose a second, different method.').waitFor();
    assert.deepEqual(await atStep(lena, 2), ['Email my alternate email']);
    codes.push(await verifyWithCode(lena, server, {
      method: 'Email my alternate email', destination: 'lena.home@example.net', to: 'lena.home@example.net', send: 'Email',
    }));
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(lena, LENA_NEW);
    await resetDone(lena, server, { email: 'lena.fischer@example.org', after: before });
    await signIn(lena, 'lena', LENA_NEW);
    assert.equal(new URL(lena.url()).pathname, '/account');
    await lena.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, LENA_PASSWORD, LENA_NEW, 'Wrong Answer Here', ...codes,
      ...QA.map((q) => q.answer), ...QA.map((q) => q.answer.toLowerCase()), ...QA.map((q) => q.answer.toUpperCase())]);
    assert.deepEqual(problems, [], 'the journey went as expected');
  }));

  test('unlock only: Omar locks himself out, unlocks with his email and keeps his password', { timeout: 60_000 }, () => withServer(async (server) => {
    const OMAR_PASSWORD = 'Saffron-Beacon-Glacier-72';
    const OMAR_HOME = 'omar.home@example.net';
    const WRONG = Array.from({ length: 10 }, (_, i) => `Wrong-Guess-${i + 1}-xyz`);
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'omar', first: 'Omar', last: 'Haddad', password: OMAR_PASSWORD, email: 'omar.haddad@example.org',
    });

    // On-premises integration: allow unlocking without a reset.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await openPolicy(admin, 'On-premises integration');
    const unlock = admin.getByRole('group', { name: 'Allow users to unlock accounts without resetting their password?' });
    assert.ok(await unlock.getByLabel('No', { exact: true }).isChecked(), 'unlocking is off by default');
    await unlock.getByLabel('Yes', { exact: true }).check();
    await savePolicy(admin, 'On-premises integration');
    assert.ok(await unlock.getByLabel('Yes', { exact: true }).isChecked());
    await signOut(admin);
    await admin.context().close();

    // Omar registers an email address.
    const omar = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(omar, 'omar', OMAR_PASSWORD);
    await assertInterrupted(omar, 1);
    codes.push(await registerEmail(omar, server, OMAR_HOME));
    await assertAllSet(omar);
    await signOut(omar);

    // Ten wrong passwords lock him out; then even the right one is refused.
    const attempt = async (password) => {
      await omar.getByLabel('Username', { exact: true }).fill('omar');
      await omar.getByLabel('Password', { exact: true }).fill(password);
      await submit(omar, omar.getByRole('button', { name: 'Sign in' }));
      return omar.getByRole('alert').innerText();
    };
    let said = '';
    for (const w of WRONG) said = await attempt(w);
    assert.match(said, new RegExp(TEXT.locked));
    said = await attempt(OMAR_PASSWORD);
    assert.match(said, new RegExp(TEXT.locked), 'the right password is refused while locked');
    await checkA11y(omar, 'sign-in locked');

    // "I know my password, but still can't sign in".
    await startReset(omar, 'omar');
    assert.equal(new URL(omar.url()).pathname, '/reset/options');
    await omar.getByRole('heading', { level: 2, name: 'Why are you having trouble signing in?' }).waitFor();
    assert.ok(await omar.getByLabel('I forgot my password').isChecked(), '"I forgot my password" is the default');
    await checkA11y(omar, 'reset: options');
    await omar.getByLabel("I know my password, but still can't sign in").check();
    await submit(omar, omar.getByRole('button', { name: 'Next' }));
    assert.deepEqual(await atStep(omar, 1), ['Email my alternate email']);
    await checkA11y(omar, 'reset: unlock verification');
    const before = outboxCount(server.dataDir);
    codes.push(await verifyWithCode(omar, server, {
      method: 'Email my alternate email', destination: OMAR_HOME, to: OMAR_HOME, send: 'Email',
    }));
    await resetDone(omar, server, { email: 'omar.haddad@example.org', unlock: true, after: before });
    await signIn(omar, 'omar', OMAR_PASSWORD);
    assert.equal(new URL(omar.url()).pathname, '/account', 'the old password signs him in');
    await omar.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await omar.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, OMAR_PASSWORD, ...WRONG, ...codes]);
  }));

  test('a password administrator must pass two methods: email, then a text', { timeout: 60_000 }, () => withServer(async (server) => {
    const PAT_PASSWORD = 'Orchid-Compass-Ember-55';
    const PAT_NEW = 'Tidal-Lantern-Spruce-30';
    const PAT_HOME = 'pat.home@example.net';
    const PAT_PHONE = '+14255550177';
    const errors = [];
    const codes = [];
    await addUser(server, {
      username: 'pat', first: 'Pat', last: 'Kim', password: PAT_PASSWORD, email: 'pat.kim@example.org',
      mobile: PAT_PHONE, role: 'password_admin',
    });

    // SSPR is still off for users, but administrators can always use it: Pat sets up
    // two methods from My account.
    const pat = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(pat, 'pat', PAT_PASSWORD);
    assert.equal(new URL(pat.url()).pathname, '/admin');
    await follow(pat, pat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My account' }));
    await follow(pat, pat.getByRole('link', { name: 'Manage security info' }));
    assert.equal(new URL(pat.url()).pathname, '/setup');
    await pat.getByText('0 of 2 required methods set up.').waitFor();
    await checkA11y(pat, 'setup: administrator');
    assert.equal(await pat.getByRole('region', { name: 'Security questions', exact: true }).count(), 0,
      'administrators are never offered security questions');
    codes.push(await registerEmail(pat, server, PAT_HOME));
    codes.push(await registerMobile(pat, server, { national: '425 555 0177', e164: PAT_PHONE }));
    await assertAllSet(pat);
    await signOut(pat);

    // Step 1: email.
    await startReset(pat, 'pat');
    assert.deepEqual(await atStep(pat, 1), ['Email my alternate email', 'Text my mobile phone', 'Call my mobile phone']);
    await checkA11y(pat, 'reset: administrator, step 1');
    codes.push(await verifyWithCode(pat, server, {
      method: 'Email my alternate email', destination: PAT_HOME, to: PAT_HOME, send: 'Email',
    }));
    // Step 2 is required: the new password is out of reach until it is done.
    assert.deepEqual(await atStep(pat, 2), ['Text my mobile phone', 'Call my mobile phone']);
    await pat.getByRole('status').filter({ hasText: 'Done. Now choose a second, different method.' }).waitFor();
    await checkA11y(pat, 'reset: administrator, step 2');
    await pat.goto('/reset/password');
    assert.equal(new URL(pat.url()).pathname, '/reset/verify', 'no new password after one method');
    assert.deepEqual(await atStep(pat, 2), ['Text my mobile phone', 'Call my mobile phone']);
    // Step 2: text.
    codes.push(await verifyWithCode(pat, server, {
      method: 'Text my mobile phone', destination: PAT_PHONE, to: PAT_PHONE, send: 'Text',
    }));
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(pat, PAT_NEW);
    await resetDone(pat, server, { email: 'pat.kim@example.org', after: before });
    await signIn(pat, 'pat', PAT_NEW);
    assert.equal(new URL(pat.url()).pathname, '/admin');
    await pat.context().close();

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [PAT_PASSWORD, PAT_NEW, ...codes]);
  }));
});
