// Helpdesk caller verification (issue 14): the tool, not the agent's judgement, verifies
// the caller. A password administrator sees *Reset password* only after Latchkey sent a
// code to the caller's registered phone and the caller read it back; before that the page
// shows no reset form and the API refuses. A helpdesk verifier verifies but never resets.
// An administrator caller passes two methods, and the reset waits for a second agent.
// The caller's manager may stand in for a method: a global administrator turns it on in
// the helpdesk settings and sets the manager on the user's page, the agent asks in the
// console and reads a number to the caller, the manager is emailed a link (no token, no
// number) to /account/helpdesk-requests, signs in, lands on the request and approves by
// typing the number the caller was given; the agent then resets. A second verification
// the manager denies is closed.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, newPage, checkA11y, signIn, signOut, submit, screenshot, outboxCount,
  lastCode, assertLogClean, readOutbox, waitForMessage, ADMIN_PASSWORD,
} from '../lib/harness.mjs';
import {
  withServer, watchErrors, follow, addUser, adminEnablesForAll, registerEmail, registerMobile,
  assertAllSet,
} from '../lib/sspr.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const MIA_PW = 'Harbor-Quill-Meadow-42';
const AGENT_PW = 'Cobalt-Ridge-Lantern-17';
const MIA_PHONE = '+14255550131';
const MARK_PW = 'Willow-Anchor-Pebble-58';
const MARK_EMAIL = 'mark@work.example';

/** A write token acting for `owner`, made with the CLI. */
async function token(server, owner) {
  return (await server.cli(['token', 'create', '--name', `helpdesk ${owner}`, '--scope', 'write', '--owner', owner])).stdout.trim();
}

/** Calls the JSON API; returns {status, body}. */
async function api(server, tok, method, path, body) {
  const res = await fetch(`${server.baseURL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Mia signs in once and registers her mobile phone (she is then a caller the helpdesk can verify). */
async function miaRegisters(server, errors) {
  const mia = watchErrors(await newPage(browser, server.baseURL), errors);
  await signIn(mia, 'mia', MIA_PW);
  assert.equal(new URL(mia.url()).pathname, '/setup');
  const code = await registerMobile(mia, server, { national: '425 555 0131', e164: MIA_PHONE });
  await assertAllSet(mia);
  await mia.context().close();
  return code;
}

/** An agent (an administrator) signs in and registers the two methods administrators need. */
async function agentSignsIn(server, errors, username, { email, national, e164 }, password = AGENT_PW) {
  const page = watchErrors(await newPage(browser, server.baseURL), errors);
  await signIn(page, username, password);
  // With self-service on for everyone they are sent to /setup; otherwise they go there.
  const interrupted = new URL(page.url()).pathname === '/setup';
  if (!interrupted) await page.goto('/setup');
  const codes = [
    await registerEmail(page, server, email, interrupted ? { interrupt: 2 } : {}),
    await registerMobile(page, server, { national, e164 }),
  ];
  await assertAllSet(page);
  return { page, codes };
}

/** Admin portal → Helpdesk → find `name` → the caller's page. */
async function openCaller(page, query, name) {
  await page.goto('/admin');
  await follow(page, page.getByRole('navigation', { name: 'Admin portal' }).getByRole('link', { name: 'Helpdesk', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'Helpdesk console' }).waitFor();
  await checkA11y(page, 'helpdesk: console');
  await page.getByLabel('Username or name', { exact: true }).fill(query);
  // A search is a GET form.
  await follow(page, page.getByRole('button', { name: 'Find', exact: true }));
  await follow(page, page.getByRole('link', { name, exact: true }));
  await page.getByRole('heading', { level: 1, name: `Verify ${name}` }).waitFor();
  await checkA11y(page, 'helpdesk: caller');
}

/** On the caller's page: sends a code by `button` and types back what arrived at `to`. */
async function challengeAndAnswer(page, server, button, to, channelWords) {
  const before = outboxCount(server.dataDir);
  await submit(page, page.getByRole('button', { name: button }));
  await page.getByRole('status').filter({ hasText: 'Ask the caller to read it back to you.' }).waitFor();
  await checkA11y(page, 'helpdesk: code sent');
  const code = await lastCode(server.dataDir, to, { after: before });
  await page.getByLabel(`Code the caller read out (${channelWords})`, { exact: true }).fill(code);
  await submit(page, page.getByRole('button', { name: 'Check code' }));
  return code;
}

describe('Helpdesk caller verification', () => {
  test('an agent verifies a caller by a texted code, then resets; before that neither page nor API lets them', { timeout: 120_000 }, () => withServer(async (server) => {
    const errors = [];
    const codes = [];
    await addUser(server, { username: 'mia', first: 'Mia', last: 'Steele', password: MIA_PW, email: 'mia@work.example' });
    await addUser(server, { username: 'helen', first: 'Helen', last: 'Desk', password: AGENT_PW, email: 'helen@work.example', role: 'password_admin' });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await signOut(admin);
    await admin.context().close();
    codes.push(await miaRegisters(server, errors));
    const { page: helen, codes: helenCodes } = await agentSignsIn(server, errors, 'helen',
      { email: 'helen@home.example', national: '425 555 0177', e164: '+14255550177' });
    codes.push(...helenCodes);
    const tok = await token(server, 'helen');
    const found = await api(server, tok, 'GET', '/api/v1/users?search=mia');
    const id = found.body.items.find((u) => u.username === 'mia').id;

    // Not verified: the user page has no reset form and no pass form, only the way to verify.
    await helen.goto('/admin/users');
    await follow(helen, helen.getByRole('link', { name: 'Mia Steele', exact: true }));
    assert.equal(await helen.getByRole('button', { name: 'Reset password' }).count(), 0, 'no reset before verifying');
    assert.equal(await helen.getByRole('button', { name: /Issue/ }).count(), 0, 'no pass before verifying');
    await helen.locator('#verify-first').getByRole('link', { name: 'Verify the caller' }).waitFor();
    await checkA11y(helen, 'admin: user page, caller not verified');
    // …and the API refuses.
    const refused = await api(server, tok, 'POST', `/api/v1/users/${id}/reset-password`, { generate: true });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'caller_not_verified');

    // The console: no actions until the caller reads back the code Latchkey texted them.
    await openCaller(helen, 'mia', 'Mia Steele');
    assert.equal(await helen.getByRole('button', { name: 'Reset password' }).count(), 0);
    codes.push(await challengeAndAnswer(helen, server, /Text a code to/, MIA_PHONE, 'text message'));
    await helen.getByRole('status').filter({ hasText: 'The caller is verified.' }).waitFor();
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'verified');
    await checkA11y(helen, 'helpdesk: caller verified');
    await screenshot(helen, 'helpdesk-verified');

    // Reset: the new password is shown once; Mia signs in with it and must change it.
    await submit(helen, helen.getByRole('button', { name: 'Reset password' }));
    const shown = (await helen.locator('#shown-password').textContent()).trim();
    assert.ok(shown.length >= 12, 'a generated password is shown');
    const mia = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(mia, 'mia', shown);
    assert.equal(new URL(mia.url()).pathname, '/password/change');
    await mia.context().close();
    // She was told the helpdesk verified her, by the agent's name.
    const told = readOutbox(server.dataDir)
      .find((m) => m.to === 'mia@work.example' && /the helpdesk verified your identity/.test(m.subject));
    assert.ok(told && /helen/.test(told.body), 'Mia is told who verified her');

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, MIA_PW, AGENT_PW, shown, ...codes]);
  }));

  test('a helpdesk verifier verifies a caller but is never offered the reset', { timeout: 120_000 }, () => withServer(async (server) => {
    const errors = [];
    await addUser(server, { username: 'mia', first: 'Mia', last: 'Steele', password: MIA_PW, email: 'mia@work.example' });
    await addUser(server, { username: 'vera', first: 'Vera', last: 'Check', password: AGENT_PW, email: 'vera@work.example', role: 'helpdesk_verifier' });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    await adminEnablesForAll(admin, server);
    await admin.context().close();
    await miaRegisters(server, errors);
    const { page: vera } = await agentSignsIn(server, errors, 'vera',
      { email: 'vera@home.example', national: '425 555 0178', e164: '+14255550178' });

    await openCaller(vera, 'mia', 'Mia Steele');
    await challengeAndAnswer(vera, server, /Text a code to/, MIA_PHONE, 'text message');
    await vera.getByRole('status').filter({ hasText: 'The caller is verified.' }).waitFor();
    await vera.locator('#verifier-only').waitFor();
    assert.equal(await vera.getByRole('button', { name: 'Reset password' }).count(), 0, 'a verifier is never offered the reset');
    assert.equal(await vera.getByRole('button', { name: 'Unlock' }).count(), 0);
    await checkA11y(vera, 'helpdesk: verifier after verifying');
    // A registration link, yes.
    const before = outboxCount(server.dataDir);
    await submit(vera, vera.getByRole('button', { name: 'Email a registration link' }));
    await vera.getByRole('status').filter({ hasText: 'A link to register their security info was emailed' }).waitFor();
    assert.ok(outboxCount(server.dataDir) > before);
    // The API refuses the reset too.
    const tok = await token(server, 'vera');
    const c = await api(server, tok, 'GET', '/api/v1/users?search=mia');
    const id = c.body.items.find((u) => u.username === 'mia').id;
    const r = await api(server, tok, 'POST', `/api/v1/users/${id}/reset-password`, { generate: true });
    assert.equal(r.status, 403, JSON.stringify(r.body));
    assert.deepEqual(errors, [], 'no script errors in the pages');
  }));

  test('resetting an administrator waits for a second agent', { timeout: 180_000 }, () => withServer(async (server) => {
    const errors = [];
    await addUser(server, { username: 'pat', first: 'Pat', last: 'Kim', password: AGENT_PW, email: 'pat@work.example', role: 'password_admin' });
    await addUser(server, { username: 'gina', first: 'Gina', last: 'Lead', password: AGENT_PW, email: 'gina@work.example', role: 'global_admin' });
    // Pat, the caller, is an administrator with two registered methods.
    const { page: patPage } = await agentSignsIn(server, errors, 'pat',
      { email: 'pat@home.example', national: '425 555 0179', e164: '+14255550179' });
    await patPage.context().close();
    const { page: admin } = await agentSignsIn(server, errors, 'admin',
      { email: 'it.admin@example.net', national: '425 555 0100', e164: '+14255550100' }, ADMIN_PASSWORD);

    // Two different methods: a text, then an email.
    await openCaller(admin, 'pat', 'Pat Kim');
    await admin.locator('#progress').filter({ hasText: '0 of 2' }).waitFor();
    assert.equal(await admin.getByRole('button', { name: /Call the mobile phone with a code/ }).count(), 1, 'a call is offered before');
    await challengeAndAnswer(admin, server, /Text a code to/, '+14255550179', 'text message');
    await admin.getByRole('status').filter({ hasText: 'challenge a second, different method' }).waitFor();
    assert.equal(await admin.getByRole('button', { name: /Call the mobile phone with a code/ }).count(), 0, 'the same phone is not a second method');
    await challengeAndAnswer(admin, server, /Email a code to/, 'pat@home.example', 'email');
    await admin.getByRole('status').filter({ hasText: 'The caller is verified.' }).waitFor();
    // Verified, but no reset until a second agent approves.
    assert.equal(await admin.getByRole('button', { name: 'Reset password' }).count(), 0);
    await submit(admin, admin.getByRole('button', { name: 'Ask for approval' }));
    await admin.locator('#approval-waiting').waitFor();
    assert.equal(await admin.getByRole('button', { name: 'Reset password' }).count(), 0);
    await checkA11y(admin, 'helpdesk: waiting for approval');

    // Gina, a second global administrator, approves from her console.
    const { page: gina } = await agentSignsIn(server, errors, 'gina',
      { email: 'gina@home.example', national: '425 555 0180', e164: '+14255550180' });
    await gina.goto('/admin/helpdesk');
    const waiting = gina.locator('#approvals');
    await waiting.getByText('admin').first().waitFor();
    await checkA11y(gina, 'helpdesk: approvals waiting');
    await submit(gina, waiting.getByRole('button', { name: /Approve/ }));
    await gina.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();

    // Now the first agent may reset.
    await admin.reload();
    await submit(admin, admin.getByRole('button', { name: 'Reset password' }));
    const shown = (await admin.locator('#shown-password').textContent()).trim();
    assert.ok(shown.length >= 12);
    assert.deepEqual(errors, [], 'no script errors in the pages');
  }));

  test('an agent verifies a caller through their manager\'s approval and then resets', { timeout: 180_000 }, () => withServer(async (server) => {
    const errors = [];
    const codes = [];
    await addUser(server, { username: 'mia', first: 'Mia', last: 'Steele', password: MIA_PW, email: 'mia@work.example' });
    await addUser(server, { username: 'mark', first: 'Mark', last: 'Boss', password: MARK_PW, email: MARK_EMAIL });
    await addUser(server, { username: 'helen', first: 'Helen', last: 'Desk', password: AGENT_PW, email: 'helen@work.example', role: 'password_admin' });
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    codes.push(await miaRegisters(server, errors));
    // Mark, a plain user, registers his phone once, so signing in later isn't sent to /setup.
    {
      const page = watchErrors(await newPage(browser, server.baseURL), errors);
      await signIn(page, 'mark', MARK_PW);
      assert.equal(new URL(page.url()).pathname, '/setup');
      codes.push(await registerMobile(page, server, { national: '425 555 0132', e164: '+14255550132' }));
      await assertAllSet(page);
      await page.context().close();
    }

    // The global administrator lets agents ask managers (off by default) ...
    await admin.goto('/admin/helpdesk');
    const managerSetting = admin.getByLabel("Agents may ask the caller's manager to approve");
    assert.equal(await managerSetting.isChecked(), false, 'off by default');
    await managerSetting.check();
    await submit(admin, admin.getByRole('button', { name: 'Save settings' }));
    await admin.getByRole('status').filter({ hasText: 'The helpdesk settings were saved.' }).waitFor();
    assert.equal(await admin.getByLabel("Agents may ask the caller's manager to approve").isChecked(), true);
    // ... and sets Mia's manager on her user page.
    await admin.goto('/admin/users');
    await follow(admin, admin.getByRole('link', { name: 'Mia Steele', exact: true }));
    const miaPath = new URL(admin.url()).pathname;
    assert.match(miaPath, /^\/admin\/users\/\d+$/);
    const card = admin.getByRole('region', { name: 'Manager', exact: true });
    const field = card.getByLabel("Manager's username", { exact: true });
    await field.fill('mark');
    await submit(admin, card.getByRole('button', { name: 'Save manager' }));
    assert.equal(`${new URL(admin.url()).pathname}${new URL(admin.url()).search}`, `${miaPath}?saved=1`);
    await admin.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    assert.equal(await field.inputValue(), 'mark');
    await checkA11y(admin, 'admin: user page, manager saved');
    await signOut(admin);
    await admin.context().close();

    // The agent asks Mark in the console: one email to his work address, a link without a token.
    const { page: helen, codes: helenCodes } = await agentSignsIn(server, errors, 'helen',
      { email: 'helen@home.example', national: '425 555 0177', e164: '+14255550177' });
    codes.push(...helenCodes);
    await openCaller(helen, 'mia', 'Mia Steele');
    const ask = helen.locator('#send-manager_approval');
    assert.equal((await ask.innerText()).trim(), 'Ask their manager, Mark Boss (mark), to approve (by email)');
    let before = outboxCount(server.dataDir);
    await submit(helen, ask);
    await helen.getByRole('status').filter({ hasText: "We emailed the caller's manager. Read this number to the caller now" }).waitFor();
    const number = (await helen.locator('#manager-number strong').innerText()).trim();
    assert.match(number, /^[1-9][0-9]$/, 'a number (10–99) to read to the caller');
    await helen.locator('#manager-waiting').filter({ hasText: 'Waiting for Mark Boss (mark) to approve.' }).waitFor();
    assert.equal(await helen.locator('#send-manager_approval').count(), 0, 'the manager is asked once');
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'pending');
    assert.equal(await helen.getByRole('button', { name: 'Reset password' }).count(), 0);
    await checkA11y(helen, 'helpdesk: waiting for the manager');
    const asked = await waitForMessage(server.dataDir, (m) => m.to === MARK_EMAIL, { after: before });
    const sent = readOutbox(server.dataDir).slice(before);
    assert.equal(sent.length, 1, `one message: ${JSON.stringify(sent.map((m) => m.to))}`);
    assert.equal(asked.channel, 'email');
    assert.match(asked.subject, /confirm a helpdesk caller, Mia Steele \(mia\)/);
    const links = asked.body.match(/https?:\/\/\S+/g) ?? [];
    assert.deepEqual(links, [`${server.baseURL}/account/helpdesk-requests`], 'one link, to the requests page, no token');
    assert.ok(!asked.body.split(/[^0-9]+/).includes(number), 'the number goes only to the caller, never in the email');
    // "Check again" reloads: still waiting.
    await follow(helen, helen.locator('#manager-waiting').getByRole('link', { name: 'Check again' }));
    await helen.locator('#manager-waiting').waitFor();
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'pending');

    // Mark follows the link: sign in first, then he lands on the request.
    const mark = watchErrors(await newPage(browser, server.baseURL), errors);
    await mark.goto(links[0]);
    assert.equal(new URL(mark.url()).pathname, '/', 'not signed in: sent to sign in');
    await mark.getByLabel('Username', { exact: true }).fill('mark');
    await mark.getByLabel('Password', { exact: true }).fill(MARK_PW);
    await submit(mark, mark.getByRole('button', { name: 'Sign in' }));
    assert.equal(new URL(mark.url()).pathname, '/account/helpdesk-requests');
    await mark.getByRole('heading', { level: 1, name: 'Helpdesk requests' }).waitFor();
    const requests = mark.locator('section[id^="request-"]');
    assert.equal(await requests.count(), 1);
    const reqId = (await requests.getAttribute('id')).replace('request-', '');
    await requests.getByRole('heading', { level: 2, name: 'Is Mia Steele (mia) calling the helpdesk?' }).waitFor();
    await requests.getByText('Asked by Helen Desk').waitFor();
    await checkA11y(mark, 'account: helpdesk requests');
    await screenshot(mark, 'helpdesk-manager-request');
    // Mark reaches Mia, who gives him the number the agent read to her.
    await requests.getByLabel('The number the helpdesk gave them').fill(number);
    await submit(mark, mark.locator(`#approve-${reqId}`));
    assert.equal(`${new URL(mark.url()).pathname}${new URL(mark.url()).search}`, `/account/helpdesk-requests?done=approved&request=${reqId}`);
    await mark.getByRole('status').filter({ hasText: 'Thank you: you confirmed the caller' }).waitFor();
    assert.equal(await mark.locator('section[id^="request-"]').count(), 0, 'nothing waits any more');
    await mark.locator('#no-requests').waitFor();
    await checkA11y(mark, 'account: helpdesk request approved');

    // The agent checks again: verified by the manager, and resets.
    await follow(helen, helen.locator('#manager-waiting').getByRole('link', { name: 'Check again' }));
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'verified');
    await checkA11y(helen, 'helpdesk: verified by the manager');
    await submit(helen, helen.locator('#reset-password'));
    const shown = (await helen.locator('#shown-password').textContent()).trim();
    assert.ok(shown.length >= 12, 'a generated password is shown');
    const mia = watchErrors(await newPage(browser, server.baseURL), errors);
    await signIn(mia, 'mia', shown);
    assert.equal(new URL(mia.url()).pathname, '/password/change');
    await mia.context().close();

    // A second verification, which Mark denies: it is closed, and Mia is told. The reset
    // didn't end the first verification: the agent ends it, then asks the manager again.
    await openCaller(helen, 'mia', 'Mia Steele');
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'verified');
    await submit(helen, helen.getByRole('button', { name: 'End verification' }));
    await helen.getByRole('status').filter({ hasText: 'The verification was ended.' }).waitFor();
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'closed');
    before = outboxCount(server.dataDir);
    await submit(helen, helen.locator('#send-manager_approval'));
    await helen.locator('#manager-waiting').waitFor();
    await waitForMessage(server.dataDir, (m) => m.to === MARK_EMAIL, { after: before });
    await mark.goto('/account/helpdesk-requests');
    const again = mark.locator('section[id^="request-"]');
    assert.equal(await again.count(), 1);
    const denyId = (await again.getAttribute('id')).replace('request-', '');
    assert.notEqual(denyId, reqId, 'a new verification');
    await submit(mark, mark.locator(`#deny-${denyId}`));
    assert.equal(`${new URL(mark.url()).pathname}${new URL(mark.url()).search}`, `/account/helpdesk-requests?done=denied&request=${denyId}`);
    await mark.getByRole('status').filter({ hasText: 'You denied it.' }).waitFor();
    await checkA11y(mark, 'account: helpdesk request denied');
    await mark.context().close();
    await follow(helen, helen.locator('#manager-waiting').getByRole('link', { name: 'Check again' }));
    assert.equal(await helen.locator('#verification-status').getAttribute('data-status'), 'closed');
    assert.equal(await helen.locator('#reset-password').count(), 0);
    await helen.locator('#manager-denied').filter({ hasText: 'Mark Boss (mark) denied' }).waitFor();
    assert.equal(await helen.locator('#send-manager_approval').count(), 0, 'not asked again for a day');
    await waitForMessage(server.dataDir,
      (m) => m.to === 'mia@work.example' && /your manager did not confirm a helpdesk call/.test(m.subject), { after: before });

    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, MIA_PW, MARK_PW, AGENT_PW, shown, ...codes]);
  }));
});
