// The Latchkey app: adds this phone to an account (a device key that never leaves the
// phone and a Web Push subscription), then answers password-reset requests with the
// number shown on the computer's screen, signed with that key.
//
// Served from /app under the pages' CSP: no inline script, no other origin. Nothing
// secret is kept in localStorage: the device record (with its non-extractable CryptoKey
// objects) lives in IndexedDB, and the one-time setup token only in memory.

const SIGNED_PREFIX = 'latchkey-app-notification-v1';
const SCOPE = '/app';
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------ storage

const DB_NAME = 'latchkey';
const STORE = 'device';
const DEVICE_KEY = 'current';

function openDb() {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function inStore(mode, act) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = act(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

/** The device record: {device_id, name, user, organization, keyPair, created}, or undefined. */
const loadDevice = () => inStore('readonly', (s) => s.get(DEVICE_KEY));
const saveDevice = (device) => inStore('readwrite', (s) => s.put(device, DEVICE_KEY));

// ------------------------------------------------------------------ helpers

function b64url(buffer) {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text) {
  const s = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(s + '==='.slice((s.length + 3) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Whether `a` (an ArrayBuffer or a view, or nothing) holds the bytes of `b`. */
function sameBytes(a, b) {
  if (!a) return false;
  const x = ArrayBuffer.isView(a) ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength) : new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

/** A refusal from the server (its `code`) or of this phone (`offline`, `blocked`, …). */
class Problem extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/** Calls the server's app API; resolves {data, serverNow} or throws a Problem with its code. */
async function api(path, body) {
  let res;
  try {
    res = await fetch(path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
  } catch {
    throw new Problem('offline');
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    /* an empty or non-JSON answer */
  }
  if (!res.ok) throw new Problem(data?.code || (res.status >= 500 ? 'server' : 'invalid_request'));
  const date = Date.parse(res.headers.get('date') || '');
  return { data, serverNow: Number.isNaN(date) ? Date.now() : date };
}

const VIEWS = ['loading', 'welcome', 'enrol', 'replace', 'unsupported', 'ready', 'request', 'result'];
let current = 'loading';

/** Shows one view; moves focus to its heading unless `focus` is false (first paint). */
function show(name, { focus = true } = {}) {
  if (name !== 'request' && name !== 'loading') clearInterval(ticker);
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== name;
  current = name;
  const title = $(`${name}-title`);
  if (focus && title) title.focus();
  window.scrollTo(0, 0);
}

function setText(id, text) {
  $(id).textContent = text;
}

function isIos() {
  return /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

function isStandalone() {
  return navigator.standalone === true || window.matchMedia('(display-mode: standalone)').matches;
}

/** What this phone lacks for notifications, or '' when it has everything. */
function missingSupport() {
  if (!window.isSecureContext || !window.crypto?.subtle) return 'insecure';
  if (!('indexedDB' in window)) return 'storage';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    return isIos() ? (isStandalone() ? 'ios_old' : 'ios_browser') : 'push';
  }
  return '';
}

/** A name for this phone to start from ("Android phone", "iPhone"). */
function defaultName() {
  const ua = navigator.userAgent;
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)) return 'iPad';
  const platform = navigator.userAgentData?.platform || '';
  if (/Android/i.test(platform) || /Android/.test(ua)) {
    return navigator.userAgentData?.mobile === false ? 'Android tablet' : 'Android phone';
  }
  if (platform && platform !== 'Unknown') return `${platform} device`;
  return 'My phone';
}

// ------------------------------------------------------------------ service worker

/** Registers /app/sw.js and waits until it is active. */
async function activeRegistration() {
  const reg = await navigator.serviceWorker.register('/app/sw.js', { scope: SCOPE, updateViaCache: 'none' });
  if (reg.active) return reg;
  const worker = reg.installing || reg.waiting;
  await new Promise((resolve) => {
    if (!worker) { resolve(); return; }
    const done = () => { if (worker.state === 'activated' || worker.state === 'redundant') resolve(); };
    worker.addEventListener('statechange', done);
    done();
  });
  return reg;
}

// ------------------------------------------------------------------ enrolment

const ENROL_PROBLEMS = {
  invalid_token: 'This setup link has expired or was already used. On the computer, start again to get a new QR code.',
  endpoint_not_allowed: "Your organization doesn't accept notifications through this browser's push service. Try another browser on this phone, or contact your administrator.",
  limit_reached: 'You already have the most phones allowed. On the computer, remove one on Keep your account secure, then try again.',
  invalid_request: "The details of this phone weren't accepted. On the computer, start again to get a new QR code.",
  blocked: 'Notifications are blocked for this site. Allow them in your browser\'s site settings (on iPhone: Settings › Notifications › Latchkey), then tap "Add this phone" again.',
  dismissed: 'Latchkey needs to send you notifications. Tap "Add this phone" again and choose Allow.',
  offline: "Can't reach the server. Check your connection and try again.",
  server: 'Something went wrong on the server. Try again in a moment.',
  push: "This browser couldn't subscribe to notifications. Try again, or use another browser.",
  unknown: 'Something went wrong. Try again.',
};

let enrolToken = '';

/**
 * Opens a setup link. A phone already set up for an account asks first: enrolling
 * replaces the device it keeps, so it would stop answering for that account.
 */
async function startEnrol(token) {
  enrolToken = token;
  const known = await loadDevice().catch(() => undefined);
  if (known) {
    setText('replace-text', `This phone is set up for ${known.user} at ${known.organization}. Replace it with the new account?`);
    show('replace', { focus: current !== 'loading' });
    return;
  }
  enrolForm();
}

/** The enrolment form (or why this browser can't enrol). */
function enrolForm() {
  const missing = missingSupport();
  if (missing) {
    showUnsupported(missing);
    return;
  }
  const name = $('device-name');
  if (!name.value) name.value = defaultName();
  setText('enrol-error', '');
  setText('enrol-status', '');
  show('enrol');
}

function showUnsupported(missing) {
  const texts = {
    insecure: 'This page must be opened over a secure (https) connection. Scan the QR code again, or ask your administrator.',
    storage: "This browser can't keep the phone's key (private browsing?). Open the link in a normal browser window.",
    push: "This browser doesn't support web notifications. Open the link in Chrome, Edge, Firefox or Safari.",
    ios_browser: 'On an iPhone or iPad, notifications only work once Latchkey is on your home screen.',
    ios_old: 'Notifications need iOS 16.4 or later. Update your phone in Settings › General › Software Update, then try again.',
  };
  setText('unsupported-text', texts[missing] || texts.push);
  $('unsupported-ios').hidden = missing !== 'ios_browser' || !enrolToken;
  show('unsupported', { focus: current !== 'loading' });
}

async function enrol(event) {
  event.preventDefault();
  const nameInput = $('device-name');
  const name = nameInput.value.trim();
  setText('enrol-error', '');
  if (!name) {
    nameInput.setAttribute('aria-invalid', 'true');
    nameInput.setAttribute('aria-describedby', 'enrol-error device-name-hint');
    setText('enrol-error', 'Enter a name for this phone.');
    nameInput.focus();
    return;
  }
  nameInput.removeAttribute('aria-invalid');
  nameInput.setAttribute('aria-describedby', 'device-name-hint');
  const button = $('enrol-button');
  button.disabled = true;
  let subscription = null; // made by this attempt (undone when it fails)
  try {
    // Asked first, while the tap still counts as the user's gesture (Safari needs that).
    const permission = await Notification.requestPermission();
    if (permission === 'denied') throw new Problem('blocked');
    if (permission !== 'granted') throw new Problem('dismissed');
    setText('enrol-status', 'Setting up this phone…');
    const { data: vapid } = await api('/app/api/vapid');
    const reg = await activeRegistration();
    const serverKey = fromB64url(vapid.public_key);
    // The private key can sign but can never be read, not even by this script.
    const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
    // A subscription this phone already has for this server is kept (a failed attempt
    // must not cut off the phone's earlier enrolment); one for another key is replaced.
    let current = await reg.pushManager.getSubscription();
    if (current && !sameBytes(current.options?.applicationServerKey, serverKey)) {
      await current.unsubscribe().catch(() => {});
      current = null;
    }
    if (!current) {
      try {
        subscription = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey });
      } catch (e) {
        throw new Problem(e?.name === 'NotAllowedError' ? 'blocked' : 'push');
      }
    }
    const sub = (current || subscription).toJSON();
    const { data: device } = await api('/app/api/enrol', {
      token: enrolToken,
      name,
      public_key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
      subscription: { endpoint: sub.endpoint, keys: { p256dh: sub.keys.p256dh, auth: sub.keys.auth } },
    });
    enrolToken = '';
    await saveDevice({
      device_id: device.device_id,
      name: device.name,
      user: device.user,
      organization: device.organization,
      keyPair,
      created: Date.now(),
    });
    await showReady(device, { focus: true });
  } catch (e) {
    if (subscription) await subscription.unsubscribe().catch(() => {});
    const code = e instanceof Problem ? e.code : 'unknown';
    setText('enrol-status', '');
    setText('enrol-error', ENROL_PROBLEMS[code] || ENROL_PROBLEMS.unknown);
  } finally {
    button.disabled = false;
  }
}

async function showReady(device, { focus = false } = {}) {
  setText('ready-text', `This phone is set up for ${device.user} at ${device.organization}.`);
  setText('ready-name', device.name);
  setText('ready-user', device.user);
  setText('ready-org', device.organization);
  const warning = $('ready-warning');
  warning.hidden = true;
  show('ready', { focus });
  // Keeps the worker current, and says so when notifications were turned off since.
  try {
    if (missingSupport()) return;
    const reg = await activeRegistration();
    const sub = await reg.pushManager.getSubscription();
    let text = '';
    if (Notification.permission === 'denied') {
      text = "Notifications are blocked for this site, so reset requests can't reach this phone. Allow them in the browser's site settings.";
    } else if (!sub) {
      text = "This phone no longer receives notifications. On the computer, remove it on Keep your account secure and add it again.";
    }
    warning.textContent = text;
    warning.hidden = !text;
  } catch {
    /* the page still works for requests opened from a notification */
  }
}

function useSetupLink(event) {
  event.preventDefault();
  const input = $('setup-link');
  let token = '';
  try {
    const url = new URL(input.value.trim(), location.origin);
    if (url.origin === location.origin) token = new URLSearchParams(url.hash.slice(1)).get('enrol') || '';
  } catch {
    /* not a link */
  }
  if (!token) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'link-error setup-link-hint');
    setText('link-error', "That isn't a setup link for this site. Copy the whole link shown under the QR code.");
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  input.value = '';
  setText('link-error', '');
  return startEnrol(token);
}

async function copySetupLink() {
  const link = `${location.origin}${SCOPE}#enrol=${encodeURIComponent(enrolToken)}`;
  try {
    await navigator.clipboard.writeText(link);
    setText('copy-status', 'Copied. Now add Latchkey to your home screen.');
  } catch {
    setText('copy-status', "Couldn't copy. Use the link under the QR code on the computer instead.");
  }
}

// ------------------------------------------------------------------ requests

const RESULTS = {
  approved: ['good', 'Approved', 'Go back to the computer to choose your new password.'],
  denied: ['bad', 'Denied', 'The request was refused. Nothing has changed.'],
  reported: ['bad', 'Reported', "The request was refused and reported to your administrator. Your password hasn't changed."],
  wrong_number: ['bad', "That number doesn't match", 'The request was refused; start again on the computer.'],
  already_answered: ['neutral', 'Already answered', 'This request was answered before. Nothing more to do here.'],
  expired: ['neutral', 'This request has expired', 'If you still need to reset your password, start again on the computer.'],
  not_found: ['neutral', "We can't find this request", 'It may have expired, or it was sent to another phone. Start again on the computer.'],
  bad_signature: ['bad', "This phone's key wasn't accepted", 'On the computer, remove this phone on Keep your account secure and add it again.'],
  not_set_up: ['neutral', "This phone isn't set up", 'Add it on the computer, on Keep your account secure, before approving requests.'],
  offline: ['neutral', "Can't reach the server", 'Check your connection, then open the notification again.'],
  server: ['neutral', 'Something went wrong', 'Try again in a moment, or start again on the computer.'],
};

let request = null; // {id, expiresAt (local ms)}
let device = null;
let ticker = 0;

function showResult(status) {
  clearInterval(ticker);
  request = null;
  const [tone, title, text] = RESULTS[status] || RESULTS.server;
  $('result-box').dataset.tone = tone;
  setText('result-title', title);
  setText('result-text', text);
  show('result');
}

const minutes = (ms) => Math.round(ms / 60_000);

function when(createdMs, nowMs) {
  const at = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(createdMs));
  const ago = nowMs - createdMs;
  if (ago < 45_000) return `${at} (just now)`;
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  return `${at} (${rtf.format(-Math.max(1, minutes(ago)), 'minute')})`;
}

function timeLeft(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(s / 60);
  if (m === 0) return `${s} seconds`;
  return `${m} min ${String(s % 60).padStart(2, '0')} s`;
}

async function openRequest(id) {
  clearInterval(ticker);
  device = await loadDevice().catch(() => undefined);
  if (!device) { showResult('not_set_up'); return; }
  if (!ID.test(id)) { showResult('not_found'); return; }
  setText('loading-text', 'Loading the request…');
  show('loading', { focus: false });
  let got;
  try {
    got = await api(`/app/api/requests/${encodeURIComponent(id)}?device=${encodeURIComponent(device.device_id)}`);
  } catch (e) {
    showResult(e instanceof Problem && RESULTS[e.code] ? e.code : 'server');
    return;
  }
  const r = got.data;
  if (r.status !== 'pending') { showResult(r.status); return; }
  // The server's clock counts, not the phone's: times are shifted by the difference.
  const skew = got.serverNow - Date.now();
  const createdMs = r.created_at * 1000 - skew;
  request = { id: r.id || id, expiresAt: r.expires_at * 1000 - skew };
  setText('req-org', r.organization);
  setText('req-user', r.user);
  setText('req-action', r.action);
  setText('req-from', [r.ip, r.browser].filter(Boolean).join(' · ') || 'Unknown');
  const number = $('number');
  number.value = '';
  number.removeAttribute('aria-invalid');
  number.setAttribute('aria-describedby', 'number-hint');
  setText('number-error', '');
  setText('answer-error', '');
  setButtons(false);
  $('report-confirm').hidden = true;
  $('report').setAttribute('aria-expanded', 'false');
  const tick = () => {
    const now = Date.now();
    setText('req-when', when(createdMs, now));
    const left = request.expiresAt - now;
    setText('req-left', timeLeft(left));
    if (left <= 0) showResult('expired');
  };
  tick();
  ticker = setInterval(tick, 1000);
  show('request');
}

/** Shows (or hides) "Report this request?": reporting blocks sign-in, so it is asked. */
function confirmReport(open) {
  $('report-confirm').hidden = !open;
  $('report').setAttribute('aria-expanded', String(open));
  if (open) $('report-confirm-title').focus();
  else $('report').focus();
}

function setButtons(disabled) {
  for (const b of $('answer-form').querySelectorAll('button')) b.disabled = disabled;
}

async function answer(kind) {
  if (!request || !device) return;
  const input = $('number');
  const number = kind === 'approve' ? input.value.trim() : '';
  setText('answer-error', '');
  if (kind === 'approve' && !/^[0-9]{2}$/.test(number)) {
    setText('number-error', 'Enter the two-digit number shown on the screen.');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'number-error number-hint');
    input.focus();
    return;
  }
  setText('number-error', '');
  input.removeAttribute('aria-invalid');
  input.setAttribute('aria-describedby', 'number-hint');
  setButtons(true);
  const { id } = request;
  try {
    const message = new TextEncoder().encode(`${SIGNED_PREFIX}\n${id}\n${kind}\n${number}`);
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.keyPair.privateKey, message);
    const { data } = await api(`/app/api/requests/${encodeURIComponent(id)}/answer`, {
      device_id: device.device_id,
      answer: kind,
      number,
      signature: b64url(signature),
    });
    showResult(data?.status || 'server');
  } catch (e) {
    const code = e instanceof Problem ? e.code : 'server';
    if (code === 'offline' || code === 'server' || code === 'invalid_request') {
      setText('answer-error', code === 'offline'
        ? "Can't reach the server. Check your connection and try again."
        : 'Something went wrong. Try again.');
      setButtons(false);
      return;
    }
    showResult(RESULTS[code] ? code : 'server');
  }
}

// ------------------------------------------------------------------ start

/** Reads the fragment (#enrol=… or #request=…), then drops it from the address. */
async function route({ focus = false } = {}) {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('enrol');
  const id = params.get('request');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  if (token) { await startEnrol(token); return; }
  if (id) { await openRequest(id); return; }
  const known = await loadDevice().catch(() => undefined);
  if (known) { await showReady(known, { focus }); return; }
  show('welcome', { focus });
}

function init() {
  const number = $('number');
  number.addEventListener('input', () => {
    const digits = number.value.replace(/[^0-9]/g, '').slice(0, 2);
    if (digits !== number.value) number.value = digits;
  });
  $('enrol-form').addEventListener('submit', enrol);
  $('link-form').addEventListener('submit', useSetupLink);
  $('copy-link').addEventListener('click', copySetupLink);
  $('answer-form').addEventListener('submit', (e) => { e.preventDefault(); answer('approve'); });
  $('deny').addEventListener('click', () => answer('deny'));
  $('report').addEventListener('click', () => confirmReport(true));
  $('report-no').addEventListener('click', () => confirmReport(false));
  $('report-yes').addEventListener('click', () => answer('report'));
  $('replace-confirm').addEventListener('click', enrolForm);
  $('replace-cancel').addEventListener('click', async () => {
    enrolToken = '';
    const known = await loadDevice().catch(() => undefined);
    if (known) await showReady(known, { focus: true });
    else show('welcome');
  });
  window.addEventListener('hashchange', () => route({ focus: true }));
  // A push that arrives while the app is open, or a tap on its notification.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', (e) => {
      const id = e.data?.type === 'latchkey-request' ? String(e.data.request || '') : '';
      if (!ID.test(id) || (current === 'request' && request?.id === id)) return;
      openRequest(id);
    });
    navigator.serviceWorker.startMessages?.();
  }
  route();
}

init();
