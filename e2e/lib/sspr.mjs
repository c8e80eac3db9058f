// Steps of the self-service password reset journeys, as a person takes them: the
// administrator's policy pages, "Keep your account secure" (/setup) and "Get back into
// your account" (/reset). Every page reached is checked with axe-core.

import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, startServer, checkA11y, screenshot, signIn, submit, lastCode, outboxCount,
  waitForMessage, totpCode, totpStep,
} from './harness.mjs';

/** Words that would tell a stranger that an account doesn't exist or isn't set up. */
export const ENUMERATION = new RegExp([
  'does\\s*n[o\u2019\']t\\s+exist',
  'not\\s+found',
  'no\\s+such',
  'unknown\\s+(user|account|name)',
  '(is\\s*n[o\u2019\']t|not)\\s+registered',
  'has\\s*n[o\u2019\']t\\s+(registered|set\\s+up)',
  'not\\s+enabled',
  'not\\s+eligible',
  'no\\s+(security\\s+info|methods)',
].join('|'), 'i');

/** Starts a server for one test, and always stops it. */
export async function withServer(fn) {
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
export function watchErrors(page, errors) {
  page.on('console', (m) => {
    if (m.type() !== 'error' || m.location().url.endsWith('/favicon.ico')) return;
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

/** Follows a link and waits for the page it leads to. */
export async function follow(page, link) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
}

/** Creates a user with the CLI (no forced password change), as `--password-stdin` reads it. */
export async function addUser(server, { username, first, last, password, email, mobile, role }) {
  const args = ['user', 'add', username, '--first-name', first, '--last-name', last,
    '--password-stdin', '--no-must-change'];
  if (email) args.push('--email', email);
  if (mobile) args.push('--mobile-phone', mobile);
  if (role) args.push('--role', role);
  await server.cli(args, { input: `${password}\n` });
}

// ------------------------------------------------------------------ admin portal

/** Admin portal → Password reset → `section` (as named in the side menu). */
export async function openPolicy(page, section) {
  await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin portal' }));
  await follow(page, page.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: 'Password reset' }));
  if (section !== 'Properties') {
    await follow(page, page.getByRole('navigation', { name: 'Password reset' }).getByRole('link', { name: section, exact: true }));
  }
  await page.getByRole('heading', { level: 1, name: section }).waitFor();
  await checkA11y(page, `admin: password reset, ${section}`);
}

/** Clicks Save on a policy page and expects "Your changes were saved." on that page. */
export async function savePolicy(page, section) {
  await submit(page, page.getByRole('button', { name: 'Save', exact: true }));
  assert.match(new URL(page.url()).pathname, /^\/admin\/password-reset\//,
    `after Save on ${section} the administrator stays on the policy page (got ${page.url()})`);
  await page.getByRole('status').filter({ hasText: 'Your changes were saved.' }).waitFor();
  await checkA11y(page, `admin: ${section} saved`);
}

/** Sets "Self-service password reset enabled" on Properties (and the group for Selected). */
export async function chooseScope(page, scope, group) {
  await page.getByRole('group', { name: 'Self-service password reset enabled' })
    .getByLabel(scope, { exact: true }).check();
  if (group) await page.getByLabel('Selected group', { exact: true }).selectOption({ label: group });
}

/**
 * The bootstrap administrator signs in, enables SSPR for everyone (Properties → All) and,
 * when that sends them to "More information required", registers email and mobile phone.
 * Ends on the Properties page; returns the codes used.
 */
export async function adminEnablesForAll(page, server) {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  assert.equal(new URL(page.url()).pathname, '/admin');
  await openPolicy(page, 'Properties');
  await chooseScope(page, 'All');
  await submit(page, page.getByRole('button', { name: 'Save', exact: true }));
  const codes = await registerAdminAfterSave(page, server);
  await openPolicy(page, 'Properties');
  assert.ok(await page.getByLabel('All', { exact: true }).isChecked(), 'Properties: "All" is saved');
  return codes;
}

/** After saving a scope, the admin is interrupted: registers email + mobile at /setup; returns the codes. */
export async function registerAdminAfterSave(page, server) {
  // The save went through and the administrator is told so, then asked for security info.
  const saved = page.getByText('Your changes were saved.');
  const onSetup = new URL(page.url()).pathname === '/setup';
  if (!onSetup) {
    await saved.waitFor();
    await checkA11y(page, 'admin: policy saved');
    await follow(page, page.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: 'Home' }));
  }
  assert.equal(new URL(page.url()).pathname, '/setup', 'an administrator without security info is sent to /setup');
  const codes = [
    await registerEmail(page, server, 'it.admin@example.net', { interrupt: 2 }),
    await registerMobile(page, server, { national: '425 555 0100', e164: '+14255550100' }),
  ];
  await assertAllSet(page);
  return codes;
}

// ------------------------------------------------------------------ /setup

/** Checks the "More information required" interruption asking for `required` methods. */
export async function assertInterrupted(page, required) {
  assert.equal(new URL(page.url()).pathname, '/setup');
  await page.getByRole('heading', { level: 1, name: 'Keep your account secure' }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'More information required' });
  await notice.waitFor();
  assert.match(await notice.innerText(), new RegExp(`at least ${required} method`));
}

export async function assertAllSet(page) {
  await page.getByText("You're all set.").waitFor();
  await checkA11y(page, 'setup: all set');
}

/** Email section: address → "Send code" → code from the outbox → "Verify". */
export async function registerEmail(page, server, address, { interrupt } = {}) {
  if (interrupt) await assertInterrupted(page, interrupt);
  const section = page.getByRole('region', { name: 'Email', exact: true });
  await section.getByLabel('Email address', { exact: true }).fill(address);
  const before = outboxCount(server.dataDir);
  await submit(page, section.getByRole('button', { name: 'Send code' }));
  assert.equal(new URL(page.url()).pathname, '/setup');
  await section.getByText(`We've emailed a code to ${address}.`).waitFor();
  await checkA11y(page, 'setup: email code');
  const code = await lastCode(server.dataDir, address, { after: before });
  await section.getByLabel('Enter the code', { exact: true }).fill(code);
  await submit(page, section.getByRole('button', { name: 'Verify' }));
  await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
  await section.getByText(address).waitFor();
  await checkA11y(page, 'setup: email added');
  return code;
}

/** Mobile phone section: country, number → "Text me a code" → code from the SMS → "Verify". */
export async function registerMobile(page, server, { country = 'United States / Canada (+1)', national, e164 }, { shot } = {}) {
  const section = page.getByRole('region', { name: 'Mobile phone', exact: true });
  await section.getByLabel('Country or region', { exact: true }).selectOption({ label: country });
  await section.getByLabel('Mobile phone number', { exact: true }).fill(national);
  const before = outboxCount(server.dataDir);
  await submit(page, section.getByRole('button', { name: 'Text me a code' }));
  await section.getByText(`We sent a code to ${e164}.`).waitFor();
  await checkA11y(page, 'setup: mobile code');
  if (shot) await screenshot(page, shot);
  const code = await lastCode(server.dataDir, e164, { after: before });
  await section.getByLabel('Enter the code', { exact: true }).fill(code);
  await submit(page, section.getByRole('button', { name: 'Verify' }));
  await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
  await section.getByText(e164).waitFor();
  await checkA11y(page, 'setup: mobile added');
  return code;
}

/**
 * "Add an authenticator app" → /setup/app: reads the key, enters the app's code.
 * Returns { secret, step, code, defaultName }: the TOTP step the code was from (a later
 * step is needed for the next code) and what "Name for this app" held before typing.
 */
export async function registerApp(page, { name = 'Work phone', shot } = {}) {
  await follow(page, page.getByRole('link', { name: 'Add an authenticator app' }));
  assert.equal(new URL(page.url()).pathname, '/setup/app');
  await page.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }).waitFor();
  await checkA11y(page, 'setup: authenticator app');
  if (shot) await screenshot(page, shot);
  const shown = (await page.locator('#totp-secret').textContent()).trim();
  assert.match(shown, /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/, `the key is shown in blocks of 4, got "${shown}"`);
  const secret = shown.replace(/\s+/g, '');
  const defaultName = await page.getByLabel('Name for this app', { exact: true }).inputValue();
  await page.getByLabel('Name for this app', { exact: true }).fill(name);
  const now = Date.now() / 1000;
  const code = totpCode(secret, now);
  await page.getByLabel('Code from the app', { exact: true }).fill(code);
  await submit(page, page.getByRole('button', { name: 'Next' }));
  assert.equal(new URL(page.url()).pathname, '/setup');
  await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
  await page.getByRole('region', { name: 'Authenticator app', exact: true }).getByRole('button', { name: `Remove ${name}` }).waitFor();
  await checkA11y(page, 'setup: app added');
  return { secret, step: totpStep(now), code, defaultName };
}

/** "Set up security questions" → /setup/questions: picks and answers each question. */
export async function registerQuestions(page, qa) {
  await follow(page, page.getByRole('link', { name: 'Set up security questions' }));
  assert.equal(new URL(page.url()).pathname, '/setup/questions');
  await page.getByRole('heading', { level: 1, name: 'Security questions' }).waitFor();
  await checkA11y(page, 'setup: security questions');
  for (const [i, { question, answer }] of qa.entries()) {
    await page.getByLabel(`Question ${i + 1}`, { exact: true }).selectOption({ label: question });
    await page.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(answer);
  }
  await submit(page, page.getByRole('button', { name: 'Save answers' }));
  assert.equal(new URL(page.url()).pathname, '/setup');
  await page.getByRole('status').filter({ hasText: 'Your security questions are saved.' }).waitFor();
  await checkA11y(page, 'setup: questions saved');
}

// ------------------------------------------------------------------ /reset

/**
 * Sign-in page → "Forgot my password" → "Get back into your account" → username → Next.
 * Ends on /reset/verify (or /reset/options when unlocking is allowed).
 */
export async function startReset(page, username, { shot } = {}) {
  await page.goto('/');
  await follow(page, page.getByRole('link', { name: 'Forgot my password' }));
  assert.equal(new URL(page.url()).pathname, '/reset');
  await page.getByRole('heading', { level: 1, name: 'Get back into your account' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Who are you?' }).waitFor();
  await checkA11y(page, 'reset: who are you');
  if (shot) await screenshot(page, shot);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await submit(page, page.getByRole('button', { name: 'Next' }));
}

/** The method links offered at this verification step. */
export async function methodLabels(page) {
  const nav = page.getByRole('navigation', { name: /choose the contact method/ });
  return (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
}

/** Asserts the verification step number and returns the method labels shown. */
export async function atStep(page, step) {
  // Step 2 is the answer to step 1's form (POST /reset/verify/check), not a redirect.
  assert.match(new URL(page.url()).pathname, /^\/reset\/verify(\/check)?$/);
  await page.getByText(`Verification step ${step} > choose a new password`).waitFor();
  return methodLabels(page);
}

/** Picks a method in the list (unless it is the one already open). */
export async function chooseMethod(page, label) {
  const nav = page.getByRole('navigation', { name: /choose the contact method/ });
  // Matched by its text: the current method's accessible name also carries the "›" the
  // stylesheet puts before it (.methods a[aria-current]::before).
  const link = nav.getByRole('link').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
  if ((await link.getAttribute('aria-current')) === 'true') return;
  await follow(page, link);
  assert.equal(await link.getAttribute('aria-current'), 'true', `"${label}" is marked as the current method`);
  await checkA11y(page, `reset: ${label}`);
}

/**
 * Email / text / call: types the full destination, sends, reads the code from the
 * outbox (sent to `to`), enters it, Next. Returns the code.
 */
export async function verifyWithCode(page, server, { method, destination, to, send, shot }) {
  await chooseMethod(page, method);
  const label = send === 'Email' ? 'Email address' : 'Phone number';
  await page.getByLabel(label, { exact: true }).fill(destination);
  const before = outboxCount(server.dataDir);
  await submit(page, page.getByRole('button', { name: send, exact: true }));
  const code = await lastCode(server.dataDir, to, { after: before });
  await page.getByLabel('Enter your verification code', { exact: true }).waitFor();
  await checkA11y(page, `reset: ${method}, code sent`);
  if (shot) await screenshot(page, shot);
  await page.getByLabel('Enter your verification code', { exact: true }).fill(code);
  await submit(page, page.getByRole('button', { name: 'Next' }));
  return code;
}

/** "Enter a code from my authenticator app" with `code`. */
export async function verifyWithApp(page, code) {
  await chooseMethod(page, 'Enter a code from my authenticator app');
  await page.getByLabel('Enter the code from your authenticator app', { exact: true }).fill(code);
  await submit(page, page.getByRole('button', { name: 'Next' }));
}

/** "Choose a new password" → Enter new password / Confirm new password → Finish. */
export async function chooseNewPassword(page, password, { shot } = {}) {
  assert.equal(new URL(page.url()).pathname, '/reset/password');
  await page.getByRole('heading', { level: 2, name: 'Choose a new password' }).waitFor();
  await checkA11y(page, 'reset: choose a new password');
  if (shot) await screenshot(page, shot);
  await page.getByLabel('Enter new password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password', { exact: true }).fill(password);
  await submit(page, page.getByRole('button', { name: 'Finish' }));
}

/**
 * "Your password has been reset" (or "Your account has been unlocked"), the notice
 * email to `email`, then the link back to sign in.
 */
export async function resetDone(page, server, { email, unlock = false, shot, after = 0 }) {
  assert.equal(new URL(page.url()).pathname, '/reset/done');
  const heading = unlock ? 'Your account has been unlocked' : 'Your password has been reset';
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await checkA11y(page, `reset: ${heading}`);
  if (shot) await screenshot(page, shot);
  const wanted = unlock ? /account was unlocked/i : /password was reset/i;
  const notice = await waitForMessage(server.dataDir,
    (m) => m.channel === 'email' && m.to.toLowerCase() === email.toLowerCase() && wanted.test(m.subject), { after });
  assert.match(notice.body, unlock ? /unlocked/ : /was reset/);
  await follow(page, page.getByRole('link', { name: unlock ? 'Sign in' : 'Sign in with your new password', exact: true }));
  assert.equal(new URL(page.url()).pathname, '/');
}
