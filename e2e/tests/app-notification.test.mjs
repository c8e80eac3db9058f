// The Latchkey app (issue 13): app notifications with number matching.
//
// Mia adds her phone at /setup/push: the app at /app (running in a phone-sized Chromium
// context) makes a device key and a push subscription and registers them. At reset the
// server sends a Web Push message to the subscription's endpoint, which is a push service
// played by this test (RFC 8030): it checks the VAPID authorization (RFC 8292) and
// decrypts the message (RFC 8291) with the subscription's private key and auth secret,
// as the phone's browser would. The message is then delivered to the app, and Mia
// approves with the number the reset page shows, or types a wrong one, or denies.
//
// The browser's push service can't be used here (headless, offline), so the subscription
// is supplied by the test: an init script replaces PushManager's subscribe with one that
// resolves to the test's endpoint and keys (made here in Node). Everything else is real:
// the service worker, WebCrypto, IndexedDB, the server's encryption and signatures.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import crypto from 'node:crypto';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import ece from 'http_ece';
import {
  ADMIN_PASSWORD, REPO_ROOT, startServer, launchBrowser, newPage, checkA11y, screenshot,
  signIn, signOut, submit, assertLogClean, outboxCount, waitForMessage,
} from '../lib/harness.mjs';
import {
  watchErrors, follow, addUser, openPolicy, adminEnablesForAll, savePolicy, assertInterrupted,
  startReset, atStep, chooseMethod, chooseNewPassword, resetDone,
} from '../lib/sspr.mjs';

const MIA = {
  username: 'mia', first: 'Mia', last: 'Novak', email: 'mia.novak@example.org',
  password: 'Copper-Lantern-Fjord-38', next: 'Walnut-Harbor-Quartz-61',
};
const NOAH = {
  username: 'noah', first: 'Noah', last: 'Berger', email: 'noah.berger@example.org', password: 'Pebble-Orchard-Tundra-27',
};
const METHOD = 'Approve a notification on my phone';
const PHONE_NAME = "Mia's Pixel";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A phone-sized context (an Android phone's screen) sharing nothing with the computer's. */
async function phoneContext(browser, baseURL) {
  const context = await browser.newContext({
    baseURL,
    bypassCSP: true, // only so that axe-core can be injected; the CSP is checked below
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(10_000);
  return context;
}

/** Also writes docs/screenshots/<name>.png when LATCHKEY_SCREENSHOTS=1 (or SCREENSHOTS=1). */
async function readmeShot(page, name) {
  await screenshot(page, name);
  if (process.env.LATCHKEY_SCREENSHOTS === '1' && process.env.SCREENSHOTS !== '1') {
    const dir = path.join(REPO_ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  }
}

// ------------------------------------------------------------------ the push service

/**
 * A push service on 127.0.0.1 (RFC 8030's side of it). `subscribe()` makes a
 * subscription as a browser would (P-256 key pair, 16-byte auth secret, an endpoint
 * here); each POST to an endpoint is checked (aes128gcm, TTL, VAPID JWT signed by the
 * expected key for this origin, not expired) and decrypted with the subscription's keys.
 */
async function startPushService() {
  const subs = new Map();
  const messages = [];
  const problems = [];
  let vapidKey = '';
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    const refuse = (status, why) => {
      problems.push(`${req.method} ${req.url}: ${why}`);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(why);
    };
    const sub = subs.get(req.url);
    if (req.method !== 'POST' || !sub) return refuse(404, 'no such subscription');
    if (req.headers['content-encoding'] !== 'aes128gcm') return refuse(415, `Content-Encoding is ${req.headers['content-encoding']}, not aes128gcm`);
    if (!/^\d+$/.test(req.headers.ttl ?? '')) return refuse(400, `TTL header missing or not a number: ${req.headers.ttl}`);
    if (req.headers.urgency && !/^(very-low|low|normal|high)$/.test(req.headers.urgency)) return refuse(400, `bad Urgency ${req.headers.urgency}`);
    const vapid = checkVapid(req.headers.authorization, `http://127.0.0.1:${server.address().port}`, vapidKey);
    if (vapid) return refuse(vapid.startsWith('k ') ? 403 : 401, vapid);
    let payload;
    try {
      const clear = ece.decrypt(body, { version: 'aes128gcm', privateKey: sub.ecdh, authSecret: sub.auth });
      payload = JSON.parse(clear.toString('utf8'));
    } catch (e) {
      return refuse(400, `can't decrypt the message: ${e.message}`);
    }
    messages.push({ endpoint: req.url, payload, ttl: Number(req.headers.ttl), size: body.length });
    res.writeHead(201, { location: `/message/${messages.length}` });
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    messages,
    problems,
    /** The server's VAPID key (the applicationServerKey): the only key `k` may be. */
    expectKey(k) { vapidKey = k; },
    /** A new subscription: what PushSubscription.toJSON() gives, plus the secrets. */
    subscribe() {
      const ecdh = crypto.createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = crypto.randomBytes(16).toString('base64url');
      const p = `/push/${subs.size + 1}`;
      subs.set(p, { ecdh, auth });
      return { endpoint: `${origin}${p}`, expirationTime: null, keys: { p256dh: ecdh.getPublicKey('base64url'), auth } };
    },
    /** Waits for the message after the first `after` and returns its payload. */
    async next(after, timeout = 10_000) {
      const deadline = Date.now() + timeout;
      while (messages.length <= after) {
        if (problems.length) assert.fail(`the push service refused a message: ${problems.join('; ')}`);
        if (Date.now() > deadline) assert.fail(`no push message arrived within ${timeout} ms`);
        await sleep(50);
      }
      return messages[after].payload;
    },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): k is `expected`, the JWT is
 * ES256 and signed by k, aud is this push service's origin, exp is in the future and at
 * most 24 hours away, and sub is a mailto: or https: contact. Returns what is wrong, or ''.
 */
function checkVapid(header, audience, expected) {
  const m = /^vapid\s+(.+)$/i.exec(header ?? '');
  if (!m) return `Authorization is not "vapid t=…, k=…": ${header}`;
  const params = Object.fromEntries(m[1].split(',').map((p) => p.trim().split('=')).map(([k, ...v]) => [k, v.join('=')]));
  if (!params.t || !params.k) return 'vapid without t or k';
  if (expected && params.k !== expected) return `k is not the key the subscription was made with`;
  const raw = Buffer.from(params.k, 'base64url');
  if (raw.length !== 65 || raw[0] !== 4) return 'k is not an uncompressed P-256 point';
  const key = crypto.createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const [h, p, s] = params.t.split('.');
  let head;
  let claims;
  try {
    head = JSON.parse(Buffer.from(h, 'base64url'));
    claims = JSON.parse(Buffer.from(p, 'base64url'));
  } catch {
    return 'the JWT is not JSON';
  }
  if (head.alg !== 'ES256') return `JWT alg is ${head.alg}, not ES256`;
  const sig = Buffer.from(s ?? '', 'base64url');
  if (sig.length !== 64 || !crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, sig)) {
    return 'the JWT signature does not verify with k';
  }
  const now = Math.floor(Date.now() / 1000);
  if (claims.aud !== audience) return `JWT aud is ${claims.aud}, not ${audience}`;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) return `JWT exp ${claims.exp} is not within the next 24 hours`;
  if (claims.sub !== undefined && !/^(mailto:|https:)/.test(claims.sub)) return `JWT sub ${claims.sub} is not mailto: or https:`;
  return '';
}

/**
 * Before any page of the phone's context loads: PushManager.subscribe resolves to
 * `subscription` (and records the options it was called with in localStorage, which is
 * the test's own bookkeeping), getSubscription returns it once subscribed, and the
 * notification permission is granted.
 */
async function supplySubscription(context, subscription) {
  await context.addInitScript((sub) => {
    if (!('PushManager' in self)) return;
    const KEY = 'latchkey-test-subscribed';
    const b64 = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf.buffer ?? buf))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const fromB64 = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
    const subscription = {
      endpoint: sub.endpoint,
      expirationTime: null,
      options: null,
      getKey: (name) => (sub.keys[name] ? fromB64(sub.keys[name] + '='.repeat((4 - (sub.keys[name].length % 4)) % 4)) : null),
      toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: { ...sub.keys } }),
      unsubscribe: async () => { localStorage.removeItem(KEY); return true; },
    };
    PushManager.prototype.subscribe = async function subscribe(options) {
      subscription.options = options;
      localStorage.setItem(KEY, JSON.stringify({
        userVisibleOnly: options?.userVisibleOnly,
        applicationServerKey: options?.applicationServerKey ? b64(options.applicationServerKey) : null,
      }));
      return subscription;
    };
    PushManager.prototype.getSubscription = async function getSubscription() {
      const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (!saved) return null;
      // As a browser keeps it across loads: the options it was made with.
      subscription.options ??= {
        userVisibleOnly: saved.userVisibleOnly,
        applicationServerKey: saved.applicationServerKey && fromB64(saved.applicationServerKey + '='.repeat((4 - (saved.applicationServerKey.length % 4)) % 4)),
      };
      return subscription;
    };
    PushManager.prototype.permissionState = async function permissionState() { return 'granted'; };
    Notification.requestPermission = async () => 'granted';
  }, subscription);
}

/**
 * Hands a push message to the app's service worker as the browser does when one
 * arrives (DevTools' ServiceWorker.deliverPushMessage): the worker shows the
 * notification and tells the open app.
 */
async function deliverPush(page, origin, payload) {
  const cdp = await page.context().newCDPSession(page);
  const registrations = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  const deadline = Date.now() + 5_000;
  let reg;
  while (!(reg = registrations.find((r) => r.scopeURL.startsWith(`${origin}/app`) && !r.isDeleted))) {
    if (Date.now() > deadline) assert.fail('the app has no service worker registration');
    await sleep(50);
  }
  await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: reg.registrationId, data: JSON.stringify(payload) });
  await cdp.detach();
}

// ------------------------------------------------------------------ the journeys

let browser;
let server;
let push;
let phone; // the phone's browser context: IndexedDB holds the device key
let enrolled = false;
const errors = [];
const codes = [];

describe('app notification with number matching', () => {
  before(async () => {
    browser = await launchBrowser();
    push = await startPushService();
    server = await startServer({
      env: { LATCHKEY_PUSH__ALLOW_HTTP: 'true', LATCHKEY_PUSH__ENDPOINT_HOSTS: '127.0.0.1,localhost' },
    });
  });

  after(async () => {
    await phone?.close();
    await browser?.close();
    await server?.stop();
    await push?.close();
  });

  test('the admin allows app notifications and Mia adds her phone with the Latchkey app', { timeout: 90_000 }, async () => {
    await addUser(server, MIA);

    // Authentication methods: Mobile app notification.
    const admin = watchErrors(await newPage(browser, server.baseURL), errors);
    codes.push(...await adminEnablesForAll(admin, server));
    await openPolicy(admin, 'Authentication methods');
    const box = admin.getByRole('group', { name: 'Methods available to users' })
      .getByLabel('Mobile app notification', { exact: true });
    assert.equal(await box.getAttribute('name'), 'm_app_notification');
    await box.check();
    await savePolicy(admin, 'Authentication methods');
    assert.ok(await box.isChecked(), 'Mobile app notification is saved as available');
    await signOut(admin);
    await admin.context().close();

    // The app's own page runs under the server's CSP (no bypass here) without complaint.
    const strict = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 390, height: 844 } });
    const strictPage = await strict.newPage();
    const violations = [];
    strictPage.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
    const res = await strictPage.goto('/app');
    assert.match(res.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(res.headers()['content-type'], 'text/html; charset=utf-8');
    await strictPage.getByRole('heading', { level: 1, name: 'Approve password resets on this phone' }).waitFor();
    const manifest = await strictPage.request.get('/app/manifest.webmanifest');
    assert.equal(manifest.headers()['content-type'], 'application/manifest+json');
    const m = await manifest.json();
    assert.equal(m.start_url, '/app');
    assert.equal(m.display, 'standalone');
    assert.ok(m.icons.some((i) => i.sizes === '512x512') && m.icons.some((i) => i.sizes === '192x192'));
    const sw = await strictPage.request.get('/app/sw.js');
    assert.match(sw.headers()['content-type'], /^text\/javascript/);
    assert.equal(sw.headers()['service-worker-allowed'], '/app');
    assert.equal(sw.headers()['cache-control'], 'no-cache');
    for (const icon of ['/app/icon-192.png', '/app/icon-512.png', '/app/apple-touch-icon.png']) {
      const r = await strictPage.request.get(icon);
      assert.equal(r.status(), 200, icon);
      assert.equal(r.headers()['content-type'], 'image/png', icon);
    }
    assert.deepEqual(violations, [], 'the app runs under the page CSP');
    await strict.close();

    // Mia signs in and is asked for security info: she adds her phone.
    phone = await addPhone(MIA, PHONE_NAME, { checks: true });
    enrolled = true;
  });

  test('an iPhone browser without Web Push is told to add the app to the home screen first', { timeout: 30_000 }, async () => {
    const iphone = await browser.newContext({
      baseURL: server.baseURL,
      bypassCSP: true,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    });
    // Safari in a tab, not from the home screen: no PushManager.
    await iphone.addInitScript(() => { delete window.PushManager; });
    const page = watchErrors(await iphone.newPage(), errors);
    await page.goto('/app#enrol=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('heading', { level: 1, name: "This browser can't receive notifications" }).waitFor();
    await page.getByText('notifications only work once Latchkey is on your home screen').waitFor();
    await page.getByRole('button', { name: 'Copy the setup link' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token is not left in the address');
    await checkA11y(page, 'app: add to the home screen first');
    await iphone.close();
  });

  test('right number: Mia approves on her phone and the reset goes on to a new password', { timeout: 90_000 }, async () => {
    assert.ok(enrolled, 'the phone was enrolled');
    const app = watchErrors(await phone.newPage(), errors);
    await app.goto('/app');
    await app.getByRole('heading', { level: 1, name: 'This phone is set up' }).waitFor();

    const { desktop, number, request } = await resetUntilNumber(MIA, 'reset-push-number');
    // The message reaches the open app through its service worker, which also shows a
    // notification.
    await deliverPush(app, server.baseURL, { request });
    await app.getByRole('heading', { level: 1, name: 'Are you trying to reset your password?' }).waitFor();
    const shown = await (await app.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration('/app');
      const all = await reg.getNotifications();
      return all.length ? all.map((n) => ({ title: n.title, tag: n.tag, request: n.data?.request })) : null;
    })).jsonValue();
    assert.deepEqual(shown, [{ title: 'Are you trying to reset your password?', tag: request, request }]);
    await assertRequestShown(app);
    await checkA11y(app, 'app: request');
    await app.getByLabel('Enter the number shown on the screen', { exact: true }).fill(number);
    await readmeShot(app, 'app-approve');
    await app.getByRole('button', { name: 'Approve', exact: true }).click();
    await app.getByRole('heading', { level: 1, name: 'Approved' }).waitFor();
    assert.equal(await app.evaluate(() => document.activeElement?.id), 'result-title');
    await checkA11y(app, 'app: approved');

    // The reset page sees the approval and moves on.
    await desktop.waitForURL((u) => u.pathname === '/reset/password', { timeout: 15_000 });
    const before = outboxCount(server.dataDir);
    await chooseNewPassword(desktop, MIA.next);
    await resetDone(desktop, server, { email: MIA.email, after: before });
    await signIn(desktop, MIA.username, MIA.next);
    assert.equal(new URL(desktop.url()).pathname, '/account');
    await desktop.context().close();
    await app.close();
  });

  test('wrong number: the phone refuses it and the reset step fails', { timeout: 90_000 }, async () => {
    assert.ok(enrolled, 'the phone was enrolled');
    const { desktop, number, request } = await resetUntilNumber(MIA);
    const wrong = String((Number(number) + 37) % 90 + 10);
    // Tapping the notification opens the app on the request.
    const app = watchErrors(await phone.newPage(), errors);
    await app.goto(`/app#request=${request}`);
    await assertRequestShown(app);
    await app.getByLabel('Enter the number shown on the screen', { exact: true }).fill(wrong);
    await app.getByRole('button', { name: 'Approve', exact: true }).click();
    await app.getByRole('heading', { level: 1, name: "That number doesn't match" }).waitFor();
    await app.getByText('The request was refused; start again on the computer.').waitFor();
    await checkA11y(app, 'app: wrong number');
    await assertStepFailed(desktop, /The number entered in the app didn.t match the one shown here/);
    await desktop.context().close();
    await app.close();
  });

  test('deny: Mia says no on her phone and the journey ends', { timeout: 90_000 }, async () => {
    assert.ok(enrolled, 'the phone was enrolled');
    const { desktop, request } = await resetUntilNumber(MIA);
    const app = watchErrors(await phone.newPage(), errors);
    await app.goto(`/app#request=${request}`);
    await assertRequestShown(app);
    await app.getByRole('button', { name: 'Deny', exact: true }).click();
    await app.getByRole('heading', { level: 1, name: 'Denied' }).waitFor();
    await checkA11y(app, 'app: denied');
    await assertStepFailed(desktop, /You denied the request/);
    await desktop.getByRole('heading', { level: 1, name: 'Request denied' }).waitFor();
    // Answered once: the request can't be approved afterwards.
    await app.goto('/app');
    await app.goto(`/app#request=${request}`);
    await app.getByRole('heading', { level: 1, name: 'Denied' }).waitFor();
    await desktop.context().close();
    await app.close();
  });

  test("this wasn't me: Noah reports the request, the reset ends and self-service is blocked", { timeout: 90_000 }, async () => {
    assert.ok(enrolled, 'the phone was enrolled');
    // Mia has had three requests in ten minutes, the most there may be: Noah, with his
    // own phone, says it wasn't him.
    await addUser(server, NOAH);
    const noahPhone = await addPhone(NOAH, "Noah's phone");
    const { desktop, request } = await resetUntilNumber(NOAH);
    const sent = outboxCount(server.dataDir);
    const app = watchErrors(await noahPhone.newPage(), errors);
    await app.goto(`/app#request=${request}`);
    await assertRequestShown(app);
    await app.getByRole('button', { name: "This wasn't me", exact: true }).click();
    // Asked first: reporting blocks sign-in and tells the administrators.
    const confirm = app.getByRole('group', { name: 'Report this request?' });
    await confirm.getByText('sign-in to your account is blocked').waitFor();
    assert.equal(await app.evaluate(() => document.activeElement?.id), 'report-confirm-title', 'focus moves to the question');
    await checkA11y(app, 'app: report this request?');
    await confirm.getByRole('button', { name: "Yes, it wasn't me", exact: true }).click();
    await app.getByRole('heading', { level: 1, name: 'Reported' }).waitFor();
    await checkA11y(app, 'app: reported');
    // Reporting locks the account, which also ends the journey that asked.
    await assertStepFailed(desktop, /self-service password reset is blocked for this account|reported in the Latchkey app/);
    // Self-service is blocked for Noah's account, and he is told by email.
    await waitForMessage(server.dataDir, (msg) => msg.channel === 'email' && msg.to === NOAH.email &&
      /password reset is blocked on your account/.test(msg.subject), { after: sent });
    await desktop.context().close();
    await noahPhone.close();

    assert.deepEqual(push.problems, [], 'every push message was well formed');
    assert.deepEqual(errors, [], 'no script errors in the pages');
    assertLogClean(server, [ADMIN_PASSWORD, MIA.password, MIA.next, NOAH.password, ...codes]);
  });
});

/**
 * `user` signs in (asked for security info), opens "Set up the Latchkey app" and scans
 * the code with a new phone: its own browser context, with a subscription from the push
 * service. Returns that context (its IndexedDB holds the device key). With `checks`,
 * every page is also checked with axe-core and the README's screenshot is taken.
 */
async function addPhone(user, phoneName, { checks = false } = {}) {
  const desk = watchErrors(await newPage(browser, server.baseURL), errors);
  await signIn(desk, user.username, user.password);
  await assertInterrupted(desk, 1);
  await follow(desk, desk.getByRole('link', { name: 'Set up the Latchkey app', exact: true }));
  assert.equal(new URL(desk.url()).pathname, '/setup/push');
  // Loading the page makes no code: "Show a QR code" (a POST) does.
  assert.equal(await desk.locator('a[href*="/app#enrol="]').count(), 0, 'no code before asking for one');
  if (checks) await checkA11y(desk, 'setup: the Latchkey app');
  await follow(desk, desk.getByRole('button', { name: 'Show a QR code', exact: true }));
  if (checks) await checkA11y(desk, 'setup: the Latchkey app, QR code');
  const link = await enrolmentLink(desk, server.baseURL);

  // The phone: the QR code's link opens the app, which enrols.
  const vapid = (await (await fetch(`${server.baseURL}/app/api/vapid`)).json()).public_key;
  assert.match(vapid, /^[A-Za-z0-9_-]{87}$/, 'the VAPID key is 65 bytes, base64url');
  push.expectKey(vapid);
  const subscription = push.subscribe();
  const phone = await phoneContext(browser, server.baseURL);
  await phone.grantPermissions(['notifications'], { origin: server.baseURL });
  await supplySubscription(phone, subscription);
  const app = watchErrors(await phone.newPage(), errors);
  await app.goto(link);
  await app.getByRole('heading', { level: 1, name: 'Add this phone to your account' }).waitFor();
  assert.equal(new URL(app.url()).hash, '', 'the one-time token is gone from the address at once');
  assert.equal(await app.getByLabel('Name for this phone', { exact: true }).inputValue(), 'Android phone');
  if (checks) await checkA11y(app, 'app: add this phone');
  await app.getByLabel('Name for this phone', { exact: true }).fill(phoneName);
  if (checks) await readmeShot(app, 'app-enrol');
  await app.getByRole('button', { name: 'Add this phone' }).click();
  await app.getByRole('heading', { level: 1, name: 'This phone is set up' }).waitFor();
  await app.getByText(/^This phone is set up for .+ at .+\.$/).waitFor();
  assert.equal(await app.evaluate(() => document.activeElement?.id), 'ready-title', 'focus moves to the result');
  await app.getByText(`This phone is set up for ${user.first} ${user.last} at`).waitFor();
  if (checks) await checkA11y(app, 'app: this phone is set up');

  // What the app did: subscribed with the server's key, user-visible only; the device
  // key can sign but can't be read, and lives in IndexedDB (nothing in localStorage).
  const asked = JSON.parse(await app.evaluate(() => localStorage.getItem('latchkey-test-subscribed')));
  assert.deepEqual(asked, { userVisibleOnly: true, applicationServerKey: vapid });
  const key = await app.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('latchkey');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const g = r.result.transaction('device').objectStore('device').get('current');
      g.onsuccess = async () => {
        const d = g.result;
        let exported = 'yes';
        try { await crypto.subtle.exportKey('jwk', d.keyPair.privateKey); } catch { exported = 'refused'; }
        resolve({ id: d.device_id, extractable: d.keyPair.privateKey.extractable, exported, alg: d.keyPair.privateKey.algorithm });
      };
    };
  }));
  assert.ok(key.id, 'the device id is kept');
  assert.equal(key.extractable, false);
  assert.equal(key.exported, 'refused');
  assert.deepEqual(key.alg, { name: 'ECDSA', namedCurve: 'P-256' });
  const stored = await app.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(stored, ['latchkey-test-subscribed'], 'the app keeps nothing in localStorage');
  await app.close();

  if (checks) {
    // Scanned again on a phone already set up, the app asks before replacing the
    // account it answers for; keeping it changes nothing.
    const again = watchErrors(await phone.newPage(), errors);
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: "Replace this phone's account?" }).waitFor();
    await again.getByText(`This phone is set up for ${user.first} ${user.last} at`).waitFor();
    await checkA11y(again, 'app: replace this phone\'s account?');
    await again.getByRole('button', { name: 'Keep the current account', exact: true }).click();
    await again.getByRole('heading', { level: 1, name: 'This phone is set up' }).waitFor();
    // The code works once: replacing with it is refused, and the phone stays set up.
    await again.goto(link);
    await again.getByRole('button', { name: 'Replace it', exact: true }).click();
    await again.getByRole('button', { name: 'Add this phone' }).click();
    await again.getByRole('alert').filter({ hasText: 'This setup link has expired or was already used.' }).waitFor();
    await checkA11y(again, 'app: setup link used');
    await again.goto('/app');
    await again.getByText(`This phone is set up for ${user.first} ${user.last} at`).waitFor();
    assert.ok(await again.locator('#ready-warning').isHidden(), 'the phone still receives notifications');
    await again.close();
  }

  // The computer: the phone is registered.
  await desk.goto('/setup');
  await desk.getByText(phoneName).first().waitFor();
  if (checks) await checkA11y(desk, 'setup: phone added');
  await signOut(desk);
  await desk.context().close();
  return phone;
}

/** The `{base_url}/app#enrol=…` link the setup page shows under its QR code. */
async function enrolmentLink(page, baseURL) {
  const text = await page.locator('main').innerText();
  const href = await page.locator('a[href*="/app#enrol="]').first().getAttribute('href').catch(() => null);
  const link = href || text.match(/https?:\/\/\S+\/app#enrol=[A-Za-z0-9_-]+/)?.[0];
  assert.ok(link, `the setup page shows the app's link:\n${text}`);
  const url = new URL(link, baseURL);
  assert.equal(url.origin, baseURL);
  assert.equal(url.pathname, '/app');
  assert.match(url.hash, /^#enrol=[A-Za-z0-9_-]{20,}$/);
  return url.toString();
}

/**
 * A new reset journey for Mia on a computer: "Approve a notification on my phone", send.
 * Returns the page, the two-digit number it shows and the request id the push service
 * decrypted from the message the server sent.
 */
async function resetUntilNumber(user, shot) {
  const desktop = watchErrors(await newPage(browser, server.baseURL), errors);
  await startReset(desktop, user.username);
  const methods = await atStep(desktop, 1);
  assert.ok(methods.includes(METHOD), `"${METHOD}" is offered: ${methods.join(', ')}`);
  await chooseMethod(desktop, METHOD);
  const sent = push.messages.length;
  await submit(desktop, desktop.getByRole('button', { name: 'Send a notification', exact: true }));
  const numberEl = desktop.locator('#push-number');
  await numberEl.waitFor().catch(async (e) => {
    assert.fail(`the reset page shows no number (${e.message.split('\n')[0]}); it says:\n${await desktop.locator('main').innerText()}`);
  });
  const number = (await numberEl.innerText()).trim();
  assert.match(number, /^\d{2}$/, `the reset page shows a two-digit number, got "${number}"`);
  await checkA11y(desktop, 'reset: approve on your phone');
  if (shot) await readmeShot(desktop, shot);
  const payload = await push.next(sent);
  assert.deepEqual(Object.keys(payload), ['request'], 'the message carries only the request id');
  assert.match(payload.request, /^[A-Za-z0-9_-]{1,128}$/);
  return { desktop, number, request: payload.request };
}

/** The app shows what is asked, for whom, from where, when, and how long is left. */
async function assertRequestShown(app) {
  await app.getByRole('heading', { level: 1, name: 'Are you trying to reset your password?' }).waitFor();
  const details = await app.locator('#view-request dl').innerText();
  assert.match(details, /Reset your password/);
  assert.match(details, /127\.0\.0\.1/, 'the address the reset came from');
  assert.match(details, /Time left\s+\d/);
  assert.match(details, /When\s+.+\((just now|\d+ minutes? ago)\)/);
}

/**
 * The reset page, polling, sees the answer and says `why` the step failed; it never
 * offers a new password.
 */
async function assertStepFailed(desktop, why) {
  await desktop.getByText(why).first().waitFor({ timeout: 15_000 }).catch(async (e) => {
    assert.fail(`the reset page doesn't say ${why} (${e.message.split('\n')[0]}); at ${desktop.url()} it says:\n${await desktop.locator('main').innerText()}`);
  });
  assert.notEqual(new URL(desktop.url()).pathname, '/reset/password');
  await checkA11y(desktop, 'reset: refused on the phone');
}
