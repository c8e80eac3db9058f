// What a browser sees of Latchkey's defences: security headers, and a form posted from
// another origin while an administrator is signed in is refused.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {
  ADMIN_PASSWORD, startServer, launchBrowser, newPage, signIn, checkA11y, assertLogClean,
} from '../lib/harness.mjs';

let server;
let browser;
let attacker;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (attacker) await new Promise((r) => { attacker.closeAllConnections?.(); attacker.close(() => r()); });
  await server?.stop();
});

test('pages carry the security headers', { timeout: 30_000 }, async () => {
  for (const path of ['/', '/reset', '/no-such-page']) {
    const res = await fetch(server.baseURL + path, { redirect: 'manual' });
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/, `${path}: CSP limits scripts`);
    assert.match(csp, /frame-ancestors 'none'/, `${path}: CSP forbids framing`);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('cache-control'), 'no-store', path);
    // Whatever the policy, it must not send full addresses to other sites.
    assert.ok(
      ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']
        .includes(res.headers.get('referrer-policy')),
      `${path}: referrer-policy ${res.headers.get('referrer-policy')}`,
    );
  }
  const notFound = await fetch(`${server.baseURL}/no-such-page`);
  assert.equal(notFound.status, 404);
});

test('the pages run no inline script and raise no CSP violations', { timeout: 30_000 }, async () => {
  // A context that keeps the CSP, unlike the one used for axe.
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  for (const path of ['/', '/reset']) {
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a form posted from another origin is refused', { timeout: 30_000 }, async () => {
  const page = await newPage(browser, server.baseURL);
  await signIn(page, 'admin', ADMIN_PASSWORD);
  assert.equal(new URL(page.url()).pathname, '/admin');

  // Another site (same host, other port) with a form that tries to create a user.
  attacker = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Win a prize</title>
      <form method="post" action="${server.baseURL}/admin/users/new">
        <input type="hidden" name="csrf" value="guessed">
        <input type="hidden" name="first_name" value="Eve">
        <input type="hidden" name="last_name" value="Il">
        <input type="hidden" name="username" value="evil">
        <input type="hidden" name="auto_password" value="true">
        <input type="hidden" name="role" value="global_admin">
        <button type="submit">Claim</button>
      </form></html>`);
  });
  await new Promise((r) => attacker.listen(0, '127.0.0.1', r));
  await page.goto(`http://127.0.0.1:${attacker.address().port}/`);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Claim' }).click(),
  ]);
  await page.waitForLoadState('load');
  assert.equal(response.status(), 403, 'the cross-origin form is refused');
  await page.getByRole('heading', { level: 1, name: 'Your form expired' }).waitFor();
  await checkA11y(page, 'form expired page');

  // No user was created.
  await page.goto('/admin/users?q=evil');
  await page.getByRole('status').filter({ hasText: '0 users' }).waitFor();
  await page.context().close();
  assertLogClean(server, [ADMIN_PASSWORD]);
});
